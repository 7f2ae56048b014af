/**
 * The rules for every text loket keeps, in one place for every way in and for the store itself: NFC
 * (so "é" typed two ways is one name), no control character but a newline (such text could rewrite a
 * terminal, and the database cannot keep a NUL), and a sane length (a subject is not a book). Names of
 * who acts are one line. The store applies the same rules to every string of a case it accepts, so a
 * way in that forgot them still cannot store a bad value.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
// eslint-disable-next-line no-control-regex
const LINE_CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** The longest text each field may hold (by option name, or by its place in a case); anything else gets DEFAULT_MAX. */
const TEXT_LIMITS: Record<string, number> = {
  subject: 2000,
  purpose: 2000,
  applicant: 500,
  visitor: 500,
  institution: 500,
  'applicant.name': 500,
  'applicant.institution': 500,
};
export const DEFAULT_MAX = 10_000;
/** The longest name of who acts (`--as`, LOKET_USER, a desk). */
export const ACTOR_MAX = 200;

export type TextProblem =
  | { key: 'input.controlCharacter'; params: { value: string } }
  | { key: 'input.tooLong'; params: { length: number; max: number } }
  | { key: 'input.notNfc'; params: { value: string } };

/** The longest text a field may hold. */
export function textLimit(field: string): number {
  return Object.hasOwn(TEXT_LIMITS, field) ? TEXT_LIMITS[field]! : DEFAULT_MAX;
}

/** A text as loket keeps it: line breaks as LF, NFC. */
export function normalizeText(value: string): string {
  return value.replace(/\r\n/g, '\n').normalize('NFC');
}

/** A text shown in a message: escaped, and cut to 60 characters. */
function shown(value: string): string {
  return JSON.stringify(value).slice(1, -1).slice(0, 60);
}

/** What is wrong with a text (already normalised) for `field`: a control character, its length. */
export function textProblems(field: string, value: string, options: { oneLine?: boolean; max?: number } = {}): TextProblem[] {
  const problems: TextProblem[] = [];
  if ((options.oneLine ? LINE_CONTROL : CONTROL).test(value))
    problems.push({ key: 'input.controlCharacter', params: { value: shown(value) } });
  const max = options.max ?? textLimit(field);
  if (value.length > max) problems.push({ key: 'input.tooLong', params: { length: value.length, max } });
  return problems;
}

/** What is wrong with the name of who acts: empty, more than one line, a control character, too long. */
export function actorProblems(name: string): TextProblem[] {
  const problems = textProblems('as', name, { oneLine: true, max: ACTOR_MAX });
  if (name.normalize('NFC') !== name) problems.push({ key: 'input.notNfc', params: { value: shown(name) } });
  return problems;
}

/** The keys of a case whose values name who acted: one line each. */
const ACTOR_KEYS = new Set(['by', 'receivedBy']);

/**
 * Every string of a case checked by these rules, each problem with the string's place
 * (`subject`, `events.3.changes.instruction`): what the store refuses to record.
 */
export function caseTextProblems(value: unknown): { field: string; problem: TextProblem }[] {
  const found: { field: string; problem: TextProblem }[] = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'string') {
      const key = path.at(-1) ?? '';
      const field = path.join('.');
      const place = path.filter((p) => !/^\d+$/.test(p)).join('.');
      const problems = ACTOR_KEYS.has(key) ? textProblems(field, v, { oneLine: true, max: ACTOR_MAX }) : textProblems(place, v);
      if (v.normalize('NFC') !== v) problems.push({ key: 'input.notNfc', params: { value: shown(v) } });
      for (const problem of problems) found.push({ field, problem });
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(value, []);
  return found;
}

/** How far ahead of the clock a time of receipt may be (a clock a little fast, a form filled in a minute early). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Whether a time of receipt lies more than a few minutes after now. */
export function receivedInFuture(receivedAtMs: number, nowMs: number): boolean {
  return receivedAtMs > nowMs + FUTURE_TOLERANCE_MS;
}
