/**
 * Locale-aware formatting of dates, numbers and percentages, all through `Intl`.
 * Formatters are cached per locale and options: constructing `Intl` objects is
 * the expensive part, and a timeline formats hundreds of dates.
 */
import {
  gregorianToJulian,
  isDayDate,
  precisionOf,
  type DayDate,
  type PartialDate,
} from '../shared/calendar.js';
import { DEFAULT_TAGS } from '../shared/locales.js';
import type { DATE_NAMES } from './date-names.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    // UTC both ways: a date is a calendar day, not an instant, and must not
    // shift with the reader's time zone.
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A UTC instant on the given calendar day (proleptic Gregorian, as `Intl` expects). */
function toUtc(date: PartialDate): Date {
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return instant;
}

const OPTIONS_BY_PRECISION = {
  year: { year: 'numeric' },
  // Month with year uses the stand-alone month name ("январь 1812 г.", nominative).
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The words Intl writes in dates, by tag, for the tags given to `knowDateNames`. */
let dateNames: typeof DATE_NAMES = {};

/**
 * Lets `formatDate` write dates in these tags without Intl: a page's first Intl
 * formatter costs 20–40 ms while ICU loads its data. The timeline registers
 * the default tags' names (date-names.ts, taken from Intl at build time), so a
 * timeline of the bundled events draws its dates without one; other elements
 * start Intl anyway (numbers, percentages) and leave these bytes out.
 */
export function knowDateNames(names: typeof DATE_NAMES): void {
  dateNames = { ...dateNames, ...names };
}

/**
 * Formats a Gregorian date at the precision it carries:
 * "1812", "June 1812" / "juin 1812" / "июнь 1812 г.", "24 June 1812".
 */
export function formatDate(date: PartialDate, tag: string): string {
  const precision = precisionOf(date);
  const names = dateNames[tag];
  if (names && date.year >= 1000 && date.year <= 9999) {
    return names[precision].replace(/\{([dMGy])\}/g, (_, part: string) =>
      part === 'd' ? String(date.day) : part === 'y' ? String(date.year) : (part === 'M' ? names.months : names.genitive!).split(',')[date.month! - 1]!,
    );
  }
  return dateFormat(tag, OPTIONS_BY_PRECISION[precision]).format(toUtc(date));
}

/**
 * Formats a Gregorian day with its Julian (Old Style) equivalent:
 * "24 June (12 June O.S.) 1812", "24 juin (12 juin a. s.) 1812",
 * "24 июня (12 июня ст. ст.) 1812 г.". When the two fall in different years the
 * whole Old Style date follows: "11 January 1700 (31 December 1699 O.S.)".
 *
 * @param julian the Old Style date as the sources give it; computed when omitted.
 * @param oldStyle the locale's Old Style marker (`UiStrings.oldStyle`).
 */
export function formatDualDate(
  gregorian: DayDate,
  tag: string,
  oldStyle: string,
  julian: DayDate = gregorianToJulian(gregorian),
): string {
  const full = dateFormat(tag, OPTIONS_BY_PRECISION.day);
  if (julian.year !== gregorian.year) {
    return `${full.format(toUtc(gregorian))} (${full.format(toUtc(julian))} ${oldStyle})`;
  }
  const dayMonth = dateFormat(tag, { month: 'long', day: 'numeric' }).format(toUtc(julian));
  const parts = full.formatToParts(toUtc(gregorian));
  const yearAt = parts.findIndex((part) => part.type === 'year');
  // Insert the Old Style day before the separator that precedes the year, so the
  // result follows the locale's own order ("June 24 (June 12 O.S.), 1812" in en-US).
  const cut = yearAt > 0 && parts[yearAt - 1]?.type === 'literal' ? yearAt - 1 : yearAt;
  const text = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  return `${text(0, cut)} (${dayMonth} ${oldStyle})${text(cut)}`;
}

/** Formats a date at its precision, adding the Old Style date when asked and known to the day. */
export function formatDateWithCalendar(
  date: PartialDate,
  tag: string,
  options: { dual: boolean; oldStyle: string; julian?: DayDate },
): string {
  if (options.dual && isDayDate(date)) {
    return formatDualDate(date, tag, options.oldStyle, options.julian);
  }
  return formatDate(date, tag);
}

/** Formats a number for the locale ("1 000" in French, "1,000" in English). */
export function formatNumber(value: number, tag: string, options: Intl.NumberFormatOptions = {}): string {
  // Below 1,000 a whole number is its digits in the default tags of every language we speak: no Intl to start.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && DEFAULT_TAGS.includes(tag) && Object.keys(options).length === 0) return String(value);
  return numberFormat(tag, options).format(value);
}

/** `text` with each run of digits in it formatted for `tag` ("10000 events" → "10 000 événements"). */
export function formatNumbersIn(text: string, tag: string): string {
  return text.replace(/\d+/g, (digits) => formatNumber(Number(digits), tag));
}

/**
 * Formats a share given in percent (63 → "63%", "63 %" in French and Russian),
 * with at most `fractionDigits` decimals.
 */
export function formatPercent(percent: number, tag: string, fractionDigits = 1): string {
  return numberFormat(tag, { style: 'percent', maximumFractionDigits: fractionDigits }).format(
    percent / 100,
  );
}
