import { html, nothing, type ReactiveElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cardParts, galleryParts } from '../data/agreement-parts.js';
import { loadParts } from '../data/parts.js';
import { given, loadBundled, readBundled } from '../data/dataset.js';
import { DataController } from '../shared/data-controller.js';
import { HydratingElement } from '../shared/hydration.js';
import { LinkedTimelineController } from '../shared/linked-timeline.js';
import { ALLIANCE_KINDS, type AllianceKind, type Dataset } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { cardStrings, loadCardStrings } from '../i18n/strings/alliance-card.js';
import { allianceGalleryStrings } from '../i18n/strings/alliance-gallery.js';
import { CALENDARS, type Calendar } from '../shared/calendars.js';
import { renderError } from '../shared/error-message.js';
import { themeStyles, THEMES, type Theme } from '../shared/theme.js';
import { checkEnum, isOneOf, warn } from '../shared/warn.js';
import { styles } from './alliance-gallery.styles.js';

export const ALLIANCE_GALLERY_VARIANTS = ['compact', 'full'] as const;
export type AllianceGalleryVariant = (typeof ALLIANCE_GALLERY_VARIANTS)[number];

const TAG = 'alliance-gallery';

/**
 * Every alliance, treaty and agreement of the dataset at once, in order, as
 * `<alliance-card>`s: compact cards whose slim bars line up into an overview of
 * three and a half centuries, each opening in place to the full card.
 *
 * @summary An overview of every alliance and treaty, as a list of cards.
 *
 * @attr {string} kinds - Space-separated kinds to show: peace-treaty alliance secret-treaty entente military-convention amendment non-aggression-pact mutual-assistance-treaty friendship-treaty declaration arms-contract agreement. All by default.
 * @attr {"compact"|"full"} variant - `compact` (default): compact cards with a button each to show the full card; `full`: every card in full.
 * @attr {"gregorian"|"dual"} calendar - Passed to each card: `dual` adds Old Style dates.
 * @attr {"auto"|"system"|"light"|"dark"} theme - Colour scheme, passed to each card.
 * @attr {number} heading-level - Level of each card's title, 1–6 (other values are clamped by the card); default 2.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {string} for - Id of a `<relations-timeline>` on the page that the cards' related events open in.
 *
 * @csspart count - The number of agreements shown.
 * @csspart list - The list of cards.
 * @csspart item - One list item: a card and its button.
 * @csspart card - Each `<alliance-card>` element (style inside it with its own custom properties).
 * @csspart toggle - The button that shows or hides a card's details.
 * @csspart empty - Shown when no agreement is of the kinds asked for.
 * @csspart loading - Shown while the data loads.
 * @csspart error - A message about bad input or data that could not load.
 * @csspart retry - The "Try again" button under an error when a part of the library or a dataset could not be fetched.
 *
 * @cssprop [--alliance-gallery-gap=0.75rem] - Space between cards.
 */
export class AllianceGallery extends HydratingElement {
  static override styles = [themeStyles, styles];
  static override properties = {
    kinds: {},
    variant: { reflect: true },
    calendar: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    htmlFor: { attribute: 'for' },
    _open: { state: true, attribute: false },
  };

  readonly #locale = new LocaleController(this);

  /** Space-separated kinds to show; empty shows all. */
  kinds: string | undefined;
  /** `compact` or `full`. */
  variant: AllianceGalleryVariant = 'compact';
  /** Calendar display, passed to each card. */
  calendar: Calendar = 'gregorian';
  /** Colour scheme. */
  theme: Theme = 'auto';
  /** Level of each card's title, 1–6. */
  headingLevel = 2;
  /** URL of a dataset to read instead of the bundled one. */
  src: string | undefined;
  /** Id of the `<relations-timeline>` that related events open in (the `for` attribute). */
  htmlFor: string | undefined;

  /** Ids of the cards shown in full. */
  private _open: ReadonlySet<string> = new Set();

  readonly #data = new DataController(this, {
    args: () => [this.src, this.variant !== 'full', this.#locale.locale] as const,
    // Every agreement in one part: in brief while the cards are compact (a card opened reads its own).
    // With the cards' strings, which its own messages use (French and Russian are chunks of their own).
    read: ([src, compact, locale]) => (src || !cardStrings(locale) ? undefined : readBundled(galleryParts(compact, locale), locale)),
    load: async ([src, compact, locale]) => {
      const dataset = src ? (await given()).loadDatasetFrom(src, locale) : loadBundled(galleryParts(compact, locale), locale);
      return (await Promise.all([dataset, loadCardStrings(locale)]))[0];
    },
  });

  readonly #link = new LinkedTimelineController(this, TAG, () => this.#data.value !== undefined);

  override willUpdate(): void {
    checkEnum(TAG, 'theme', this.theme, THEMES, 'auto');
    checkEnum(TAG, 'variant', this.variant, ALLIANCE_GALLERY_VARIANTS, 'compact');
    checkEnum(TAG, 'calendar', this.calendar, CALENDARS, 'gregorian');
  }

  override render() {
    const s = this.#locale.strings;
    const bad = (attribute: string, value: string, allowed: readonly string[]) =>
      isOneOf(allowed, value) ? nothing : renderError(s.unknownValue(attribute, value));
    return html`<div class="frame">
      ${bad('variant', this.variant, ALLIANCE_GALLERY_VARIANTS)} ${bad('calendar', this.calendar, CALENDARS)} ${bad('theme', this.theme, THEMES)}
      ${this.#link.missing
        ? renderError((cardStrings(this.#locale.locale) ?? cardStrings('en')!).missingTimeline(this.#link.missing))
        : nothing}
      ${this.#data.render(s, (dataset) => this.#renderList(dataset))}
    </div>`;
  }

  /** The kinds asked for; unknown ones are reported and left out. */
  #kinds(): { kinds: ReadonlySet<AllianceKind>; errors: unknown[] } {
    const kinds = new Set<AllianceKind>();
    const errors: unknown[] = [];
    for (const name of (this.kinds ?? '').split(/\s+/).filter(Boolean)) {
      if (isOneOf(ALLIANCE_KINDS, name)) kinds.add(name);
      else {
        warn({ tag: TAG, attribute: 'kinds', value: name, allowed: ALLIANCE_KINDS });
        errors.push(renderError(this.#locale.strings.unknownValue('kinds', name)));
      }
    }
    return { kinds, errors };
  }

  #renderList(dataset: Dataset) {
    const g = allianceGalleryStrings[this.#locale.locale];
    const { kinds, errors } = this.#kinds();
    const shown = dataset.alliances.filter((a) => kinds.size === 0 || kinds.has(a.kind));
    const compact = this.variant !== 'full';
    const linked = this.#link.verified;
    return html`${errors}
      <p part="count" class="count">${g.count(shown.length)}</p>
      ${shown.length === 0 ? html`<p part="empty" class="empty">${g.empty}</p>` : nothing}
      <ol part="list" class="list" role="list" aria-label=${g.label}>
        ${repeat(
          shown,
          (a) => a.id,
          (a) => {
            const open = !compact || this._open.has(a.id);
            // The button comes before the card it opens: the details follow it in the
            // tab order and open below it, so it stays where the reader clicked.
            return html`<li part="item" class="item">
              ${compact
                ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${`card-${a.id}`} @click=${(e: Event) => this.#toggle(a.id, e.currentTarget as HTMLElement)}
                    @pointerenter=${() => this.#details(a.id)} @focus=${() => this.#details(a.id)}
                    >${open ? g.hideDetails : g.showDetails}<span class="visually-hidden">: ${a.name}</span></button>`
                : nothing}
              <alliance-card part="card" id=${`card-${a.id}`} alliance=${a.id} variant=${open ? 'full' : 'compact'}
                calendar=${isOneOf(CALENDARS, this.calendar) ? this.calendar : 'gregorian'}
                theme=${isOneOf(THEMES, this.theme) ? this.theme : 'auto'}
                heading-level=${this.headingLevel} src=${this.src ?? nothing} for=${linked ?? nothing}></alliance-card>
            </li>`;
          },
        )}
      </ol>`;
  }

  /**
   * Loads the agreement of a card about to open (its stages' notes, terms,
   * sources, related events), which the brief part of a compact gallery leaves
   * out, so that the card opens in full at once; on first interest (pointer or
   * focus on its button) too. A failure is the card's to show: it loads again
   * itself, and says so with a retry button.
   */
  #details(id: string): Promise<unknown> {
    // The parts the card will read once open in this compact gallery (not with a dataset of its own).
    return this.src ? Promise.resolve() : loadParts(cardParts(id, false, this.#locale.locale, 'compact')).catch(() => undefined);
  }

  async #toggle(id: string, button: HTMLElement) {
    const opening = !this._open.has(id);
    if (opening) {
      button.setAttribute('aria-busy', 'true');
      await this.#details(id);
      button.removeAttribute('aria-busy');
    }
    const next = new Set(this._open);
    if (opening) next.add(id);
    else next.delete(id);
    this._open = next;
    // The card opens or closes below the button; keep the button in view, once the
    // card itself has drawn its new variant (a loaded machine may lay it out a frame later).
    void this.updateComplete
      .then(() => (this.renderRoot.querySelector(`#card-${CSS.escape(id)}`) as ReactiveElement | null)?.updateComplete)
      .then(() => button.scrollIntoView({ block: 'nearest' }));
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-gallery': AllianceGallery;
  }
}
