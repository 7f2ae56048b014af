import { describe, expect, it } from 'vitest';
import { effectiveYearList, WorkingCalendar } from '../../src/domain/calendar.js';
import { decreedYear } from '../../src/reference/holidays.js';
import { shippedCalendar } from '../helpers/calendar.js';

describe('shipped decreed lists have exactly the decreed counts', () => {
  it.each([
    [2025, 17, 11],
    [2026, 17, 8],
    [2027, 18, 8],
  ])('%i: %i national days and %i cuti bersama', (year, national, cuti) => {
    const days = decreedYear(year)!.days;
    expect(days.filter((d) => d.kind === 'national')).toHaveLength(national);
    expect(days.filter((d) => d.kind === 'cuti-bersama')).toHaveLength(cuti);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    expect(days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
  });
});

describe('working days', () => {
  const cal = shippedCalendar();
  it.each([
    ['2026-03-16', true, 'ordinary Monday'],
    ['2026-03-18', false, 'cuti bersama Nyepi 2026'],
    ['2026-03-19', false, 'Nyepi 2026'],
    ['2026-03-20', false, 'cuti bersama Idul Fitri 2026'],
    ['2026-03-23', false, 'cuti bersama Idul Fitri 2026 (Monday)'],
    ['2026-03-24', false, 'cuti bersama Idul Fitri 2026 (Tuesday)'],
    ['2026-03-25', true, 'first working day after Idul Fitri 2026'],
    ['2025-03-31', false, 'Idul Fitri 2025, first day (decreed, not date-holidays 30 March)'],
    ['2025-04-01', false, 'Idul Fitri 2025, second day'],
    ['2025-04-07', false, 'cuti bersama Idul Fitri 2025'],
    ['2025-04-08', true, 'back to work after Idul Fitri 2025'],
    ['2025-08-18', false, 'cuti bersama added by the August 2025 amendment'],
    ['2025-08-19', true, 'Tuesday after the amendment day'],
    ['2026-12-24', false, 'cuti bersama Natal 2026'],
    ['2026-12-25', false, 'Natal 2026'],
    ['2026-12-28', true, 'Monday after Natal 2026'],
    ['2026-11-28', false, 'Saturday'],
    ['2026-11-29', false, 'Sunday'],
  ])('%s working: %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });
});

describe('N working days after receipt (receipt day is day 0)', () => {
  const cal = shippedCalendar();
  it.each([
    ['2026-03-13', 5, '2026-03-27', 'Friday before Nyepi and Idul Fitri 2026: seven days off in the way'],
    ['2026-03-17', 5, '2026-03-31', 'Tuesday just before the long break'],
    ['2026-03-21', 5, '2026-03-31', 'received on Idul Fitri Saturday: same as the working day before'],
    ['2026-03-17', 1, '2026-03-25', 'one day across the whole break'],
    ['2025-03-27', 5, '2025-04-14', 'Thursday before Nyepi and Idul Fitri 2025'],
    ['2025-08-14', 2, '2025-08-19', 'across 17 August (Sunday) and the amended 18 August 2025'],
    ['2026-12-22', 5, '2026-12-31', 'across Christmas 2026 (24 cuti bersama, 25 Natal)'],
    ['2026-12-28', 5, '2027-01-06', 'into 2027: 1 January (Tahun Baru) and 5 January (Isra Mikraj 1448) by the 2027 decree'],
    ['2026-11-27', 5, '2026-12-04', 'an ordinary Friday'],
    ['2026-11-28', 5, '2026-12-04', 'received Saturday: same as Friday'],
    ['2026-11-29', 5, '2026-12-04', 'received Sunday: same as Friday'],
    ['2026-11-27', 0, '2026-11-27', 'zero days: the receipt date'],
  ])('%s + %i → %s (%s)', (from, n, due) => {
    expect(cal.addWorkingDays(from, n)).toBe(due);
  });

  it('refuses a negative count', () => {
    expect(() => cal.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
  });
});

describe('working days between two dates', () => {
  const cal = shippedCalendar();
  it.each([
    ['2026-03-13', '2026-03-27', 5],
    ['2026-03-27', '2026-03-13', -5],
    ['2026-11-27', '2026-11-27', 0],
    ['2026-11-27', '2026-11-30', 1],
    ['2026-12-23', '2026-12-28', 1],
  ])('(%s, %s] has %i', (a, b, n) => {
    expect(cal.workingDaysBetween(a, b)).toBe(n);
  });
});

describe('effective year list', () => {
  const decreed = [
    { date: '2026-12-24', name: 'Cuti Bersama Natal', kind: 'cuti-bersama' as const },
    { date: '2026-12-25', name: 'Natal', kind: 'national' as const },
  ];
  it.each([
    ['no overrides', { closures: [], openings: [] }, ['2026-12-24', '2026-12-25']],
    [
      'a local closure is added',
      { closures: [{ date: '2026-12-31', name: 'Tutup' }], openings: [] },
      ['2026-12-24', '2026-12-25', '2026-12-31'],
    ],
    ['an opened day is removed', { closures: [], openings: [{ date: '2026-12-24' }] }, ['2026-12-25']],
    ['another year is ignored', { closures: [{ date: '2027-01-02', name: 'x' }], openings: [] }, ['2026-12-24', '2026-12-25']],
  ])('%s', (_name, overrides, dates) => {
    expect(effectiveYearList(2026, { decreed }, overrides).map((d) => d.date)).toEqual(dates);
  });

  it('marks fallback days as computed', () => {
    const list = effectiveYearList(
      2027,
      { computed: [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'national' }] },
      { closures: [], openings: [] },
    );
    expect(list).toEqual([{ date: '2027-01-01', name: 'Tahun Baru', kind: 'computed' }]);
  });

  it('uses the fallback only for years without a decreed list', () => {
    const computed: number[] = [];
    const cal = shippedCalendar(computed);
    cal.isWorkingDay('2026-06-01');
    cal.isWorkingDay('2025-06-01');
    expect(computed).toEqual([]);
    cal.isWorkingDay('2027-06-01');
    expect(computed).toEqual([]);
    expect(cal.holiday('2028-01-01')).toMatchObject({ kind: 'computed' });
    expect(computed).toEqual([2028]);
  });

  it('a local closure stops a working day counting', () => {
    const cal = new WorkingCalendar((y) =>
      effectiveYearList(y, { decreed: decreedYear(y)?.days ?? [] }, { closures: [{ date: '2026-11-30', name: 'Tutup' }], openings: [] }),
    );
    expect(cal.addWorkingDays('2026-11-27', 1)).toBe('2026-12-01');
  });
});

describe('working days between: arithmetic agrees with counting day by day', () => {
  const cal = shippedCalendar();
  const slow = (a: string, b: string) => {
    let n = 0;
    for (let d = new Date(`${a}T00:00:00Z`); ;) {
      d = new Date(d.getTime() + 86_400_000);
      const iso = d.toISOString().slice(0, 10);
      if (iso > b) return n;
      if (cal.isWorkingDay(iso)) n++;
    }
  };
  it.each([
    ['2025-01-01', '2026-12-31'],
    ['2025-03-28', '2025-04-08'],
    ['2026-02-14', '2026-02-18'],
    ['2026-03-15', '2026-03-29'],
    ['2025-12-24', '2026-01-02'],
    ['2026-11-28', '2026-11-29'],
    ['2026-11-27', '2026-11-28'],
    ['2025-06-01', '2025-06-09'],
  ])('(%s, %s]', (a, b) => {
    expect(cal.workingDaysBetween(a, b)).toBe(slow(a, b));
  });
});

describe('2024 by its decreed list (for agenda books brought in from earlier years)', () => {
  it.each([
    ['2024-04-05', 5, '2024-04-22', 'over Idul Fitri 1445: 8, 9, 12, 15 April cuti bersama, 10–11 April holidays'],
    ['2024-02-07', 2, '2024-02-13', 'Isra Mikraj (8th), cuti bersama Imlek (9th), the weekend'],
    ['2024-12-23', 3, '2024-12-30', 'Christmas and its cuti bersama'],
  ])('%s + %i working days → %s (%s)', (from, n, expected) => {
    const computed: number[] = [];
    expect(shippedCalendar(computed).addWorkingDays(from, n)).toBe(expected);
    expect(computed).toEqual([]);
  });
});

describe('2027 by the decree of 15 September 2026 (SKB 1205/2026, 3/2026, 2/2026)', () => {
  const weekdaysOff = (year: number) =>
    decreedYear(year)!.days.filter((d) => ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()));

  it('19 weekdays are non-working, and Isra Mikraj falls twice under two names', () => {
    expect(weekdaysOff(2027)).toHaveLength(19);
    const isra = decreedYear(2027)!.days.filter((d) => d.name.startsWith('Isra Mikraj'));
    expect(isra.map((d) => [d.date, d.name])).toEqual([
      ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW 1448 Hijriah'],
      ['2027-12-26', 'Isra Mikraj Nabi Muhammad SAW 1449 Hijriah'],
    ]);
  });

  it('Idulfitri and Iduladha, and their cuti bersama, are marked as still to be confirmed; nothing else is', () => {
    const provisional = decreedYear(2027)!
      .days.filter((d) => d.provisional)
      .map((d) => d.date);
    expect(provisional).toEqual(['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-15', '2027-05-17', '2027-05-18']);
  });

  const cal = shippedCalendar();
  it.each([
    ['2027-03-09', false, 'cuti bersama Idulfitri, the day after Nyepi'],
    ['2027-03-10', false, 'Idulfitri 1448 (decreed; date-holidays says 9 March)'],
    ['2027-03-12', false, 'cuti bersama Idulfitri (Friday)'],
    ['2027-03-15', false, 'cuti bersama Idulfitri (Monday)'],
    ['2027-03-16', true, 'back to work after Idulfitri'],
    ['2027-03-25', false, 'cuti bersama before Wafat Yesus Kristus'],
    ['2027-05-07', true, 'the Friday after Kenaikan: no cuti bersama in 2027'],
    ['2027-05-19', false, 'cuti bersama Waisak, between Iduladha and Waisak'],
    ['2027-05-21', true, 'Friday after Waisak'],
    ['2027-12-24', false, 'cuti bersama Natal'],
    ['2027-12-27', true, 'Monday after Natal and Isra Mikraj 1449 (both on the weekend)'],
  ])('%s working: %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2027-03-05', 5, '2027-03-22', 'Friday before Nyepi and Idulfitri: 8–12 and 15 March off (date-holidays gave 17 March)'],
    ['2027-03-01', 5, '2027-03-16', 'Monday: four days, then the six days off, then Tuesday 16 March'],
    ['2027-03-22', 5, '2027-03-31', 'across the cuti bersama of 25 March and Wafat Yesus Kristus on 26 March'],
    ['2027-05-14', 5, '2027-05-27', 'Friday before Iduladha, its cuti bersama, the Waisak cuti bersama and Waisak (17–20 May)'],
    ['2027-05-05', 1, '2027-05-07', 'Kenaikan on Thursday 6 May; Friday is a working day'],
    ['2027-02-04', 2, '2027-02-09', 'cuti bersama Imlek on Friday 5 February (Imlek itself on Saturday)'],
    ['2027-08-16', 1, '2027-08-18', 'across 17 August'],
    ['2027-12-22', 5, '2027-12-30', 'across the cuti bersama of 24 December'],
  ])('%s + %i working days → %s (%s)', (from, n, expected) => {
    const computed: number[] = [];
    expect(shippedCalendar(computed).addWorkingDays(from, n)).toBe(expected);
    expect(computed).toEqual([]);
  });
});
