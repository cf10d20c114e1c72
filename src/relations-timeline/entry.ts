import { html, nothing, type SVGTemplateResult } from 'lit';
import type { HistoryEvent } from '../data/types.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';
import { renderSourceList } from '../shared/source-list.js';

export interface EntryOptions {
  readonly level: number;
  readonly open: boolean;
  readonly compact: boolean;
  /** The single tab stop of the list. */
  readonly tabbable: boolean;
  readonly dateText: string;
  readonly dateTime: string;
  readonly dual: boolean;
  readonly strings: TimelineUiStrings;
  readonly byId: ReadonlyMap<string, HistoryEvent>;
  /** The name of an agreement, by id. */
  readonly allianceName: (id: string) => string | undefined;
  readonly icon: SVGTemplateResult;
  /** Details are still loading (the bundle's lazy part). */
  readonly pending: boolean;
}

/**
 * One event of the timeline: date, category, title (the toggle), summary and,
 * when open, its details, people, related records and sources. All text goes
 * through Lit bindings, so data is always rendered as text.
 */
export function renderEntry(event: HistoryEvent, o: EntryOptions) {
  const s = o.strings;
  const detailsId = `details-${event.id}`;
  const related = event.related.events.map((id) => o.byId.get(id)).filter((e): e is HistoryEvent => !!e);
  const alliances = event.related.alliances.map(o.allianceName).filter((name): name is string => !!name);
  const disputed = event.certainty === 'disputed';
  // People, related records and sources are headed sections, one level below the title, as in the card.
  const sub = Math.min(o.level + 1, 6);
  return html`<li part="event" class="event" id=${event.id} data-category=${event.category} data-era=${event.era} ?data-open=${o.open}>
    <div class="meta">
      <time part="date" datetime=${o.dateTime}>${o.dateText}</time>
      <span part="category" class="category" data-category=${event.category}>${o.icon}${s.data.categories[event.category]}</span>
      ${disputed ? html`<span part="disputed" class="disputed">${s.data.disputed}</span>` : nothing}
    </div>
    <div part="title" class="title" role="heading" aria-level=${o.level}>
      ${o.compact
        ? event.title
        : html`<button type="button" class="toggle" data-id=${event.id} tabindex=${o.tabbable ? 0 : -1}
            aria-expanded=${o.open ? 'true' : 'false'} aria-controls=${detailsId}>${event.title}</button>`}
    </div>
    <p part="summary" class="summary">${event.summary}</p>
    ${o.compact
      ? nothing
      : html`<div part="details" class="details" id=${detailsId} ?hidden=${!o.open}>
          ${o.open && o.pending ? html`<p part="loading" role="status">${s.loading}</p>` : nothing}
          ${o.open && !o.pending
            ? html`${event.details ? html`<p>${event.details}</p>` : nothing}
                ${disputed && event.certaintyNote ? html`<p class="note"><strong>${s.data.disputed}:</strong> ${event.certaintyNote}</p>` : nothing}
                ${event.actors.length
                  ? html`<div class="group"><span class="group-title" role="heading" aria-level=${sub}>${s.data.people}</span>
                      <ul class="people">${event.actors.map((p) => html`<li><span class="person">${p.name}</span><span class="role">, ${p.role}</span></li>`)}</ul></div>`
                  : nothing}
                ${related.length
                  ? html`<div class="group"><span class="group-title" role="heading" aria-level=${sub}>${s.data.relatedEvents}</span>
                      <ul class="related">${related.map((r) => html`<li><a href=${`#${r.id}`} data-select=${r.id}>${r.title}</a></li>`)}</ul></div>`
                  : nothing}
                ${alliances.length
                  ? html`<div class="group"><span class="group-title" role="heading" aria-level=${sub}>${s.data.relatedAlliances}</span>
                      <ul class="related">${alliances.map((name) => html`<li>${name}</li>`)}</ul></div>`
                  : nothing}
                <div class="group" part="sources"><span class="group-title" role="heading" aria-level=${sub}>${s.data.sources}</span>
                  ${renderSourceList(event.sources, s.data)}</div>`
            : nothing}
        </div>`}
  </li>`;
}
