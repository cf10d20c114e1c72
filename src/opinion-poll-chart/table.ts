/**
 * The text twin: the chart's numbers as a real `<table>`, from the same model,
 * so it holds exactly what is drawn. It is always in the accessibility tree
 * (screen readers are pointed to it) and is shown on request and in print.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../i18n/format.js';
import { rowLabel } from './charts.js';
import { marginCell, type MetaOptions } from './meta.js';
import type { ChartModel } from './model.js';

function share(value: number | null | undefined, o: MetaOptions) {
  return value == null
    ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${o.strings.notPublished}</span>`
    : formatPercent(value, o.tag);
}

function empty(o: MetaOptions) {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${o.strings.notPublished}</span>`;
}

export function renderTable(model: ChartModel, shown: boolean, id: string, o: MetaOptions): TemplateResult {
  const s = o.strings;
  const captionId = `${id}-caption`;
  const body =
    model.kind === 'poll'
      ? html`<thead><tr><th scope="col">${s.answer}</th><th scope="col">${s.share}</th></tr></thead>
          ${model.groups.map(
            (group) => html`<tbody>
              <tr><th scope="colgroup" colspan="2" class="group-head">${group.label}${group.multipleChoice ? html`<span class="mc"> — ${s.multipleChoice(formatPercent(100, o.tag))}</span>` : nothing}</th></tr>
              ${group.answers.map(
                (answer, i) => html`<tr data-kind=${answer.kind}><th scope="row">${answer.label}</th><td class="num">${share(group.rows[0]?.values[i], o)}</td></tr>`,
              )}
            </tbody>`,
          )}`
      : model.groups.map(
          (group) => html`<thead><tr>
              <th scope="col">${s.wave}</th>
              ${group.answers.map((a) => html`<th scope="col">${a.label}</th>`)}
              <th scope="col">${s.sampleSize}</th>
              <th scope="col">${s.marginOfError}</th>
              <th scope="col">${s.status}</th>
            </tr></thead>
            <tbody>
              ${group.rows.map(
                (row) => html`<tr>
                  <th scope="row">${rowLabel(row)}</th>
                  ${row.values.map((v) => html`<td class="num">${share(v, o)}</td>`)}
                  <td class="num">${row.sampleSize === null ? empty(o) : formatNumber(row.sampleSize, o.tag)}</td>
                  <td class="num">${row.margin ? marginCell(row.margin, o) : empty(o)}</td>
                  <td>${s.statuses[row.status]}</td>
                </tr>`,
              )}
            </tbody>`,
        );
  return html`<div part="table" class=${shown ? 'twin' : 'twin visually-hidden'} id=${id} ?data-shown=${shown}>
    <div class="table-scroll" tabindex=${shown ? 0 : nothing} role=${shown ? 'group' : nothing} aria-labelledby=${shown ? captionId : nothing}>
      <table class=${model.kind === 'series' ? 'waves' : 'answers'}>
        <caption id=${captionId}>${model.title}</caption>
        ${body}
      </table>
    </div>
  </div>`;
}
