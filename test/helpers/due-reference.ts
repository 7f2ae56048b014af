/**
 * The morning report as it was computed before the compact records (issue 31), from whole cases:
 * the oracle the tests compare the records' report with. Kept verbatim; not used by loket.
 */
import { compareIso } from '../../src/domain/dates.js';
import { deadlineMs, dueOf } from '../../src/domain/due.js';
import type { DueItem, DueQuery, DueReport } from '../../src/domain/due-report.js';
import { caseHeadline, isOpen, type Case } from '../../src/domain/model.js';
import { missingRequirements, type Checklists } from '../../src/domain/requirements.js';
import { respondBy } from '../../src/domain/respond-by.js';
import { officeMsBetween, type OfficeClock } from '../../src/domain/office-hours.js';
import { localDate, zonedToInstant } from '../../src/domain/timezone.js';

/** The report of the open cases for a day, from whole cases (the implementation before the records). */
export function referenceDueReport(cases: Case[], q: DueQuery, clock: OfficeClock, checklists: Checklists): DueReport {
  const report: DueReport = { date: q.date, overdue: [], dueToday: [], upcoming: [], waiting: [] };
  const horizon = clock.calendar.addWorkingDays(q.date, q.within);
  const today = localDate(q.nowMs, clock.timeZone) === q.date;
  // Walk-ins are compared with "now" on the report's day; for another day, with the end of that day.
  const refMs = today ? q.nowMs : zonedToInstant(q.date, 86_399_999, clock.timeZone);
  const officerMatch = (c: Case) => !q.officer || (c.officer ?? '').toLowerCase().includes(q.officer.toLowerCase());
  for (const c of cases) {
    if (!isOpen(c) || (q.service && c.service !== q.service) || !officerMatch(c)) continue;
    if (q.reportType && c.report?.type !== q.reportType) continue;
    if (q.channel && c.channel !== q.channel) continue;
    const base = { ...caseHeadline(c), channel: c.channel, officer: c.officer ?? null };
    if (c.answerDue === null) {
      report.waiting.push({ ...base, kind: c.kind, missing: missingRequirements(c, checklists), since: c.receivedAt.slice(0, 10) });
      continue;
    }
    const by = respondBy(c, clock.calendar, clock.timeZone) ?? c.answerDue;
    const item: DueItem = {
      ...base,
      kind: c.kind,
      answerDue: c.answerDue,
      respondBy: by,
      ...(c.event?.date ? { eventDate: c.event.date } : {}),
    };
    // A shielded reporter's contact stays out even when personal data is asked for.
    if (q.includePersonalData && !base.identity) Object.assign(item, { contact: c.applicant.contact, email: c.applicant.email });
    const due = dueOf(by);
    if (due.kind === 'date') {
      if (due.date < q.date) report.overdue.push({ ...item, lateWorkingDays: clock.calendar.workingDaysBetween(due.date, q.date) });
      else if (due.date === q.date) report.dueToday.push(item);
      else if (due.date <= horizon) report.upcoming.push(item);
      continue;
    }
    const dueMs = due.ms;
    const dueDate = localDate(dueMs, clock.timeZone);
    if (dueMs < refMs) report.overdue.push({ ...item, lateOfficeMinutes: Math.round(officeMsBetween(dueMs, refMs, clock) / 60_000) });
    else if (dueDate === q.date) report.dueToday.push(item);
    else if (dueDate <= horizon) report.upcoming.push(item);
  }
  // A date is due at the end of its day: a walk-in due at 08.00 comes before a letter due that day.
  const byDue = (a: { respondBy: string }, b: { respondBy: string }) =>
    deadlineMs(a.respondBy, clock.timeZone) - deadlineMs(b.respondBy, clock.timeZone);
  report.overdue.sort(byDue);
  report.dueToday.sort(byDue);
  report.upcoming.sort(byDue);
  report.waiting.sort((a, b) => compareIso(a.since, b.since));
  return report;
}
