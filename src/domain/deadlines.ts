/** When an answer is due, and whether a sosialisasi request came early enough. */
import { addDays, addMonths } from './dates.js';
import { dueOf } from './due.js';
import { DEFAULT_REPORT_PERIODS, type ReportPeriod } from './report-types.js';
import type { AnswerPeriods } from './profile.js';
import type { WorkingCalendar } from './calendar.js';
import type { CaseKind, ReportType, Service } from './model.js';
import { addOfficeHours, type OfficeClock } from './office-hours.js';
import { formatInstant, localDate } from './timezone.js';

export interface ServicePeriods {
  sosialisasi: AnswerPeriods;
  pengaduan: AnswerPeriods & { reportTypes?: Partial<Record<ReportType, ReportPeriod>> };
  imnkk: { months: number };
}

/** The answer period of a report type: the office's, else the one loket ships. */
export function reportPeriod(periods: Pick<ServicePeriods, 'pengaduan'>, type: ReportType): ReportPeriod {
  return periods.pengaduan.reportTypes?.[type] ?? DEFAULT_REPORT_PERIODS[type];
}

/**
 * The answer due for a new case: a date (N working days after receipt) for letters, an instant
 * (N office hours) for walk-ins where the service answers at the counter, and null for IM-NKK,
 * whose clock starts only when its requirements are complete.
 */
export function answerDue(
  service: Service,
  kind: CaseKind,
  receivedMs: number,
  periods: ServicePeriods,
  clock: OfficeClock,
): string | null {
  if (service === 'imnkk') return null;
  const p = periods[service];
  if (kind === 'walkin' && p.walkinOfficeHours > 0) {
    return formatInstant(addOfficeHours(receivedMs, p.walkinOfficeHours, clock), clock.timeZone);
  }
  return clock.calendar.addWorkingDays(localDate(receivedMs, clock.timeZone), p.letterWorkingDays);
}

/** IM-NKK: the same date `months` later, moved to the next working day when that is not one. */
export function imnkkDue(clockStart: string, months: number, calendar: WorkingCalendar): string {
  return calendar.onOrAfter(addMonths(clockStart, months));
}

/**
 * Lead time of a request for an event: late when receipt + N working days falls after the event
 * date. `latestSubmission` is the last working day a request could have come and still be on time.
 */
export function leadTime(
  receivedDate: string,
  eventDate: string,
  n: number,
  calendar: WorkingCalendar,
): { ok: boolean; latestSubmission: string } {
  let latest = eventDate;
  for (let i = 0; i < 400 && (!calendar.isWorkingDay(latest) || calendar.addWorkingDays(latest, n) > eventDate); i++)
    latest = addDays(latest, -1);
  return { ok: calendar.addWorkingDays(receivedDate, n) <= eventDate, latestSubmission: latest };
}

/** Whether an answer given at `answeredMs` met the due date (end of that day) or due instant. */
export function answeredOnTime(due: string | null, answeredMs: number, timeZone: string): boolean {
  if (due === null) return true;
  const d = dueOf(due);
  return d.kind === 'date' ? localDate(answeredMs, timeZone) <= d.date : answeredMs <= d.ms;
}
