import { officeCalendar } from '../../src/reference/holidays.js';
import { DEFAULT_SCHEDULE, type OfficeClock } from '../../src/domain/office-hours.js';
import type { WorkingCalendar } from '../../src/domain/calendar.js';

/** The shipped decreed calendar with no local changes; computed years are recorded. */
export function shippedCalendar(computed: number[] = []): WorkingCalendar {
  return officeCalendar({ closures: [], openings: [] }, (y) => computed.push(y));
}

/** The default office clock in Jakarta over the shipped calendar. */
export function jakartaClock(calendar = shippedCalendar()): OfficeClock {
  return { calendar, schedule: DEFAULT_SCHEDULE, timeZone: 'Asia/Jakarta' };
}
