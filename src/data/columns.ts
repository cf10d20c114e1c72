/**
 * Records stored as columns: how the generator writes the timeline index
 * (scripts/data/generate.mjs, `toColumns`), because gzip packs a column of
 * dates, or of titles, tighter than the same values interleaved record by
 * record (1.4 kB less for the 243 events, in each language).
 *
 * Each column is one field of every record, in record order, `null` where a
 * record lacks it; a column named `field.locale` holds localized text and
 * comes back as `{ [locale]: text }`. The record's own `id` column keeps each
 * text with its record: the columns are written together, by one walk over
 * the records, and read back here. An id that ends with its record's year is
 * stored with `~` in its place ("tilsit-peace~" for "tilsit-peace-1807").
 */
import type { Fragment } from './types.js';

export type Columns = Readonly<Record<string, readonly unknown[]>>;

/** The records of `columns`, each with its non-null fields. */
export function fromColumns(columns: Columns): Record<string, unknown>[] {
  const fields = Object.entries(columns).map(([name, values]) => {
    const [field, locale] = name.split('.') as [string, string | undefined];
    return { field, locale, values };
  });
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < (columns['id']?.length ?? 0); i++) {
    const record: Record<string, unknown> = {};
    for (const { field, locale, values } of fields) {
      const value = values[i];
      if (value !== null && value !== undefined) record[field] = locale ? { [locale]: value } : value;
    }
    // "tilsit-peace~" stands for the id ending with the record's year, "tilsit-peace-1807".
    const id = record['id'];
    if (typeof id === 'string' && id.endsWith('~')) record['id'] = `${id.slice(0, -1)}-${String(record['date']).slice(0, 4)}`;
    records.push(record);
  }
  return records;
}

/** A generated module's fragment with its lists stored as columns (`columns`) expanded into records. */
export function expandColumns(stored: Fragment): Fragment {
  if (!stored.columns) return stored;
  const { columns, ...fragment } = stored;
  return { ...fragment, ...Object.fromEntries(Object.entries(columns).map(([key, list]) => [key, fromColumns(list)])) };
}
