/** Office hours: a weekly schedule of intervals in the office time zone, counted only on working days. */
import { addDays, weekday } from './dates.js';
import type { WorkingCalendar } from './calendar.js';
import { zonedParts, zonedToInstant } from './timezone.js';

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** Intervals per weekday as `HH:MM-HH:MM` strings, e.g. `{ mon: ['07:30-12:00', '13:00-16:00'] }`. */
export type WeeklySchedule = Partial<Record<WeekdayKey, string[]>>;

const INTERVAL_RE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses one `HH:MM-HH:MM` interval into milliseconds since midnight, or undefined when malformed or empty. */
export function parseInterval(text: string): [number, number] | undefined {
  const m = INTERVAL_RE.exec(text);
  if (!m) return undefined;
  const start = (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  const end = (Number(m[3]) * 60 + Number(m[4])) * 60_000;
  return end > start && end <= 86_400_000 ? [start, end] : undefined;
}

/** Problems with a schedule (malformed, overlapping or unordered intervals), as readable strings; empty when sound. */
export function scheduleProblems(schedule: WeeklySchedule): string[] {
  const problems: string[] = [];
  for (const [day, intervals] of Object.entries(schedule)) {
    if (!(WEEKDAY_KEYS as readonly string[]).includes(day)) problems.push(day);
    let lastEnd = -1;
    for (const text of intervals ?? []) {
      const iv = parseInterval(text);
      if (!iv || iv[0] < lastEnd) problems.push(`${day} ${text}`);
      else lastEnd = iv[1];
    }
  }
  return problems;
}

export interface OfficeClock {
  calendar: WorkingCalendar;
  schedule: WeeklySchedule;
  timeZone: string;
}

function intervalsOn(date: string, clock: OfficeClock): [number, number][] {
  if (!clock.calendar.isWorkingDay(date)) return [];
  const texts = clock.schedule[WEEKDAY_KEYS[weekday(date)]!] ?? [];
  return texts.map(parseInterval).filter((iv): iv is [number, number] => iv !== undefined);
}

/**
 * The instant `hours` office hours after `startMs`. Only time inside office hours on working days
 * counts; an instant outside them starts at the next opening. Lands on a closing time exactly
 * when the hours run out there.
 */
export function addOfficeHours(startMs: number, hours: number, clock: OfficeClock): number {
  if (!(hours >= 0)) throw new RangeError(`office hours must be >= 0: ${hours}`);
  let remaining = Math.round(hours * 3_600_000);
  let { date, msOfDay: cursor } = zonedParts(startMs, clock.timeZone);
  for (let guard = 0; guard < 3660; guard++) {
    for (const [start, end] of intervalsOn(date, clock)) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      if (remaining <= end - from) return zonedToInstant(date, from + remaining, clock.timeZone);
      remaining -= end - from;
    }
    date = addDays(date, 1);
    cursor = 0;
  }
  throw new RangeError('no office hours within ten years: check the schedule');
}

/** Office time between two instants in milliseconds (negative when `toMs` is earlier). */
export function officeMsBetween(fromMs: number, toMs: number, clock: OfficeClock): number {
  if (toMs < fromMs) return -officeMsBetween(toMs, fromMs, clock);
  const a = zonedParts(fromMs, clock.timeZone);
  const b = zonedParts(toMs, clock.timeZone);
  let total = 0;
  for (let date = a.date; date <= b.date; date = addDays(date, 1)) {
    const lo = date === a.date ? a.msOfDay : 0;
    const hi = date === b.date ? b.msOfDay : 86_400_000;
    for (const [start, end] of intervalsOn(date, clock)) total += Math.max(0, Math.min(end, hi) - Math.max(start, lo));
  }
  return total;
}

/** Whether the office is open at an instant (a working day, inside one of that day's intervals). */
export function isOfficeOpen(ms: number, clock: OfficeClock): boolean {
  const { date, msOfDay } = zonedParts(ms, clock.timeZone);
  return intervalsOn(date, clock).some(([start, end]) => msOfDay >= start && msOfDay < end);
}
