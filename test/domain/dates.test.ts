import { describe, expect, it } from 'vitest';
import { addMonths, parseDate } from '../../src/domain/dates.js';
import { parseDateMaybeTime, parseInstant } from '../../src/domain/instants.js';
import { formatDateId, formatDayDateId } from '../../src/domain/indonesian.js';
import { formatDateEn, formatDayDateEn } from '../../src/domain/english-dates.js';
import { formatNumber, patternProblems } from '../../src/domain/numbering.js';

describe('civil dates', () => {
  it.each([
    ['2026-02-28', '2026-02-28'],
    ['2026-02-29', undefined],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-30', undefined],
    ['2026-13-01', undefined],
    ['26-01-01', undefined],
    ['2026-1-1', undefined],
  ])('parseDate(%s) → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([
    ['2026-03-21', 12, '2027-03-21'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('addMonths(%s, %i) → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('instants', () => {
  it.each([
    ['2026-03-16T09:00+07:00', Date.UTC(2026, 2, 16, 2, 0)],
    ['2026-03-16T09:00', Date.UTC(2026, 2, 16, 2, 0)],
    ['2026-03-16 09:00', Date.UTC(2026, 2, 16, 2, 0)],
    ['2026-03-16T02:00:00Z', Date.UTC(2026, 2, 16, 2, 0)],
    ['2026-03-16T09:00:30.5+07:00', Date.UTC(2026, 2, 16, 2, 0, 30, 500)],
    ['2026-02-30T09:00', undefined],
    ['2026-03-16T24:00', undefined],
    ['tomorrow', undefined],
  ])('parseInstant(%s)', (text, expected) => {
    expect(parseInstant(text, 'Asia/Jakarta')).toBe(expected);
  });

  it.each([
    ['2026-04-10', { date: '2026-04-10' }],
    ['2026-04-10T09:00', { date: '2026-04-10', time: '09:00' }],
    ['2026-04-31', undefined],
    ['2026-04-10T9:00', undefined],
  ])('parseDateMaybeTime(%s)', (text, expected) => {
    expect(parseDateMaybeTime(text)).toEqual(expected);
  });
});

describe('Indonesian dates and counts', () => {
  it.each([
    ['2026-03-31', '31 Maret 2026'],
    ['2026-11-25', '25 November 2026'],
    ['2026-01-01', '1 Januari 2026'],
  ])('formatDateId(%s) → %s', (date, expected) => {
    expect(formatDateId(date)).toBe(expected);
  });

  it('names the day', () => {
    expect(formatDayDateId('2026-03-27')).toBe('Jumat, 27 Maret 2026');
  });
});

describe('letter number patterns', () => {
  it.each([
    ['B-{seq}/JP.01/{MM}/{YYYY}', 7, '2026-05-04', 'B-7/JP.01/05/2026'],
    ['{seq:4}/AG/{YYYY}', 42, '2026-05-04', '0042/AG/2026'],
    ['{YYYY}.{MM}.{DD}-{seq}', 3, '2026-12-01', '2026.12.01-3'],
  ])('%s with %i on %s → %s', (pattern, seq, date, expected) => {
    expect(formatNumber(pattern, seq, date)).toBe(expected);
  });

  it.each([
    ['B-{seq}/JP.01/{MM}/{YYYY}', []],
    ['B-{nomor}/{YYYY}', ['{nomor}', '{seq}']],
    ['{seq}/{unit}', ['{unit}']],
  ])('problems of %s', (pattern, expected) => {
    expect(patternProblems(pattern)).toEqual(expected);
  });
});

describe('time zones: the fixed Indonesian offsets agree with Intl', () => {
  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak'])('%s', async (zone) => {
    const { zonedParts, offsetMinutes } = await import('../../src/domain/timezone.js');
    const f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    for (const ms of [Date.UTC(2025, 0, 1, 0, 0), Date.UTC(2026, 2, 21, 16, 59, 59), Date.UTC(2026, 11, 31, 23, 30)]) {
      const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      const { date, msOfDay } = zonedParts(ms, zone);
      expect(date).toBe(`${p.year}-${p.month}-${p.day}`);
      expect(msOfDay).toBe((Number(p.hour) * 3600 + Number(p.minute) * 60 + Number(p.second)) * 1000);
      expect(offsetMinutes(ms, zone) % 60).toBe(0);
    }
  });
});

describe('dates in English words (LOKET_LANG=en, the English public page)', () => {
  it.each([
    ['2026-03-17', '17 March 2026', 'Tuesday, 17 March 2026'],
    ['2027-01-01', '1 January 2027', 'Friday, 1 January 2027'],
    ['2026-12-31', '31 December 2026', 'Thursday, 31 December 2026'],
  ])('%s → %s / %s', (date, plain, withDay) => {
    expect(formatDateEn(date)).toBe(plain);
    expect(formatDayDateEn(date)).toBe(withDay);
  });
});
