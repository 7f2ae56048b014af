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

/** `--kebab-case` of a commander option key, as the user typed it. */
function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function clean(problems: ProblemList, field: string, key: string, value: string): string {
  const text = value.replace(/\r\n/g, '\n').normalize('NFC');
  if (CONTROL.test(text)) problems.add(field, 'input.controlCharacter', { value: JSON.stringify(text).slice(1, -1).slice(0, 60) });
  const max = TEXT_LIMITS[key] ?? DEFAULT_MAX;
  if (text.length > max) problems.add(field, 'input.tooLong', { length: text.length, max });
  return text;
}

/** The options with every string (and string in a list) cleaned; all problems collected into `problems`. */
export function cleanOptions<T extends object>(problems: ProblemList, options: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string') out[key] = clean(problems, flagOf(key), key, value);
    else if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === 'string' ? clean(problems, flagOf(key), key, v) : v));
    else out[key] = value;
  }
  return out as T;
}

/** Positional arguments cleaned the same way, named `<arg>`. */
export function cleanArgs(problems: ProblemList, args: string[]): string[] {
  return args.map((a) => (typeof a === 'string' ? clean(problems, '<arg>', 'arg', a) : a));
}
