/**
 * Every text a person hands loket (options, arguments, prompt answers) is cleaned and checked by the
 * rules of src/domain/text.ts (NFC, no control character but a newline, a sane length), refused
 * (exit 2, naming the field) before anything is written.
 */
import { normalizeText, textProblems } from '../domain/text.js';
import { ProblemList } from '../errors.js';

/** The text cleaned (CRLF to LF, NFC); a control character or an overlong text is a problem of `field`. */
export function cleanText(problems: ProblemList, field: string, value: string): string {
  const text = normalizeText(value);
  for (const p of textProblems(field, text)) problems.add(field, p.key, p.params);
  return text;
}
