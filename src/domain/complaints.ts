/**
 * The pengaduan service's own steps after the disposition: examined with a finding, then decided
 * with whether it was founded and what follows (what a report is and its answer periods: reports.ts).
 */
import { InputError, ProblemList } from '../errors.js';
import type { Case, Change, Substantiated } from './model.js';
import { reportOf } from './report-types.js';
import { formatInstant } from './timezone.js';
import { assertAllowed } from './workflow.js';

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
