/**
 * The CSV download, for charts that offer it (`downloadable`) only: its code
 * (csv.ts) is a chunk of its own, fetched when such a chart is drawn, so a
 * page whose charts offer no download never fetches it.
 */
import { cdnChunk, importAgain } from '../shared/import-again.js';
import type { ChartModel } from './model.js';

let csv: Promise<typeof import('./csv.js')> | undefined;

/** Starts loading the CSV code, once (and again after a failure, under a new URL in the script-tag build). */
export function loadCsv(): Promise<typeof import('./csv.js')> {
  if (!csv) {
    csv = importAgain(cdnChunk('csv.js'), () => import('./csv.js'));
    csv.catch(() => (csv = undefined));
  }
  return csv;
}

/** Offers `model` as a CSV file, once its code is here; warns when that code cannot load. */
export async function downloadCsv(model: ChartModel): Promise<void> {
  try {
    const { downloadText, modelCsv } = await loadCsv();
    downloadText(`${model.id}.csv`, modelCsv(model));
  } catch (error) {
    console.warn(`<opinion-poll-chart>: the CSV download could not load (${String(error)}). Host the files of dist/cdn/chunks/ beside the script.`);
  }
}
