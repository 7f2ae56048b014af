/** Case ids, and the checks every store makes before a case or a change of one is recorded. */
import { certificatesOf, type Case, type RecordedRevocation } from '../domain/model.js';
import { actorProblems, caseTextProblems, receivedInFuture } from '../domain/text.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError } from '../errors.js';
import { caseProblem } from './document-checks.js';

/** Parses `2026-0042` (or `2026-42`) into year and agenda number. */
export function parseCaseId(id: string): { year: number; agendaNumber: number } | undefined {
  const m = /^(\d{4})-(\d{1,6})$/.exec(id.trim());
  return m && Number(m[2]) > 0 ? { year: Number(m[1]), agendaNumber: Number(m[2]) } : undefined;
}

/**
 * Refuses to record a case that breaks the rules of its text (a control character, an overlong or
 * un-normalised string anywhere in it: exit 2, naming each place), whichever way it came in; and one
 * that would not load again (a programming error, hence not an InputError).
 */
export async function assertCase(c: Case): Promise<void> {
  const problems = caseTextProblems(c);
  if (problems.length) throw new InputError(problems.map(({ field, problem }) => ({ field, key: problem.key, params: problem.params })));
  const problem = await caseProblem(c);
  if (problem) throw new Error(`refusing to record invalid case ${c.id}: ${problem}`);
}

/** Refuses a case received more than a few minutes after `nowMs` (a typo of a year, a clock far ahead). */
export function assertNotAhead(c: Case, nowMs: number, timeZone: string): void {
  const at = Date.parse(c.receivedAt);
  if (receivedInFuture(at, nowMs))
    throw InputError.of('receivedAt', 'input.receivedFuture', { value: c.receivedAt, now: formatInstant(nowMs, timeZone) });
}

/** Refuses a name of who acts that is not one short line: it goes into every event of the audit trail. */
export function assertActor(name: string): void {
  const [problem] = actorProblems(name);
  if (problem) throw InputError.of('as', 'input.actor', { value: JSON.stringify(name).slice(1, -1).slice(0, 60) });
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
