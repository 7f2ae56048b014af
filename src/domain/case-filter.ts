/** Which cases a list asks for: by service, status and the day they were received. */
import type { Activity, Case, ReportType, Service, Status } from './model.js';

export interface CaseFilter {
  service?: Service;
  status?: Status;
  activity?: Activity;
  reportType?: ReportType;
  channel?: string;
  /** First and last day received (office dates, inclusive). */
  from?: string;
  to?: string;
}

/** Whether a case is one the filter asks for. */
export function matchesFilter(c: Case, filter: CaseFilter): boolean {
  const received = c.receivedAt.slice(0, 10);
  if (filter.service && c.service !== filter.service) return false;
  if (filter.status && c.status !== filter.status) return false;
  if (filter.activity && c.activity !== filter.activity) return false;
  if (filter.reportType && c.report?.type !== filter.reportType) return false;
  if (filter.channel && c.channel !== filter.channel) return false;
  return !((filter.from && received < filter.from) || (filter.to && received > filter.to));
}

/** The years a filter can reach: from its first date's year (else this year) to its last (else this year). */
export function caseFilterYears(filter: CaseFilter, thisYear: number): { first: number; last: number } {
  const first = filter.from ? Number(filter.from.slice(0, 4)) : filter.to ? Number(filter.to.slice(0, 4)) : thisYear;
  const last = filter.to ? Number(filter.to.slice(0, 4)) : thisYear;
  return { first, last: Math.max(first, last) };
}
