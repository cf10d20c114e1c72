/**
 * Coverage of the dataset over time, as pure functions for `npm run data:stats`
 * (and anything else that wants them). Dates are the ISO strings of data/*.json.
 */

const yearOf = (iso) => Number(String(iso).slice(0, 4));

/**
 * Events per decade, from the decade of the earliest event to the current
 * decade, empty decades included: [[1660, 1], [1670, 0], …, [2020, 14]].
 * `now` is injectable for tests.
 */
export function eventsPerDecade(events, now = new Date()) {
  if (events.length === 0) return [];
  const decadeOf = (year) => Math.floor(year / 10) * 10;
  const counts = new Map();
  for (const e of events) {
    const decade = decadeOf(yearOf(e.date));
    counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  const first = Math.min(...counts.keys());
  const last = Math.max(decadeOf(now.getUTCFullYear()), ...counts.keys());
  const rows = [];
  for (let decade = first; decade <= last; decade += 10) rows.push([decade, counts.get(decade) ?? 0]);
  return rows;
}

/**
 * Events per era under the era model of data/README.md: an era runs from its
 * `start` (an ISO date) to the next era's start, excluded; ISO strings of
 * different precision compare by their padded form ("1812" is 1812-01-01).
 * Returns [[era, count], …] in the order of `eras`.
 */
export function eventsPerEra(events, eras) {
  const pad = (iso) => (String(iso) + '-01-01').slice(0, 10);
  const sorted = [...eras].sort((a, b) => (pad(a.start) < pad(b.start) ? -1 : 1));
  const counts = new Map(eras.map((era) => [era.id, 0]));
  for (const e of events) {
    const era = sorted.findLast((candidate) => pad(candidate.start) <= pad(e.date));
    if (era) counts.set(era.id, counts.get(era.id) + 1);
  }
  return eras.map((era) => [era, counts.get(era.id)]);
}
