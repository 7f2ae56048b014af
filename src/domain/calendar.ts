/** Working days: Monday to Friday, except the non-working days a year's list names. */
import { addDays, compareIso, daysBetween, weekday, yearOf } from './dates.js';

export type DayKind = 'national' | 'cuti-bersama' | 'local' | 'computed';

export interface NonWorkingDay {
  date: string;
  name: string;
  kind: DayKind;
  /** A decreed date confirmed later by a separate decree (Idulfitri, Iduladha): it may still move. */
  provisional?: boolean;
}

/** Local changes to a year's list, kept in the office configuration. */
export interface CalendarOverrides {
  closures: { date: string; name: string }[];
  openings: { date: string }[];
}

/** Where a year's non-working days come from: the decreed list if one ships, else a computed one. */
export interface YearSource {
  decreed?: NonWorkingDay[];
  computed?: NonWorkingDay[];
}

/**
 * The effective list of one year: decreed (or, failing that, computed) days, plus local closures,
 * minus days a later decision opened again. Sorted by date.
 */
export function effectiveYearList(year: number, source: YearSource, overrides: CalendarOverrides): NonWorkingDay[] {
  const base = source.decreed ?? (source.computed ?? []).map((d) => ({ ...d, kind: 'computed' as const }));
  const opened = new Set(overrides.openings.map((o) => o.date));
  const byDate = new Map<string, NonWorkingDay>();
  for (const d of base) if (yearOf(d.date) === year && !byDate.has(d.date)) byDate.set(d.date, d);
  for (const c of overrides.closures) {
    if (yearOf(c.date) === year) byDate.set(c.date, { date: c.date, name: c.name, kind: 'local' });
  }
  return [...byDate.values()].filter((d) => !opened.has(d.date)).sort((a, b) => compareIso(a.date, b.date));
}

/** Monday-to-Friday days from a fixed Monday (1970-01-05) up to and including `date`. */
function weekdaysUpTo(date: string): number {
  const days = daysBetween('1970-01-05', date);
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7 + 1, 5);
}

/** How many of the sorted dates are on or before `date` (binary search). */
function countUpTo(sorted: string[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a date falls on Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** A working-day calendar over a function that yields each year's non-working days. */
export class WorkingCalendar {
  private readonly years = new Map<number, Map<string, NonWorkingDay>>();
  private readonly sortedWeekdayHolidays = new Map<number, string[]>();
  constructor(private readonly yearList: (year: number) => NonWorkingDay[]) {}

  /** The holiday or closure on a date, if any (weekends are not listed here). */
  holiday(date: string): NonWorkingDay | undefined {
    const year = yearOf(date);
    let map = this.years.get(year);
    if (!map) {
      map = new Map(this.yearList(year).map((d) => [d.date, d]));
      this.years.set(year, map);
    }
    return map.get(date);
  }

  /** Monday to Friday and not on the year's list. */
  isWorkingDay(date: string): boolean {
    return !isWeekend(date) && this.holiday(date) === undefined;
  }

  /** The N-th working day after `date` (the receipt day is day 0, whatever kind of day it is). */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0: ${n}`);
    let d = date;
    for (let counted = 0; counted < n;) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) counted++;
    }
    return d;
  }

  /** Working days in (from, to]: how many working days pass from one date to a later one; negative when earlier. */
  workingDaysBetween(from: string, to: string): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    // Weekdays by arithmetic, less the listed days that fall on weekdays: the report runs this for
    // every overdue case, and a day-by-day walk over months of lateness was the slowest part of it.
    let n = weekdaysUpTo(to) - weekdaysUpTo(from);
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      const days = this.weekdayHolidays(year);
      n -= countUpTo(days, to) - countUpTo(days, from);
    }
    return n;
  }

  /** The year's listed days that fall on Monday to Friday, sorted. */
  private weekdayHolidays(year: number): string[] {
    let days = this.sortedWeekdayHolidays.get(year);
    if (!days) {
      this.holiday(`${year}-01-01`);
      days = [...this.years.get(year)!.keys()].filter((d) => !isWeekend(d)).sort(compareIso);
      this.sortedWeekdayHolidays.set(year, days);
    }
    return days;
  }

  /** `date` itself when it is a working day, else the next working day. */
  onOrAfter(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
}
