/** Each year's non-working days: the decreed list shipped in `data/`, else date-holidays with a warning. */
import { createRequire } from 'node:module';
import { readPackageJson } from '../data.js';
import { deepFrozen } from '../frozen.js';
import { effectiveYearList, WorkingCalendar, type CalendarOverrides, type NonWorkingDay } from '../domain/calendar.js';

export interface DecreedYear {
  year: number;
  decree: string;
  amendedBy: string[];
  /** What the decree leaves to a later decision, and how the office records it. */
  note?: string;
  days: NonWorkingDay[];
}

// Both lists are the same for a year all the process long: read or computed once, and frozen, since
// every caller shares them (the public status page asks for them with each request).
const decreed = new Map<number, DecreedYear | undefined>();
const computed = new Map<number, NonWorkingDay[]>();

/** The decreed list shipped for a year, if any. */
export function decreedYear(year: number): DecreedYear | undefined {
  if (!decreed.has(year)) {
    const doc = readPackageJson<DecreedYear>(`data/holidays/${year}.json`);
    decreed.set(year, doc && deepFrozen(doc));
  }
  return decreed.get(year);
}

/**
 * Public holidays computed by date-holidays (country ID), date part only. It has no cuti bersama
 * and may be a day off for Islamic holidays, hence only for years without a decreed list.
 */
export function computedYear(year: number): NonWorkingDay[] {
  const known = computed.get(year);
  if (known) return known;
  // Loaded only here, synchronously, because importing it costs ~0.2 s that no decreed year should pay.
  const require = createRequire(import.meta.url);
  const Holidays = require('date-holidays') as new (
    country: string,
    opts: { languages: string[] },
  ) => {
    getHolidays(year: number): { date: string; name: string; type: string }[];
  };
  const seen = new Set<string>();
  const out: NonWorkingDay[] = [];
  for (const h of new Holidays('ID', { languages: ['id'] }).getHolidays(year)) {
    const date = h.date.slice(0, 10);
    if (h.type !== 'public' || seen.has(date)) continue;
    seen.add(date);
    out.push({ date, name: h.name, kind: 'computed' });
  }
  computed.set(year, deepFrozen(out));
  return out;
}

/** The office's working-day calendar; `onComputed` is told once per year that had no decreed list. */
export function officeCalendar(overrides: CalendarOverrides, onComputed: (year: number) => void): WorkingCalendar {
  return new WorkingCalendar((year) => yearList(year, overrides, onComputed));
}

/** The effective non-working days of one year for this office. */
export function yearList(year: number, overrides: CalendarOverrides, onComputed: (year: number) => void): NonWorkingDay[] {
  const decreed = decreedYear(year);
  if (decreed) return effectiveYearList(year, { decreed: decreed.days }, overrides);
  onComputed(year);
  return effectiveYearList(year, { computed: computedYear(year) }, overrides);
}
