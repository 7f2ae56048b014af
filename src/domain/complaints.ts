/**
 * The pengaduan service's own rules: how long a report may wait for its answer, and its steps after
 * the disposition, examined with a finding, then decided with whether it was founded and what follows.
 */
import { InputError, ProblemList } from '../errors.js';
import type { WorkingCalendar } from './calendar.js';
import { addDays } from './dates.js';
import type { Case, Change, ReportType, Substantiated } from './model.js';
import { formatInstant } from './timezone.js';
import { assertAllowed } from './workflow.js';

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

/** The examination of a report: what the officer found. */
export function examine(c: Case, input: { finding: string; atMs: number; by: string; timeZone: string }): Change {
  assertAllowed(c, 'examine');
  if (!input.finding.trim()) throw InputError.of('finding', 'input.required');
  const examination = { finding: input.finding, at: formatInstant(input.atMs, input.timeZone), by: input.by };
  const report = { ...reportOf(c), examination };
  delete report.conclusion;
  return { value: { ...c, status: 'examined', report }, changes: { status: 'examined', finding: input.finding } };
}

/**
 * The decision on an examined report: a complaint must say whether it was founded; every report says
 * what follows from it.
 */
export function concludeReport(
  c: Case,
  input: { substantiated?: Substantiated; followUp?: string; atMs: number; by: string; timeZone: string },
): Change {
  assertAllowed(c, 'decide');
  const problems = new ProblemList();
  const report = reportOf(c);
  if (report.type === 'pengaduan' && !input.substantiated) problems.add('substantiated', 'input.required');
  if (!input.followUp?.trim()) problems.add('followUp', 'input.required');
  problems.throwIfAny();
  const conclusion = {
    ...(input.substantiated ? { substantiated: input.substantiated } : {}),
    followUp: input.followUp ?? '',
    at: formatInstant(input.atMs, input.timeZone),
    by: input.by,
  };
  const value: Case = { ...c, status: 'decided', report: { ...report, conclusion } };
  delete value.reply;
  return {
    value,
    changes: { status: 'decided', ...(input.substantiated ? { substantiated: input.substantiated } : {}), followUp: conclusion.followUp },
  };
}

/** The report of a case; an InputError naming the case when it is not a report to the pengaduan service. */
export function reportOf(c: Case): NonNullable<Case['report']> {
  // A pengaduan registered before reports had types is a complaint.
  if (c.service === 'pengaduan') return c.report ?? { type: 'pengaduan' };
  throw InputError.of('id', 'input.notReport', { id: c.id });
}
