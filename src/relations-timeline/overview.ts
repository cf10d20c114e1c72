import { html } from 'lit';
import { cssProps } from '../shared/css-props.js';
import type { Era } from '../data/types.js';
import type { DataStrings } from '../i18n/strings.js';

export interface OverviewOptions {
  readonly label: string;
  readonly strings: DataStrings;
  /** The era in view at the top of the list. */
  readonly current: string | undefined;
  /** Eras that have events under the current filter. */
  readonly active: ReadonlySet<string>;
  readonly onJump: (eraId: string) => void;
}

/**
 * The whole span at a glance: one band per era, as wide as its share of the
 * years (with a floor so short wars stay visible), coloured and patterned by
 * the climate of relations, naming era, years and climate in text for screen
 * readers and on hover. The era in view carries a marker and `aria-current`.
 */
export function renderOverview(eras: readonly Era[], o: OverviewOptions) {
  const thisYear = new Date().getFullYear();
  // A named group, not a navigation landmark: the timeline is one landmark (its frame) besides search.
  return html`<div part="overview" class="overview" role="group" aria-label=${o.label}>
    <div class="strip" style=${cssProps({ '--_bands': String(eras.length) })}>
    <ol class="bands" role="list">
      ${eras.map((era) => {
        const years = (era.end ?? thisYear) - era.start + 1;
        const label = `${era.name}, ${o.strings.yearSpan(era.start, era.end)}: ${o.strings.climates[era.climate]}`;
        const current = o.current === era.id;
        return html`<li class="band-item" style=${cssProps({ 'flex-grow': String(Math.max(years, 6)) })}>
          <button type="button" part="era-band" class="band" data-climate=${era.climate}
            ?disabled=${!o.active.has(era.id)} aria-current=${current ? 'true' : 'false'} title=${label}
            @click=${() => o.onJump(era.id)}><span class="visually-hidden">${label}</span></button>
        </li>`;
      })}
    </ol>
    <div class="axis" aria-hidden="true"><span>${eras[0]?.start}</span><span>${thisYear}</span></div>
    </div>
  </div>`;
}
