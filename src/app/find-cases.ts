/** Looking cases up: by what a person remembers of them, or by period, service and status. */
import { assertChannel } from '../channels.js';
import { caseFilterYears, type CaseFilter } from '../domain/case-filter.js';
import { ProblemList } from '../errors.js';
import type { CaseSummary } from '../store/store.js';
import { currentYear, type Session } from './session.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import { dateOption, intOption } from './typed-values.js';

/** Cases whose number, name, subject or letter number hold the words. */
export async function findCases(s: Session, words: string): Promise<CaseSummary[]> {
  return s.store().search(words);
}

export type ListRequest = Omit<CaseFilter, 'from' | 'to'> & { from?: string; to?: string; year?: string };

/** The cases received in a period that the filter asks for, in agenda order (the period defaults to this year). */
export async function listCases(s: Session, input: ListRequest): Promise<CaseSummary[]> {
  const problems = new ProblemList();
  assertChannel('channel', input.channel);
  // A year is the period from its first day to its last, unless a day is given.
  const year = input.year === undefined ? undefined : intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR);
  const from = dateOption(problems, 'from', input.from) ?? (year ? `${year}-01-01` : undefined);
  const to = dateOption(problems, 'to', input.to) ?? (year ? `${year}-12-31` : undefined);
  problems.throwIfAny();
  const { service, status, activity, reportType, channel } = input;
  const filter: CaseFilter = { service, status, activity, reportType, channel, from, to };
  const years = caseFilterYears(filter, await currentYear(s));
  const { summaryOf } = await import('../store/search-index.js');
  return (await s.store().listCases(filter, years)).map(summaryOf);
}
