/** What `check` finds in any store's cases, whatever keeps them: histories, letter numbers recorded, agenda gaps. */
import { parseInstant } from '../domain/instants.js';
import { certificatesOf, type Case } from '../domain/model.js';
import { caseTextProblems } from '../domain/text.js';
import type { Finding } from '../errors.js';

type Add = (key: 'eventOrder' | 'firstEvent', params: Finding['params']) => void;

/** Every outgoing letter number a case has had: the current reply and certificates, and earlier ones in its history. */
export function lettersOf(c: Case): string[] {
  const numbers = [c.reply?.letterNumber, ...certificatesOf(c).map((x) => x.letterNumber)];
  for (const e of c.events)
    if (e.action.startsWith('letter:') && typeof e.changes.letterNumber === 'string') numbers.push(e.changes.letterNumber);
  return numbers.filter((n): n is string => !!n);
}

/** A history out of order, or one that does not start with the registration (or an import from an agenda book). */
export function historyFindings(c: Case, file: string, add: Add): void {
  let last = -Infinity;
  for (const e of c.events) {
    const at = parseInstant(e.at, 'UTC') ?? NaN;
    if (!(at >= last)) add('eventOrder', { file, id: c.id, action: e.action, at: e.at });
    last = at;
  }
  const first = c.events[0]?.action;
  if (first !== 'register' && !(first === 'import' && c.imported)) add('firstEvent', { file, id: c.id });
}

type AddText = (key: 'textControl' | 'textLong' | 'textNfc', params: Finding['params']) => void;

/** Every string of the case that breaks the rules of text (src/domain/text.ts): what the store would no longer accept. */
export function textFindings(c: Case, file: string, add: AddText): void {
  for (const { field, problem } of caseTextProblems(c)) {
    if (problem.key === 'input.tooLong') add('textLong', { file, id: c.id, field, ...problem.params });
    else if (problem.key === 'input.controlCharacter') add('textControl', { file, id: c.id, field, ...problem.params });
    else add('textNfc', { file, id: c.id, field });
  }
}

/**
 * The first place where a year's agenda numbers stop being 1, 2, 3, …: the missing number and the
 * next one present, unless an imported book's accepted gap holds it; undefined when there is none.
 */
export function firstAgendaGap(
  numbers: number[],
  accepted: readonly (readonly [number, number])[],
): { position: number; found: number } | undefined {
  const present = new Set(numbers);
  const last = Math.max(...numbers);
  for (let n = 1; n <= last; n++) {
    if (present.has(n) || accepted.some(([from, to]) => n >= from && n <= to)) continue;
    return { position: n, found: Math.min(...numbers.filter((x) => x > n)) };
  }
  return undefined;
}
