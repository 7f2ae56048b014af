/** What a report to the pengaduan service is, and how long it may wait for its answer: per type, in calendar or working days. */
import { InputError } from '../errors.js';
import type { WorkingCalendar } from './calendar.js';
import { addDays } from './dates.js';
import type { Case, ReportType } from './model.js';

/** How an answer period is counted: calendar days (as the law writes them) or working days. */
export interface ReportPeriod {
  days: number;
  counting: 'calendar' | 'working';
}

/**
 * The answer periods loket ships. A complaint: 14 days, as UU 25/2009 Pasal 50 ayat (1) binds the
 * first answer to a written complaint; the other types follow it by the office's choice.
 */
export const DEFAULT_REPORT_PERIODS: Record<ReportType, ReportPeriod> = {
  pengaduan: { days: 14, counting: 'calendar' },
  saran: { days: 14, counting: 'calendar' },
  masukan: { days: 14, counting: 'calendar' },
  apresiasi: { days: 14, counting: 'calendar' },
};

/**
 * When a report received on `received` must be answered. Calendar days end on the last working day
 * on or before the period's last day (an answer cannot go out on a Sunday), never before the first
 * working day after receipt; working days count as for every other letter.
 */
export function reportDue(received: string, period: ReportPeriod, calendar: WorkingCalendar): string {
  if (period.counting === 'working') return calendar.addWorkingDays(received, period.days);
  let due = addDays(received, period.days);
  const first = calendar.onOrAfter(received);
  while (due > first && !calendar.isWorkingDay(due)) due = addDays(due, -1);
  return due < first ? first : due;
}

/** The report of a case; an InputError naming the case when it is not a report to the pengaduan service. */
export function reportOf(c: Case): NonNullable<Case['report']> {
  // A pengaduan registered before reports had types is a complaint.
  if (c.service === 'pengaduan') return c.report ?? { type: 'pengaduan' };
  throw InputError.of('id', 'input.notReport', { id: c.id });
}
