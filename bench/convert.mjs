/**
 * Converters from our dataset schema (data/schema/) to the input formats of the
 * other contenders, in English: TimelineJS3 JSON, vis-timeline items, Chart.js
 * chart configs. Pure functions, tested in test/convert.test.mjs.
 */

/** `"1812"`, `"1812-06"`, `"1812-06-24"` -> `{ year, month?, day? }`. */
export function parseDate(date) {
  const match = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) throw new Error(`not a date in our schema: ${date}`);
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

/** A date in our schema as a full ISO day (`"1812"` -> `"1812-01-01"`), for vis-timeline. */
export function isoDay(date, { end = false } = {}) {
  const { year, month, day } = parseDate(date);
  const y = String(year).padStart(4, '0');
  if (month === undefined) return end ? `${y}-12-31` : `${y}-01-01`;
  const m = String(month).padStart(2, '0');
  if (day !== undefined) return `${y}-${m}-${String(day).padStart(2, '0')}`;
  if (!end) return `${y}-${m}-01`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

const en = (text) => (typeof text === 'string' ? text : (text?.en ?? ''));

/** Folds text the way our search does: lower case, no diacritics. */
export function foldText(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an event's English title or summary contains every word of `query` (folded). */
export function matchesQuery(event, query) {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const text = foldText(`${en(event.title)}\n${en(event.summary)}`);
  return words.every((word) => text.includes(word));
}

/**
 * Eras as spans: each starts at its `start` (an ISO date of any precision)
 * and ends where the next begins; the last one runs to today.
 */
export function eraSpans(eras) {
  const sorted = [...eras].sort((a, b) => isoDay(a.start).localeCompare(isoDay(b.start)));
  const today = new Date().toISOString().slice(0, 10);
  return sorted.map((era, i) => ({ era, start: String(era.start), end: String(sorted[i + 1]?.start ?? today) }));
}

/**
 * Our events (and eras) as a TimelineJS3 JSON document: one slide per event
 * (headline = title, text = summary), eras as TimelineJS eras.
 */
export function toTimelineJS(events, eras = []) {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: parseDate(e.date),
      ...(e.end ? { end_date: parseDate(e.end) } : {}),
      text: { headline: en(e.title), text: en(e.summary) },
    })),
    eras: eraSpans(eras).map(({ era, start, end }) => ({
      start_date: parseDate(start),
      end_date: parseDate(end),
      text: { headline: en(era.name) },
    })),
  };
}

/**
 * Our events (and eras) as vis-timeline items: a box (or range, when the event
 * lasted) per event with the title as content and the summary as tooltip; eras
 * as background items.
 */
export function toVisItems(events, eras = []) {
  return [
    ...eraSpans(eras).map(({ era, start, end }) => ({
      id: `era:${era.id}`,
      type: 'background',
      content: en(era.name),
      start: isoDay(start),
      end: isoDay(end),
    })),
    ...events.map((e) => ({
      id: e.id,
      content: en(e.title),
      title: en(e.summary),
      start: isoDay(e.date),
      ...(e.end ? { end: isoDay(e.end, { end: true }), type: 'range' } : {}),
      className: e.category,
    })),
  ];
}

/**
 * A poll (data/polls.json) or a poll series (data/poll-series.json) as a
 * Chart.js config with Chart.js defaults: a series is a line chart of every
 * answer across its waves; a poll a bar chart of its first question.
 */
export function toChartJs(record) {
  if (Array.isArray(record.waves)) {
    return {
      type: 'line',
      data: {
        labels: record.waves.map((w) => w.date),
        datasets: record.answers.map((answer) => ({
          label: en(answer.label),
          data: record.waves.map((w) => w.shares?.[answer.id] ?? null),
        })),
      },
      options: { plugins: { title: { display: true, text: en(record.title) } } },
    };
  }
  const question = record.questions?.[0];
  if (!question) throw new Error(`poll ${record.id} has no question`);
  return {
    type: 'bar',
    data: {
      labels: question.answers.map((a) => en(a.label)),
      datasets: [{ label: en(question.label), data: question.answers.map((a) => a.share) }],
    },
    options: { plugins: { title: { display: true, text: en(record.title) } } },
  };
}
