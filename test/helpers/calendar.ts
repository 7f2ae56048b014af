import { officeCalendar } from '../../src/reference/holidays.js';
import type { OfficeClock, WeeklySchedule } from '../../src/domain/office-hours.js';
import type { WorkingCalendar } from '../../src/domain/calendar.js';

/** The shipped decreed calendar with no local changes; computed years are recorded. */
export function shippedCalendar(computed: number[] = []): WorkingCalendar {
  return officeCalendar({ closures: [], openings: [] }, (y) => computed.push(y));
}

/** The default office clock in Jakarta over the shipped calendar. */
export function jakartaClock(calendar = shippedCalendar()): OfficeClock {
  return { calendar, schedule: DEFAULT_SCHEDULE, timeZone: 'Asia/Jakarta' };
}

/** The civil-service week (Perpres 21/2023): 37.5 hours, breaks of 60 min (90 on Friday). */
export const DEFAULT_SCHEDULE: WeeklySchedule = {
  mon: ['07:30-12:00', '13:00-16:00'],
  tue: ['07:30-12:00', '13:00-16:00'],
  wed: ['07:30-12:00', '13:00-16:00'],
  thu: ['07:30-12:00', '13:00-16:00'],
  fri: ['07:30-11:30', '13:00-16:30'],
};
