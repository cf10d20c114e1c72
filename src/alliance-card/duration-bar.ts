import { html, nothing, svg } from 'lit';
import { cssProps } from '../shared/css-props.js';
import { stageIcon } from './stage-icons.js';
import { SCALE_START, scalePosition, type BarGeometry } from './span.js';

const CENTURIES = [1700, 1800, 1900, 2000];
/** Centuries labelled under the scale (1700 and 2000 sit too close to its ends). */
const LABELLED = new Set([1800, 1900]);

const pct = (n: number) => `${n.toFixed(3)}%`;
const range = (from: number, to: number) => cssProps({ '--_from': pct(from), '--_to': pct(Math.max(to, from)) });

export interface DurationBarText {
  /** Visible: how long it lasted, or that it never formally ended, or that its end is not dated. */
  readonly caption: string;
  /** For screen readers: the scale and the agreement's period. */
  readonly description: string;
  /** First year of the agreement (talks included), under the zoomed strip. */
  readonly firstYear: number;
  /** Year under the end of the strip; none when the end is not dated. */
  readonly endYear?: number;
}

/**
 * The duration bar: the whole 1668–today scale with the agreement's segment,
 * a funnel down to a strip of the agreement's own span, and a mark per stage
 * (shapes from stage-icons.ts, matching the list of stages). The drawing is
 * hidden from assistive technology; the caption says the same in words.
 */
export function renderDurationBar(g: BarGeometry, text: DurationBarText) {
  const scaleAt = (year: number) => scalePosition(year, g.nowValue);
  const runEnd = g.endKind === 'undated' ? g.lastAt : g.endAt;
  return html`<figure part="bar" class="bar" data-end=${g.endKind}>
    <div class="scale" aria-hidden="true">
      <div class="axis">
        <span class="axis-start">${SCALE_START}</span>
        ${CENTURIES.filter((year) => LABELLED.has(year)).map(
          (year) => html`<span class="axis-mid" style=${cssProps({ '--_at': pct(scaleAt(year)) })}>${year}</span>`,
        )}
        <span class="axis-end">${g.scaleEnd}</span>
      </div>
      <div class="track">
        ${CENTURIES.map((year) => html`<span class="century" style=${cssProps({ '--_at': pct(scaleAt(year)) })}></span>`)}
        <span class="segment" style=${range(g.from, g.to)}></span>
      </div>
      <svg class="funnel" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
        ${svg`<polygon points=${`${g.from.toFixed(3)},0 ${g.to.toFixed(3)},0 100,10 0,10`} />`}
      </svg>
      <div class="zoom" style=${cssProps({ '--_lanes': String(g.lanes) })}>
        ${g.talksAt === undefined ? nothing : html`<span class="talks" style=${range(g.talksAt, g.startAt)}></span>`}
        <span class="run" style=${range(g.startAt, runEnd)}></span>
        ${g.endKind === 'undated' ? html`<span class="tail" style=${range(g.lastAt, g.endAt)}></span>` : nothing}
        ${g.marks.map(
          (m) => html`<span class="mark" data-stage=${m.stage} style=${cssProps({ '--_at': pct(m.at), '--_lane': String(m.lane) })}
            >${stageIcon(m.stage)}</span>`,
        )}
      </div>
      <div class="axis zoom-axis">
        <span class="axis-start">${text.firstYear}</span>
        ${text.endYear === undefined ? nothing : html`<span class="axis-end">${text.endYear}</span>`}
      </div>
    </div>
    <figcaption part="duration" class="caption"><span class="caption-text">${text.caption}</span><span class="visually-hidden"> ${text.description}</span></figcaption>
  </figure>`;
}

/** The slim bar of the compact card: the agreement on the whole scale, nothing else. */
export function renderMiniBar(g: BarGeometry) {
  return html`<div part="bar" class="mini" data-end=${g.endKind} aria-hidden="true">
    <span class="segment" style=${range(g.from, g.to)}></span>
  </div>`;
}
