/**
 * The chart's data as CSV, built from the same model as the chart and the
 * table, and downloaded from memory (Blob and object URL: no network).
 * Numbers are written plainly (`63`, `2.8`) for spreadsheets and scripts.
 */
import { toIsoDate } from '../shared/calendar.js';
import { round1, type ChartModel } from './model.js';

type Cell = string | number | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is
 * prefixed with an apostrophe.
 */
export function csvCell(value: Cell): string {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, with CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The rows of a chart model: one per answer of a poll, or one per wave of a series. */
export function modelRows(model: ChartModel): Cell[][] {
  if (model.kind === 'poll') {
    const rows: Cell[][] = [['poll_id', 'question_id', 'question', 'answer_id', 'answer', 'kind', 'share_percent']];
    for (const group of model.groups) {
      group.answers.forEach((answer, i) => {
        rows.push([model.id, group.id, group.label, answer.id, answer.label, answer.kind, group.rows[0]?.values[i]]);
      });
    }
    return rows;
  }
  const group = model.groups[0];
  if (!group) return [];
  const rows: Cell[][] = [
    ['series_id', 'wave', 'status', 'sample_size', 'margin_of_error_points', 'margin_of_error_computed', ...group.answers.map((a) => `${a.id}_percent`)],
  ];
  for (const row of group.rows) {
    rows.push([
      model.id,
      row.date ? toIsoDate(row.date) : row.key,
      row.status,
      row.sampleSize,
      row.margin ? round1(row.margin.points) : null,
      row.margin ? String(row.margin.computed) : null,
      ...row.values,
    ]);
  }
  return rows;
}

/** The whole CSV file of a chart model. */
export function modelCsv(model: ChartModel): string {
  return toCsv(modelRows(model));
}

/**
 * Offers `text` as a download named `filename`. A byte-order mark lets
 * spreadsheet programs read French and Russian text as UTF-8.
 */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // Let the download start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
