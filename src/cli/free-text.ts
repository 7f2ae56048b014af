/**
 * Every text a person hands loket (options, arguments, prompt answers) is NFC-normalised, so that
 * "é" typed two ways is one name, and refused (exit 2, naming the field) when it holds a control
 * character other than a newline or is absurdly long: such text has no business in a case file and
 * could rewrite a terminal or bloat every document that prints it.
 */
import { ProblemList } from '../errors.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

/** The longest text each field may hold; anything not named here gets DEFAULT_MAX. */
const TEXT_LIMITS: Record<string, number> = { subject: 2000, purpose: 2000, applicant: 500, visitor: 500, institution: 500 };
const DEFAULT_MAX = 10_000;

/** The text cleaned (CRLF to LF, NFC); a control character or an overlong text is a problem of `field`. */
export function cleanText(problems: ProblemList, field: string, value: string): string {
  const text = value.replace(/\r\n/g, '\n').normalize('NFC');
  if (CONTROL.test(text)) problems.add(field, 'input.controlCharacter', { value: JSON.stringify(text).slice(1, -1).slice(0, 60) });
  const max = TEXT_LIMITS[field] ?? DEFAULT_MAX;
  if (text.length > max) problems.add(field, 'input.tooLong', { length: text.length, max });
  return text;
}
