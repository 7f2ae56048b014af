/** The schedule of an approved request: taken from the request when not given, and checked against the calendar. */
import type { WorkingCalendar } from './calendar.js';
import type { Case } from './model.js';
import { localDate, zonedToInstant } from './timezone.js';

/** The event's date and time as the request gave them, as an instant (undefined without both). */
export function requestedSchedule(c: Pick<Case, 'event'>, timeZone: string): number | undefined {
  const { date, time } = c.event ?? {};
  const m = /^(\d{2}):(\d{2})$/.exec(time ?? '');
  if (!date || !m) return undefined;
  return zonedToInstant(date, (Number(m[1]) * 60 + Number(m[2])) * 60_000, timeZone);
}

export interface ScheduleFindings {
  /** Before now: refused. */
  past: boolean;
  /** On a day the office does not work (weekend, holiday, cuti bersama): accepted with a warning. */
  nonWorking: boolean;
  /** On another day than the request asked for: accepted with a warning. */
  otherDay: boolean;
}

/** What is notable about a schedule, for the refusal or the warnings. */
export function checkSchedule(
  scheduleMs: number,
  c: Pick<Case, 'event'>,
  at: { nowMs: number; calendar: WorkingCalendar; timeZone: string },
): ScheduleFindings {
  const day = localDate(scheduleMs, at.timeZone);
  return {
    past: scheduleMs < at.nowMs,
    nonWorking: !at.calendar.isWorkingDay(day),
    otherDay: !!c.event?.date && c.event.date !== day,
  };
}
