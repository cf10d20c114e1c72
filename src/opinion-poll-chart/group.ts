/**
 * One chart block: the question's heading, its summary sentence, the legend,
 * the chart and its tooltip, notes on gaps and marked waves, and the question
 * as asked; or all of it folded behind the heading. The element passes in the
 * drawn chart and its event handlers.
 */
import { html, nothing } from 'lit';
import { cssProps } from '../shared/css-props.js';
import { formatPercent } from '../i18n/format.js';
import { swatch, LONG_GAP_YEARS, type Chart, type Mark } from './charts.js';
import { yearValue } from './layout.js';
import { renderFlag, renderWording, type MetaOptions } from './meta.js';
import { FLAGS, type ChartGroup } from './model.js';

export interface GroupView {
  readonly chart: Chart;
  /** Heading level of the question, or `undefined` for no heading. */
  readonly level: number | undefined;
  /** Fold the question behind its heading (a poll's questions after the first). */
  readonly folded?: boolean;
  readonly caption: string | undefined;
  /** Id of the chart's (hidden) title, which names the figure. */
  readonly titleId: string;
  readonly width: number;
  /** The mark whose tooltip is open. */
  readonly tip: Mark | undefined;
  readonly meta: MetaOptions;
  readonly on: {
    readonly focusin: (e: FocusEvent) => void;
    readonly focusout: (e: FocusEvent) => void;
    readonly pointerover: (e: PointerEvent) => void;
    readonly pointerleave: (e: PointerEvent) => void;
    readonly keydown: (e: KeyboardEvent) => void;
  };
}

/** Whether some line has an unpublished wave between two published ones. */
function hasGap(group: ChartGroup): boolean {
  return group.answers.some((_, ai) => {
    const values = group.rows.map((r) => r.values[ai]);
    const first = values.findIndex((v) => v != null);
    const last = values.findLastIndex((v) => v != null);
    return first >= 0 && values.slice(first, last + 1).some((v) => v == null);
  });
}

function hasLongInterval(group: ChartGroup): boolean {
  const times = group.rows.map((r) => (r.date ? yearValue(r.date) : 0));
  return times.some((t, i) => i > 0 && t - times[i - 1]! > LONG_GAP_YEARS);
}

function renderLegend(group: ChartGroup, v: GroupView) {
  const s = v.meta.strings;
  const line = group.form === 'line';
  const single = group.rows.length === 1;
  return html`<ul part="legend" class="legend" role="list">
    ${group.answers.map((answer, i) => {
      const never = !single && group.rows.every((r) => r.values[i] == null);
      const value = single ? group.rows[0]!.values[i] : undefined;
      return html`<li class="legend-item" data-kind=${answer.kind}>${swatch(answer, line)}<span>${answer.label}${
        never ? html` <span class="muted">(${s.neverPublished})</span>` : nothing
      }${value != null ? html` <strong class="legend-value">${formatPercent(value, v.meta.tag)}</strong>` : nothing}</span></li>`;
    })}
  </ul>`;
}

export function renderGroup(group: ChartGroup, v: GroupView) {
  const s = v.meta.strings;
  const line = group.form === 'line';
  const gap = line && hasGap(group);
  const long = line && hasLongInterval(group);
  const flagged = [...new Set(group.rows.map((r) => r.status).filter((status) => FLAGS[status]))];
  const tip = v.tip;
  const title = v.level
    ? html`<span part="question-title" class="group-title" role="heading" aria-level=${v.level}>${group.label}</span>`
    : nothing;
  const body = html`<figure class="figure" aria-labelledby=${v.titleId}>
      ${v.caption ? html`<figcaption part="summary" class="summary">${v.caption}</figcaption>` : nothing}
      ${group.multipleChoice ? html`<p class="mc-note">${s.multipleChoice(formatPercent(100, v.meta.tag))}</p>` : nothing}
      ${group.form === 'bars' ? nothing : renderLegend(group, v)}
      <div part="chart" class="plot" data-group=${group.id}
        @focusin=${v.on.focusin} @focusout=${v.on.focusout} @pointerover=${v.on.pointerover}
        @pointerleave=${v.on.pointerleave} @keydown=${v.on.keydown}>
        ${v.chart.template}
        ${tip
          ? html`<div part="tooltip" class="tooltip" aria-hidden="true"
              data-align=${tip.x < v.width * 0.25 ? 'start' : tip.x > v.width * 0.75 ? 'end' : 'center'}
              style=${cssProps({ left: `${tip.x}px`, top: `${tip.y}px` })}>${tip.text}</div>`
          : nothing}
      </div>
      ${gap || long || flagged.length
        ? html`<div class="chart-notes">
            ${gap ? html`<p>${s.gapNote}</p>` : nothing}
            ${long ? html`<p>${s.longGap}</p>` : nothing}
            ${flagged.map((status) => renderFlag(status, s))}
          </div>`
        : nothing}
    </figure>
    ${renderWording(group.wording, v.meta)}`;
  // A folded question: a native disclosure whose summary is its heading.
  return v.folded
    ? html`<details part="question" class="group fold question-fold" data-form=${group.form}>
        <summary part="section-toggle" class="fold-toggle">${title}</summary>
        <div class="fold-body">${body}</div>
      </details>`
    : html`<div part="question" class="group" data-form=${group.form}>${title}${body}</div>`;
}
