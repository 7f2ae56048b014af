/** Case ids, and the checks every store makes before a case or a change of one is recorded. */
import { certificatesOf, type Case, type RecordedRevocation } from '../domain/model.js';
import { InputError } from '../errors.js';
import { firstIssue } from './json-file.js';

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

/** Refuses an event dated before the case's last one (a clock set back, or LOKET_NOW in the past). */
export function assertAfterLast(c: Case, at: string): void {
  const last = c.events[c.events.length - 1];
  if (last && Date.parse(at) < Date.parse(last.at))
    throw InputError.of('LOKET_NOW', 'input.clockBehind', { id: c.id, now: at, last: last.at });
}

/** Revocations that `after` records and `before` did not; a change that would drop one is refused. */
export function newRevocations(before: Case, after: Case): RecordedRevocation[] {
  const revokedIn = (c: Case) =>
    new Map(
      certificatesOf(c)
        .filter((x) => x.revoked)
        .map((x) => [x.code, x.revoked!]),
    );
  const was = revokedIn(before);
  const now = revokedIn(after);
  for (const code of was.keys()) if (!now.has(code)) throw InputError.of('certificate', 'input.revocationKept', { code });
  return [...now].filter(([code]) => !was.has(code)).map(([code, r]) => ({ code, caseId: after.id, ...r }));
}
