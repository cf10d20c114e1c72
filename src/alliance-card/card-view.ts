import { html, nothing, type TemplateResult } from 'lit';
import type { Alliance, AllianceStage, HistoryEvent } from '../data/types.js';
import { formatDate, formatDualDate, formatNumber } from '../i18n/format.js';
import type { UiStrings } from '../i18n/strings.js';
import type { AllianceCardStrings } from '../i18n/strings/alliance-card.js';
import { isDayDate, toIsoDate, type PartialDate } from '../shared/calendar.js';
import { renderDurationBar, renderMiniBar } from './duration-bar.js';
import { SCALE_START, agreementSpan, barGeometry, durationBetween, type AgreementSpan } from './span.js';
import { stageIcon } from './stage-icons.js';
import { renderFold } from '../shared/fold.js';
import { renderSourceList } from '../shared/source-list.js';

export interface CardOptions {
  /** Level of the card's title, 1–6; section titles are one below (at most 6). */
  readonly level: number;
  readonly strings: UiStrings;
  readonly card: AllianceCardStrings;
  /** The tag handed to `Intl`. */
  readonly tag: string;
  /** Add Old Style dates where the sources give them. */
  readonly dual: boolean;
  /** Events of the dataset, for related events. */
  readonly events: ReadonlyMap<string, HistoryEvent>;
  /** Related events open in a timeline on the page. */
  readonly linked: boolean;
  readonly now: PartialDate;
}

/** "1891–1917", "since 1966", "from 1717, end not dated". */
export function periodText(span: AgreementSpan, o: Pick<CardOptions, 'strings' | 'card'>): string {
  const start = span.start.date.year;
  if (span.endKind === 'ended') return o.strings.data.yearSpan(start, span.end!.date.year);
  if (span.endKind === 'ongoing') return o.strings.data.yearSpan(start, null);
  return o.card.fromUndated(start);
}

/** A stage's date at its precision, with the Old Style date in dual mode when the sources give it. */
export function stageDateText(stage: AllianceStage, tag: string, dual: boolean, oldStyle: string): string {
  return dual && stage.julian && isDayDate(stage.date)
    ? formatDualDate(stage.date, tag, oldStyle, stage.julian)
    : formatDate(stage.date, tag);
}

// A span, not a div: section titles also sit inside a disclosure's <summary>, which takes phrasing content and headings.
function heading(level: number, id: string, text: string, part = 'section-title') {
  return html`<span part=${part} class=${part} role="heading" aria-level=${level} id=${id}>${text}</span>`;
}

// A plain group under a heading, not a <section>: named sections are region
// landmarks, and a page of cards would fill the landmark list with "Parties".
function section(id: string, title: string, level: number, body: unknown, part?: string) {
  return html`<div class="section" part=${part ?? nothing}>${heading(level, id, title)}${body}</div>`;
}

/** Title, kind, period and the disputed mark: what both variants open with. */
function renderHeader(alliance: Alliance, span: AgreementSpan, o: CardOptions) {
  const disputed = alliance.certainty === 'disputed';
  return html`<header part="header" class="header">
    ${heading(o.level, 'title', alliance.name, 'title')}
    <p class="meta">
      <span part="kind" class="kind">${o.card.kinds[alliance.kind]}</span>
      <span part="dates" class="dates">${periodText(span, o)}</span>
      ${disputed ? html`<span part="disputed" class="disputed">${o.strings.data.disputed}</span>` : nothing}
    </p>
  </header>`;
}

/** The compact card: name, kind, period, one line, and the slim bar. */
export function renderCompact(alliance: Alliance, o: CardOptions): TemplateResult {
  const span = agreementSpan(alliance);
  return html`<article part="card" class="card compact" aria-labelledby="title">
    ${renderHeader(alliance, span, o)}
    <p part="summary" class="summary">${alliance.summary}</p>
    ${renderMiniBar(barGeometry(alliance, o.now))}
  </article>`;
}

function barText(span: AgreementSpan, o: CardOptions) {
  const first = (span.talks ?? span.start).date.year;
  let caption: string;
  if (span.endKind === 'ended') {
    const d = durationBetween(span.start.date, span.end!.date);
    caption = o.card.lasted(o.card.duration(d.years, d.months, d.approximate));
  } else if (span.endKind === 'ongoing') caption = o.card.ongoing(span.start.date.year);
  else caption = o.card.undated;
  return {
    caption,
    description: o.card.scale(periodText(span, o), SCALE_START, o.now.year),
    firstYear: first,
    endYear: span.endKind === 'ended' ? span.end!.date.year : span.endKind === 'ongoing' ? o.now.year : undefined,
  };
}

/**
 * Stage notes show under their stage up to this many stages, and up to
 * {@link NOTES_LENGTH} characters in all; beyond, each note folds behind its
 * stage's date, so every date stays in sight and a card fits a phone-wide
 * embed (two notes of 350 characters took 20 lines at 390 px in Russian).
 */
export const STAGES_WITH_NOTES = 2;
export const NOTES_LENGTH = 280;
/** Parties show as chips up to this many; a congress's longer list folds behind its count. */
export const PARTIES_IN_SIGHT = 4;

const foldsNotes = (stages: readonly AllianceStage[]) =>
  stages.length > STAGES_WITH_NOTES || stages.reduce((length, stage) => length + (stage.note?.length ?? 0), 0) > NOTES_LENGTH;

/** One stage: its shape, name and date, and its note, open or folded behind them. */
function renderStage(stage: AllianceStage, fold: boolean, o: CardOptions) {
  // Name and date wrap as one run of text, under the name rather than under the shape.
  const head = html`${stageIcon(stage.stage)}<span class="stage-text"><span class="stage-name">${o.card.stages[stage.stage]}</span>
    <time part="date" datetime=${toIsoDate(stage.date)}>${stageDateText(stage, o.tag, o.dual, o.strings.oldStyle)}</time></span>`;
  const note = stage.note ? html`<span part="stage-note" class="stage-note">${stage.note}</span>` : nothing;
  return html`<li part="stage" class="stage" data-stage=${stage.stage}>
    ${fold && stage.note
      ? html`<details class="fold stage-fold"><summary class="fold-toggle stage-head">${head}</summary>${note}</details>`
      : html`<span class="stage-head">${head}</span>${note}`}
  </li>`;
}

/**
 * The full card. What identifies the agreement stays in sight: its name,
 * kind, period, summary, the bar, the parties (up to four) and the date of every stage.
 * The rest folds behind disclosures that say what they hold (how it ended,
 * the count of terms, related events and sources), so a card fits in about
 * one screen; the notes of a long list of stages, or long notes, fold behind their dates.
 */
export function renderFull(alliance: Alliance, o: CardOptions): TemplateResult {
  const s = o.strings;
  const t = o.card;
  const span = agreementSpan(alliance);
  const sub = Math.min(o.level + 1, 6);
  const related = alliance.relatedEvents.map((id) => o.events.get(id)).filter((e): e is HistoryEvent => !!e);
  const disputed = alliance.certainty === 'disputed';
  const foldNotes = foldsNotes(alliance.stages);
  const parties = html`<ul part="parties" class="parties">${alliance.parties.map((p) => html`<li>${p}</li>`)}</ul>`;
  const fold = (part: string, id: string, title: string, body: unknown, count?: number, value?: string) =>
    renderFold({ part, title: heading(sub, id, title), count: count === undefined ? undefined : formatNumber(count, o.tag), value, body });
  return html`<article part="card" class="card full" aria-labelledby="title">
    ${renderHeader(alliance, span, o)}
    <p part="summary" class="summary">${alliance.summary}</p>
    ${renderDurationBar(barGeometry(alliance, o.now), barText(span, o))}
    <div class="columns">
      <div class="column">
        ${alliance.parties.length > PARTIES_IN_SIGHT
          ? fold('parties-fold', 'h-parties', t.parties, parties, alliance.parties.length)
          : section('h-parties', t.parties, sub, parties)}
        ${section(
          'h-stages',
          t.stagesTitle,
          sub,
          html`<ol part="stages" class=${foldNotes ? 'stages folded' : 'stages'}>${alliance.stages.map((stage) => renderStage(stage, foldNotes, o))}</ol>`,
        )}
      </div>
      <div class="column folds">
        ${fold('ending', 'h-ending', t.endingTitle, html`<p>${alliance.ending.note}</p>`, undefined, t.endings[alliance.ending.how])}
        ${alliance.terms.length
          ? fold('terms', 'h-terms', t.terms, html`<ul class="terms">${alliance.terms.map((term) => html`<li>${term}</li>`)}</ul>`, alliance.terms.length)
          : nothing}
        ${fold('outcome', 'h-outcome', t.outcome, html`<p>${alliance.outcome}</p>`)}
        ${disputed && alliance.certaintyNote ? fold('certainty', 'h-disputed', s.data.disputed, html`<p>${alliance.certaintyNote}</p>`) : nothing}
        ${related.length
          ? fold(
              'related',
              'h-related',
              s.data.relatedEvents,
              html`${o.linked ? html`<p class="hint" id="timeline-hint">${t.timelineHint}</p>` : nothing}
                <ul class="related">
                  ${related.map(
                    (e) => html`<li>
                      <a href=${`#${e.id}`} data-event=${e.id} aria-describedby=${o.linked ? 'timeline-hint' : nothing}>${e.title}</a>
                      <time class="event-date" datetime=${toIsoDate(e.date)}>${formatDate(e.date, o.tag)}</time>
                    </li>`,
                  )}
                </ul>`,
              related.length,
            )
          : nothing}
        ${fold('sources', 'h-sources', s.data.sources, renderSourceList(alliance.sources, s.data), alliance.sources.length)}
      </div>
    </div>
  </article>`;
}
