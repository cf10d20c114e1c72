/**
 * Pure calendar arithmetic: ISO partial dates and Julian ↔ Gregorian conversion.
 *
 * The dataset stores every date in the Gregorian calendar (New Style) as an ISO
 * string at the precision known ("1812", "1812-06", "1812-06-24"). Russia kept the
 * Julian calendar (Old Style) until 31 January 1918 (Julian), which was followed
 * by 14 February 1918 (Gregorian); Russian-side sources before then give Old
 * Style dates, so the elements can show both.
 *
 * Conversion goes through the Julian Day Number, which is exact for any date
 * after 4713 BC in either calendar; we only rely on it for the 1600s–1918.
 */

/** How precisely a date is known. */
export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
}

/** A date known to the day. */
export interface DayDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type CalendarSystem = 'gregorian' | 'julian';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `year` is a leap year in the given calendar. */
export function isLeapYear(year: number, calendar: CalendarSystem = 'gregorian'): boolean {
  if (calendar === 'julian') return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year, in the given calendar. */
export function daysInMonth(year: number, month: number, calendar: CalendarSystem = 'gregorian'): number {
  if (month === 2) return isLeapYear(year, calendar) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a {@link PartialDate}, checking
 * that the month and day exist in `calendar`. Returns `undefined` for anything else.
 */
export function parseIsoDate(iso: string, calendar: CalendarSystem = 'gregorian'): PartialDate | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month, calendar)) return undefined;
  return { year, month, day };
}

/** The precision a partial date carries. */
export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  return date.month !== undefined ? 'month' : 'year';
}

/** Formats a partial date back to its ISO string ("1812", "1812-06", "1812-06-24"). */
export function toIsoDate(date: PartialDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  let out = pad(date.year, 4);
  if (date.month !== undefined) out += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) out += `-${pad(date.day)}`;
  return out;
}

/** Julian Day Number of a date in the given calendar (Fliegel–Van Flandern). */
export function toJulianDayNumber(date: DayDate, calendar: CalendarSystem): number {
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  const base = date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return calendar === 'gregorian'
    ? base - Math.floor(y / 100) + Math.floor(y / 400) - 32045
    : base - 32083;
}

/** The date in the given calendar that falls on Julian Day Number `jdn`. */
export function fromJulianDayNumber(jdn: number, calendar: CalendarSystem): DayDate {
  let b = 0;
  let c: number;
  if (calendar === 'gregorian') {
    const a = jdn + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * b) / 4);
  } else {
    c = jdn + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Converts a Julian (Old Style) date to the Gregorian (New Style) one. */
export function julianToGregorian(date: DayDate): DayDate {
  return fromJulianDayNumber(toJulianDayNumber(date, 'julian'), 'gregorian');
}

/** Converts a Gregorian (New Style) date to the Julian (Old Style) one. */
export function gregorianToJulian(date: DayDate): DayDate {
  return fromJulianDayNumber(toJulianDayNumber(date, 'gregorian'), 'julian');
}

/** 14 February 1918 (Gregorian): the first day Soviet Russia counted in the Gregorian calendar. */
export const RUSSIA_GREGORIAN_SINCE: DayDate = { year: 1918, month: 2, day: 14 };

/**
 * Whether a Gregorian date falls while Russia still used the Julian calendar,
 * i.e. before 14 February 1918 (New Style) = 1 February 1918 (Old Style).
 */
export function isRussianOldStyleEra(date: DayDate): boolean {
  return (
    toJulianDayNumber(date, 'gregorian') < toJulianDayNumber(RUSSIA_GREGORIAN_SINCE, 'gregorian')
  );
}

/** Whether a partial date is known to the day. */
export function isDayDate(date: PartialDate): date is DayDate {
  return date.month !== undefined && date.day !== undefined;
}

/** Orders two partial dates by their first possible day (for sorting). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}
