/** Case ids and the last check before a case is recorded. */
import type { Case } from '../domain/model.js';
import { firstIssue } from './document.js';

/** Parses `2026-0042` (or `2026-42`) into year and agenda number. */
export function parseCaseId(id: string): { year: number; agendaNumber: number } | undefined {
  const m = /^(\d{4})-(\d{1,6})$/.exec(id.trim());
  return m && Number(m[2]) > 0 ? { year: Number(m[1]), agendaNumber: Number(m[2]) } : undefined;
}

/** Refuses to record a case that would not load again (a programming error, hence not an InputError). */
export async function assertCase(c: Case): Promise<void> {
  const problem = firstIssue((await import('./schema.js')).caseSchema, c);
  if (problem) throw new Error(`refusing to record invalid case ${c.id}: ${problem}`);
}
