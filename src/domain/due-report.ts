/** The morning deadline report: open cases as overdue, due today, due soon, and IM-NKK cases waiting. */
import { compareIso } from './dates.js';
import { dueOf } from './due.js';
import type { Shield } from './identity.js';
import { isOpen, type Case, type ReportType, type Service, type Status } from './model.js';
import { openRecordOf, type OpenRecord } from './open-record.js';
import type { Checklists } from './requirements.js';
import { respondByOf } from './respond-by.js';
import { officeMsBetween, type OfficeClock } from './office-hours.js';
import { localDate, zonedToInstant } from './timezone.js';

export interface DueItem {
  id: string;
  agendaNumber: number;
  service: Service;
  kind: string;
  status: Status;
  answerDue: string;
  /** What the groups go by: the answer due, or the last working day before the event when earlier. */
  respondBy: string;
  eventDate?: string;
  officer: string | null;
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
  channel: string;
  subject: string;
  /** How late: working days for letters, office minutes for walk-ins (only in `overdue`). */
  lateWorkingDays?: number;
  lateOfficeMinutes?: number;
  contact?: string;
  email?: string;
}

export interface WaitingItem {
  id: string;
  agendaNumber: number;
  service: Service;
  kind: string;
  status: Status;
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
  channel: string;
  subject: string;
  officer: string | null;
  missing: string[];
  since: string;
}

export interface DueReport {
  date: string;
  overdue: DueItem[];
  dueToday: DueItem[];
  upcoming: DueItem[];
  waiting: WaitingItem[];
}

export interface DueQuery {
  date: string;
  /** The instant the report is made; walk-ins are measured against it on the report's own day. */
  nowMs: number;
  within: number;
  officer?: string;
  service?: string;
  reportType?: ReportType;
  channel?: string;
  includePersonalData?: boolean;
}

/** Sorts and groups the open cases for a day. */
export function dueReport(cases: Case[], q: DueQuery, clock: OfficeClock, checklists: Checklists): DueReport {
  const records: OpenRecord[] = [];
  for (const c of cases) {
    const r = openRecordOf(c);
    if (r) records.push(r);
  }
  return dueReportOf(records, q, clock, checklists);
}

/** An item with the instant it ranks by, computed once (not per comparison). */
interface Ranked<T> {
  ms: number;
  item: T;
}

const byMs = <T>(a: Ranked<T>, b: Ranked<T>) => a.ms - b.ms;

/** The fields every line of the report starts with, in the order the JSON has always had them. */
function headline(r: OpenRecord): DueItem & WaitingItem {
  const h = { id: r.id, agendaNumber: r.agendaNumber, service: r.service, status: r.status, applicant: r.applicant } as DueItem &
    WaitingItem;
  if (r.identity) h.identity = r.identity;
  h.subject = r.subject;
  if (r.reportType) h.reportType = r.reportType;
  h.channel = r.channel;
  h.officer = r.officer ?? null;
  h.kind = r.kind;
  return h;
}

/**
 * Sorts and groups the open cases' records for a day. Each record is looked at once; what ranks it
 * (the instant of its due) is computed once per distinct due and kept with it, so the cost grows
 * with the number of open cases (and the sort's n log n), not with what the comparisons recompute.
 */
export function dueReportOf(records: readonly OpenRecord[], q: DueQuery, clock: OfficeClock, checklists: Checklists): DueReport {
  const { calendar, timeZone } = clock;
  const horizon = calendar.addWorkingDays(q.date, q.within);
  const today = localDate(q.nowMs, timeZone) === q.date;
  // Walk-ins are compared with "now" on the report's day; for another day, with the end of that day.
  const refMs = today ? q.nowMs : zonedToInstant(q.date, 86_399_999, timeZone);
  const officer = q.officer ? q.officer.toLowerCase() : undefined;
  const personal = !!q.includePersonalData;
  const endOfDay = new Map<string, number>();
  const lateDays = new Map<string, number>();
  const respondBys = new Map<string, string>();
  const overdue: Ranked<DueItem>[] = [];
  const dueToday: Ranked<DueItem>[] = [];
  const upcoming: Ranked<DueItem>[] = [];
  const waiting: WaitingItem[] = [];
  for (const r of records) {
    if (!isOpen(r) || (q.service && r.service !== q.service)) continue;
    if (officer !== undefined && !(r.officer ?? '').toLowerCase().includes(officer)) continue;
    if (q.reportType && r.reportType !== q.reportType) continue;
    if (q.channel && r.channel !== q.channel) continue;
    const item = headline(r);
    if (r.answerDue === null) {
      const met = r.met ?? [];
      item.missing = (checklists[r.service]?.[r.kind] ?? []).filter((key) => !met.includes(key));
      item.since = r.since;
      waiting.push(item);
      continue;
    }
    let by = r.answerDue;
    if (r.eventDate) {
      // Many cases share an event day and a due: the working day before the event is looked for once.
      const key = `${r.service} ${r.answerDue} ${r.eventDate}`;
      const known = respondBys.get(key);
      if (known === undefined) respondBys.set(key, (by = respondByOf(r.answerDue, r.service, r.eventDate, calendar, timeZone)));
      else by = known;
    }
    item.answerDue = r.answerDue;
    item.respondBy = by;
    if (r.eventDate) item.eventDate = r.eventDate;
    // A shielded reporter's contact stays out even when personal data is asked for (the record has none).
    if (personal && !r.identity) {
      item.contact = r.contact;
      item.email = r.email;
    }
    const due = dueOf(by);
    if (due.kind === 'date') {
      // A date is due at the end of its day: a walk-in due at 08.00 comes before a letter due that day.
      let ms = endOfDay.get(due.date);
      if (ms === undefined) endOfDay.set(due.date, (ms = zonedToInstant(due.date, 86_399_999, timeZone)));
      if (due.date < q.date) {
        let late = lateDays.get(due.date);
        if (late === undefined) lateDays.set(due.date, (late = calendar.workingDaysBetween(due.date, q.date)));
        item.lateWorkingDays = late;
        overdue.push({ ms, item });
      } else if (due.date === q.date) dueToday.push({ ms, item });
      else if (due.date <= horizon) upcoming.push({ ms, item });
      continue;
    }
    const dueMs = due.ms;
    const dueDate = localDate(dueMs, timeZone);
    if (dueMs < refMs) {
      item.lateOfficeMinutes = Math.round(officeMsBetween(dueMs, refMs, clock) / 60_000);
      overdue.push({ ms: dueMs, item });
    } else if (dueDate === q.date) dueToday.push({ ms: dueMs, item });
    else if (dueDate <= horizon) upcoming.push({ ms: dueMs, item });
  }
  // Array.prototype.sort is stable: cases due at the same instant stay in agenda order, as before.
  const items = (ranked: Ranked<DueItem>[]) => ranked.sort(byMs).map((x) => x.item);
  return {
    date: q.date,
    overdue: items(overdue),
    dueToday: items(dueToday),
    upcoming: items(upcoming),
    waiting: waiting.sort((a, b) => compareIso(a.since, b.since)),
  };
}
