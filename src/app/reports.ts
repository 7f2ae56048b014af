/** The morning report of open cases by deadline, and the month's figures. */
import { channels, assertChannel } from '../channels.js';
import { dueReportOf, type DueReport } from '../domain/due-report.js';
import { MAX_WORKING_DAYS } from '../domain/limits.js';
import type { ReportType, Service } from '../domain/model.js';
import { monthlyRecap, type Recap } from '../domain/recap.js';
import { InputError, ProblemList } from '../errors.js';
import { checklists } from './checklists.js';
import type { Session } from './session.js';
import { dateOrToday, intOption } from './typed-values.js';

export interface DueRequest {
  date?: string;
  within?: string;
  officer?: string;
  service?: Service;
  reportType?: ReportType;
  channel?: string;
  includePersonalData?: boolean;
}

/** The open cases overdue, due on the day and due within the next working days, for one officer or all. */
export async function dueCases(s: Session, input: DueRequest): Promise<{ report: DueReport; date: string; within: number }> {
  const problems = new ProblemList();
  const date = dateOrToday(problems, 'date', input.date, await s.today());
  const within = intOption(problems, 'within', input.within ?? '3', 0, MAX_WORKING_DAYS) ?? 0;
  assertChannel('channel', input.channel);
  problems.throwIfAny();
  const filter = {
    date,
    nowMs: s.now(),
    within,
    officer: input.officer,
    service: input.service,
    reportType: input.reportType,
    channel: input.channel,
    includePersonalData: !!input.includePersonalData,
  };
  // The compact records of the open cases (store.openRecords), not the cases: what the report shows, and no more.
  return { report: dueReportOf(await s.store().openRecords(), filter, await s.clock(), checklists()), date, within };
}

/** The figures of one month (`YYYY-MM`): received, answered on time and late, per service, channel and report type. */
export async function recapMonth(s: Session, month: string): Promise<Recap> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw InputError.of('month', 'input.month', { value: month });
  const year = Number(month.slice(0, 4));
  const cases = await s.store().listCases({ from: `${month}-01`, to: `${month}-31` }, { first: year, last: year });
  return monthlyRecap(month, cases, await s.calendar(), Object.keys(channels()));
}
