import { html, nothing } from 'lit';
import { AGREEMENT_IDS, cardParts } from '../data/agreement-parts.js';
import { given, loadBundled, readBundled, type Part } from '../data/dataset.js';
import type { Locale } from '../shared/locales.js';
import { DataController } from '../shared/data-controller.js';
import { HydratingElement } from '../shared/hydration.js';
import { ValidationError } from '../data/load.js';
import type { Alliance, Dataset, HistoryEvent, RawAlliance } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { cardStrings, loadCardStrings, type AllianceCardStrings } from '../i18n/strings/alliance-card.js';
import { CALENDARS, type Calendar } from '../shared/calendars.js';
import { renderError } from '../shared/error-message.js';
import { themeStyles, THEMES, type Theme } from '../shared/theme.js';
import { checkEnum, isOneOf, warn } from '../shared/warn.js';
import { styles } from './alliance-card.styles.js';
import { renderCompact, renderFull, type CardOptions } from './card-view.js';
import { LinkedTimelineController, selectInTimeline } from '../shared/linked-timeline.js';
import { today } from './span.js';
import { sourceListStyles } from '../shared/source-list.js';
import { foldStyles } from '../shared/fold.js';

export const ALLIANCE_CARD_VARIANTS = ['full', 'compact'] as const;
export type AllianceCardVariant = (typeof ALLIANCE_CARD_VARIANTS)[number];

const TAG = 'alliance-card';

interface CardData {
  readonly dataset: Dataset;
  /** The record given in the `alliance` property, resolved. */
  readonly record?: Alliance;
  /** Why that record could not be used. */
  readonly invalid?: string;
}

const KNOWN = { alliances: AGREEMENT_IDS };

const eventMaps = new WeakMap<Dataset, ReadonlyMap<string, HistoryEvent>>();
function eventsOf(dataset: Dataset): ReadonlyMap<string, HistoryEvent> {
  let map = eventMaps.get(dataset);
  if (!map) eventMaps.set(dataset, (map = new Map(dataset.events.map((e) => [e.id, e]))));
  return map;
}

/** A card's data: its bundled agreement, or a dataset given by `src`, or a record given by property. */
async function loadCard(alliance: string | RawAlliance | undefined, src: string | undefined, parts: Part[], locale: Locale): Promise<CardData> {
  const record = typeof alliance === 'string' ? undefined : alliance;
  if (!record && !src) return { dataset: await loadBundled(parts, locale, KNOWN) };
  const { loadEventIndex, loadDatasetFrom, resolveGivenDataset } = await given();
  // A record given by property links its related events through the bundled index.
  const dataset = src ? await loadDatasetFrom(src, locale) : await loadEventIndex(locale);
  if (!record) return { dataset };
  try {
    const own = await resolveGivenDataset({ events: [], alliances: [record] }, locale);
    return { dataset, record: own.alliances[0] };
  } catch (error) {
    if (error instanceof ValidationError) return { dataset, invalid: error.message.replace(/^alliances\[0\]\.?/, '') };
    throw error;
  }
}

/**
 * One alliance, treaty or agreement between France and Russia as a card: its
 * kind, parties, the dates of each stage, how it ended, its key terms, outcome,
 * related events and sources, with a bar showing where it sits between 1668
 * and today and how long it lasted. What identifies it stays in sight; how it
 * ended, terms, outcome, related events and sources fold behind native
 * disclosures that show their count, so a full card fits in about one screen.
 *
 * @summary An alliance or treaty as an embeddable, sourced card.
 *
 * @attr {string} alliance - Id of the agreement to show (e.g. `franco-russian-alliance`; see `data/alliances.json`). The `alliance` property also accepts a record in the schema of `data/schema/alliances.schema.json`.
 * @attr {"full"|"compact"} variant - `full` (default): everything; `compact`: name, kind, dates, one line and a slim bar.
 * @attr {"gregorian"|"dual"} calendar - `dual` adds the Old Style (Julian) date to stages the sources date that way.
 * @attr {"auto"|"system"|"light"|"dark"} theme - Colour scheme; `auto` follows the page's own `color-scheme` (light when it declares none), `system` the reader's system.
 * @attr {number} heading-level - Level of the card's title, 1–6 (other values are clamped; section titles are one below, at most 6); default 2.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {string} for - Id of a `<relations-timeline>` on the page: related events then open in it instead of linking to `#<event-id>`.
 *
 * @csspart card - The card (an `article`).
 * @csspart header - Title, kind, dates and the disputed mark.
 * @csspart title - The agreement's name (a heading).
 * @csspart kind - The kind of agreement.
 * @csspart dates - Its period: "1892–1917", "since 1966".
 * @csspart disputed - The mark on a record whose facts or reading are disputed.
 * @csspart summary - The one-line summary.
 * @csspart bar - The duration bar (in the compact card, the slim bar).
 * @csspart duration - The caption of the duration bar.
 * @csspart section-title - The title of each section (a heading; in a folded section, inside its toggle).
 * @csspart section-toggle - The `<summary>` of a folded section: its title, the count of what it holds or, for how it ended, the way it ended; Enter or Space opens it.
 * @csspart count - The number of items a folded section holds (terms, related events, sources).
 * @csspart parties - The list of parties.
 * @csspart parties-fold - The parties of an agreement of more than four, as a folded section with their count.
 * @csspart stages - The list of stages, each headed by the shape that marks it on the bar.
 * @csspart stage - One stage (`data-stage` names it: negotiated, signed, ratified, in-force, amended, suspended, ended); beyond two stages, or when the notes run long, its note folds behind its date.
 * @csspart date - The date of a stage.
 * @csspart stage-note - The note on a stage.
 * @csspart ending - How it ended (a folded section, whose toggle says the way it ended).
 * @csspart terms - The key terms (a folded section).
 * @csspart outcome - Its outcome (a folded section).
 * @csspart certainty - What is disputed, on a disputed record (a folded section).
 * @csspart related - Related events (a folded section).
 * @csspart sources - Sources (a folded section).
 * @csspart loading - Shown while the data loads.
 * @csspart error - A message about bad input or data that could not load.
 * @csspart retry - The "Try again" button under an error when a part of the library or a dataset could not be fetched.
 *
 * @cssprop [--alliance-card-accent=var(--frr-color-accent)] - Colour of the agreement on the bar and of links.
 * @cssprop [--alliance-card-padding=var(--frr-space)] - Space inside the card (the theme's base spacing, 1rem).
 * @cssprop [--alliance-card-border=1px solid var(--frr-color-border)] - The card's border.
 */
export class AllianceCard extends HydratingElement {
  static override styles = [themeStyles, sourceListStyles, foldStyles, styles];
  static override properties = {
    alliance: {},
    variant: { reflect: true },
    calendar: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    htmlFor: { attribute: 'for' },
  };

  readonly #locale = new LocaleController(this);

  /** Id of the agreement, or a record in the alliances schema. */
  alliance: string | RawAlliance | undefined;
  /** `full` or `compact`. */
  variant: AllianceCardVariant = 'full';
  /** Calendar display. */
  calendar: Calendar = 'gregorian';
  /** Colour scheme. */
  theme: Theme = 'auto';
  /** Level of the card's title, 1–6. */
  headingLevel = 2;
  /** URL of a dataset to read instead of the bundled one. */
  src: string | undefined;
  /** Id of the `<relations-timeline>` that related events open in (the `for` attribute). */
  htmlFor: string | undefined;

  /** The `for` id when no timeline has it. */

  readonly #data = new DataController(this, {
    args: () => [this.alliance, this.src, this.variant === 'compact', this.#gallery(), this.#locale.locale] as const,
    // A bundled card reads its own agreement (with its sources and related events), or a part
    // of every agreement (see cardParts). Its strings come with its data: French and Russian
    // are chunks of their own.
    read: ([alliance, src, compact, gallery, locale]) => {
      if (typeof alliance !== 'string' || src || !cardStrings(locale)) return undefined;
      const dataset = readBundled(cardParts(alliance, compact, locale, gallery), locale, KNOWN);
      return dataset && { dataset };
    },
    load: async ([alliance, src, compact, gallery, locale]): Promise<CardData> => {
      const parts = cardParts(typeof alliance === 'string' ? alliance : '', compact, locale, gallery);
      return (await Promise.all([loadCard(alliance, src, parts, locale), loadCardStrings(locale)]))[0];
    },
  });

  /** The variant of the gallery this card is drawn in, if it is in one. */
  #gallery(): 'compact' | 'full' | undefined {
    const host = (this.getRootNode() as Partial<ShadowRoot>).host;
    return host?.localName === 'alliance-gallery' ? (host.getAttribute('variant') === 'full' ? 'full' : 'compact') : undefined;
  }

  /** In the element's language once loaded with its data; English until then. */
  get #strings(): AllianceCardStrings {
    return cardStrings(this.#locale.locale) ?? cardStrings('en')!;
  }

  readonly #link = new LinkedTimelineController(this, TAG, () => this.#data.value !== undefined);

  override willUpdate(): void {
    checkEnum(TAG, 'theme', this.theme, THEMES, 'auto');
    checkEnum(TAG, 'variant', this.variant, ALLIANCE_CARD_VARIANTS, 'full');
    checkEnum(TAG, 'calendar', this.calendar, CALENDARS, 'gregorian');
  }

  override render() {
    const s = this.#locale.strings;
    const bad = (attribute: string, value: string, allowed: readonly string[]) =>
      isOneOf(allowed, value) ? nothing : renderError(s.unknownValue(attribute, value));
    return html`<div class="frame" @click=${this.#onClick}>
      ${bad('variant', this.variant, ALLIANCE_CARD_VARIANTS)} ${bad('calendar', this.calendar, CALENDARS)} ${bad('theme', this.theme, THEMES)}
      ${this.#link.missing ? renderError(this.#strings.missingTimeline(this.#link.missing)) : nothing}
      ${this.#data.render(s, (data) => this.#renderCard(data))}
    </div>`;
  }

  #renderCard(data: CardData) {
    const t = this.#strings;
    const ids = data.dataset.known?.alliances ?? data.dataset.alliances.map((a) => a.id);
    if (data.invalid !== undefined) {
      warn({
        tag: TAG,
        attribute: 'alliance',
        value: '(record)',
        problem: `the record in the "alliance" property does not follow the schema (${data.invalid})`,
        allowed: 'a record in the schema of data/schema/alliances.schema.json whose sources are in data/sources.json',
      });
      return renderError(t.invalidRecord(data.invalid));
    }
    let alliance = data.record;
    if (!alliance) {
      const id = typeof this.alliance === 'string' ? this.alliance.trim() : '';
      if (!id) {
        warn({ tag: TAG, attribute: 'alliance', value: undefined, allowed: ids });
        return renderError(t.missingAlliance(ids[0] ?? 'franco-russian-alliance'));
      }
      alliance = data.dataset.alliances.find((a) => a.id === id);
      if (!alliance) {
        warn({ tag: TAG, attribute: 'alliance', value: id, allowed: ids });
        return renderError(t.unknownAlliance(id));
      }
    }
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const options: CardOptions = {
      level,
      strings: this.#locale.strings,
      card: t,
      tag: this.#locale.intlTag,
      dual: this.calendar === 'dual',
      events: eventsOf(data.dataset),
      linked: !!this.#link.linked,
      now: today(),
    };
    return this.variant === 'compact' ? renderCompact(alliance, options) : renderFull(alliance, options);
  }

  #onClick = (e: MouseEvent) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-event]');
    const id = link?.dataset['event'];
    const target = this.htmlFor;
    // Modified clicks keep their meaning (open the anchor in a new tab…).
    if (!id || !target || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const timeline = this.#link.find();
    // Without a timeline, the anchor is followed instead (and the controller says why).
    if (!timeline) return;
    e.preventDefault();
    void selectInTimeline(timeline, id);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-card': AllianceCard;
  }
}
