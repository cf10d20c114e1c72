import { html, nothing } from 'lit';
import { cssProps } from '../shared/css-props.js';
import type { Era } from '../data/types.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';

export interface OverviewOptions {
  readonly label: string;
  readonly strings: TimelineUiStrings['data'];
  /** The era in view at the top of the list. */
  readonly current: string | undefined;
  /** Eras that have events under the current filter. */
  readonly active: ReadonlySet<string>;
  /** The band the reader last moved to with the keyboard or clicked. */
  readonly last: string | undefined;
  readonly onJump: (eraId: string) => void;
  /** The reader moved along the strip to another band. */
  readonly onMove: (eraId: string) => void;
}

const STRIP_KEYS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** Arrow keys, Home and End move focus between the enabled bands (one tab stop for the strip). */
function onStripKeydown(e: KeyboardEvent, onMove: (eraId: string) => void) {
  const move = STRIP_KEYS[e.key];
  const band = (e.target as Element).closest<HTMLButtonElement>('.band');
  if (!move || !band) return;
  const bands = [...(band.closest('.bands')?.querySelectorAll<HTMLButtonElement>('.band:not(:disabled)') ?? [])];
  const target = bands[move(bands.indexOf(band), bands.length - 1)];
  if (!target?.dataset['era']) return;
  e.preventDefault();
  target.focus();
  onMove(target.dataset['era']);
}

/**
 * The whole span at a glance: one band per era, as wide as its share of the
 * years (with a floor so short wars stay visible), coloured and patterned by
 * the climate of relations, naming era, years and climate in text for screen
 * readers and on hover. The era in view carries a marker and `aria-current`.
 * A toolbar: one tab stop (the band last used, else the era in view, else
 * the strip when no band has events), arrow keys between bands, so the
 * keyboard reaches the list quickly.
 */
export function renderOverview(eras: readonly Era[], o: OverviewOptions) {
  const thisYear = new Date().getFullYear();
  const usable = (id: string | undefined) => (id && o.active.has(id) ? id : undefined);
  const tabStop = usable(o.last) ?? usable(o.current) ?? eras.find((era) => o.active.has(era.id))?.id;
  // A named toolbar, not a navigation landmark: the timeline is one landmark (its frame) besides search.
  // With no band to use (nothing matches), the strip itself is the tab stop, so a strip wider than
  // its box (a phone) can still be scrolled with the keyboard.
  return html`<div part="overview" class="overview" role="toolbar" aria-label=${o.label} tabindex=${tabStop ? nothing : '0'}
    @keydown=${(e: KeyboardEvent) => onStripKeydown(e, o.onMove)}>
    <div class="strip" style=${cssProps({ '--_bands': String(eras.length) })}>
    <ol class="bands" role="list">
      ${eras.map((era) => {
        const years = (era.end ?? thisYear) - era.start + 1;
        const label = `${era.name}, ${o.strings.yearSpan(era.start, era.end)}: ${o.strings.climates[era.climate]}`;
        const current = o.current === era.id;
        return html`<li class="band-item" style=${cssProps({ 'flex-grow': String(Math.max(years, 6)) })}>
          <button type="button" part="era-band" class="band" data-climate=${era.climate} data-era=${era.id}
            ?disabled=${!o.active.has(era.id)} tabindex=${era.id === tabStop ? '0' : '-1'}
            aria-current=${current ? 'true' : 'false'} title=${label} @click=${() => o.onJump(era.id)}><span class="visually-hidden">${label}</span></button>
        </li>`;
      })}
    </ol>
    <div class="axis" aria-hidden="true"><span>${eras[0]?.start}</span><span>${thisYear}</span></div>
    </div>
  </div>`;
}
