import { expect } from '@open-wc/testing';
import {
  compareDates,
  daysInMonth,
  fromJulianDayNumber,
  gregorianToJulian,
  isLeapYear,
  isRussianOldStyleEra,
  julianToGregorian,
  parseIsoDate,
  precisionOf,
  toIsoDate,
  toJulianDayNumber,
} from '../src/shared/calendar.js';

describe('calendar', () => {
  describe('parseIsoDate', () => {
    it('reads year, month and day precision', () => {
      expect(parseIsoDate('1812')).to.deep.equal({ year: 1812 });
      expect(parseIsoDate('1812-06')).to.deep.equal({ year: 1812, month: 6 });
      expect(parseIsoDate('1812-06-24')).to.deep.equal({ year: 1812, month: 6, day: 24 });
      expect(precisionOf(parseIsoDate('1812')!)).to.equal('year');
      expect(precisionOf(parseIsoDate('1812-06')!)).to.equal('month');
      expect(precisionOf(parseIsoDate('1812-06-24')!)).to.equal('day');
    });

    it('rejects malformed and impossible dates', () => {
      for (const bad of ['', '812', '1812-6', '1812-13', '1812-00', '1812-06-31', '1900-02-29', '1812-06-24T00:00', 'June 1812']) {
        expect(parseIsoDate(bad), bad).to.equal(undefined);
      }
      expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    });

    it('checks days against the calendar the date is written in', () => {
      // 1700 was a leap year in the Julian calendar only.
      expect(parseIsoDate('1700-02-29')).to.equal(undefined);
      expect(parseIsoDate('1700-02-29', 'julian')).to.deep.equal({ year: 1700, month: 2, day: 29 });
    });

    it('round-trips through toIsoDate', () => {
      for (const iso of ['1668', '1891-08', '1944-12-10']) expect(toIsoDate(parseIsoDate(iso)!)).to.equal(iso);
    });
  });

  it('knows leap years and month lengths in both calendars', () => {
    expect(isLeapYear(1900)).to.equal(false);
    expect(isLeapYear(1900, 'julian')).to.equal(true);
    expect(isLeapYear(2000)).to.equal(true);
    expect(daysInMonth(1800, 2)).to.equal(28);
    expect(daysInMonth(1800, 2, 'julian')).to.equal(29);
    expect(daysInMonth(1812, 9)).to.equal(30);
  });

  describe('Julian ↔ Gregorian', () => {
    // Pairs given by historical sources (Old Style → New Style).
    const pairs: Array<[string, [number, number, number], [number, number, number]]> = [
      ['Borodino', [1812, 8, 26], [1812, 9, 7]],
      ['last Julian day in 1699 → 1700', [1699, 12, 31], [1700, 1, 10]],
      ['Julian leap day 1700', [1700, 2, 29], [1700, 3, 11]],
      ['difference grows to 11 days', [1700, 3, 1], [1700, 3, 12]],
      ['Julian leap day 1800', [1800, 2, 29], [1800, 3, 12]],
      ['difference grows to 13 days', [1900, 3, 1], [1900, 3, 14]],
      ['Bloody Sunday', [1905, 1, 9], [1905, 1, 22]],
      ['October Revolution', [1917, 10, 25], [1917, 11, 7]],
      ['last Julian day in Russia', [1918, 1, 31], [1918, 2, 13]],
    ];
    const day = ([year, month, d]: [number, number, number]) => ({ year, month, day: d });

    for (const [label, julian, gregorian] of pairs) {
      it(`converts ${label}`, () => {
        expect(julianToGregorian(day(julian))).to.deep.equal(day(gregorian));
        expect(gregorianToJulian(day(gregorian))).to.deep.equal(day(julian));
      });
    }

    it('round-trips every day from 1700 to 1918 with the right offset', () => {
      const start = toJulianDayNumber({ year: 1700, month: 1, day: 1 }, 'gregorian');
      const end = toJulianDayNumber({ year: 1918, month: 12, day: 31 }, 'gregorian');
      const offsets = new Set<number>();
      let mismatches = 0;
      for (let jdn = start; jdn <= end; jdn++) {
        const g = fromJulianDayNumber(jdn, 'gregorian');
        const back = julianToGregorian(gregorianToJulian(g));
        if (back.year !== g.year || back.month !== g.month || back.day !== g.day) mismatches += 1;
        // A Julian date read as if it were Gregorian lags by 10 to 13 days in this span.
        offsets.add(jdn - toJulianDayNumber(gregorianToJulian(g), 'gregorian'));
      }
      expect(mismatches).to.equal(0);
      expect([...offsets].sort()).to.deep.equal([10, 11, 12, 13]);
    });

    it('knows when Russia switched calendars', () => {
      expect(isRussianOldStyleEra({ year: 1918, month: 2, day: 13 })).to.equal(true);
      expect(isRussianOldStyleEra({ year: 1918, month: 2, day: 14 })).to.equal(false);
      expect(isRussianOldStyleEra({ year: 1812, month: 9, day: 7 })).to.equal(true);
    });
  });

  it('orders partial dates by their first day', () => {
    const sorted = ['1812-09-07', '1812', '1811-12', '1812-06'].map((d) => parseIsoDate(d)!).sort(compareDates);
    expect(sorted.map(toIsoDate)).to.deep.equal(['1811-12', '1812', '1812-06', '1812-09-07']);
  });
});
