import type { HistoryEvent } from '../data/types.js';
import { DATE_NAMES } from '../i18n/date-names.js';
import { formatDate, formatDualDate, knowDateNames } from '../i18n/format.js';
import { isDayDate, toIsoDate, type DayDate, type PartialDate } from '../shared/calendar.js';

// The first render of a bundled timeline then starts no Intl formatter (see knowDateNames).
knowDateNames(DATE_NAMES);

function one(date: PartialDate, julian: DayDate | undefined, tag: string, dual: boolean, oldStyle: string): string {
  return dual && julian && isDayDate(date) ? formatDualDate(date, tag, oldStyle, julian) : formatDate(date, tag);
}

/**
 * An event's date as readers see it, at its precision, with its end if it
 * lasted and, in dual mode, the Old Style date the sources give.
 */
export function eventDateText(event: HistoryEvent, tag: string, dual: boolean, oldStyle: string): string {
  const start = one(event.date, event.julian, tag, dual, oldStyle);
  if (!event.end) return start;
  return `${start} – ${one(event.end, event.julianEnd, tag, dual, oldStyle)}`;
}

/** The machine-readable `datetime` of an event's `<time>`. */
export function eventDateTime(event: HistoryEvent): string {
  return toIsoDate(event.date);
}
