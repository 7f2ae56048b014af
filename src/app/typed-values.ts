/** Turning option strings into checked values; every problem is collected, none stops the others. */
import { accessSync, constants, statSync } from 'node:fs';
import { parseInstant } from '../domain/instants.js';
import { normalisePhone } from '../domain/phone.js';
import { zonedToInstant } from '../domain/timezone.js';
import { readTypedDate, readTypedDateTime } from '../domain/typed-dates.js';
import { ProblemList } from '../errors.js';
import { t } from '../i18n/index.js';
import { instantInRange, MAX_YEAR, MIN_YEAR, yearInRange } from '../domain/limits.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A civil date, or undefined (with a problem recorded) when given but invalid. */
export function dateOption(problems: ProblemList, field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = readTypedDate(value);
  if (!date) problems.add(field, 'input.date', { value });
  else if (!yearInRange(date)) problems.add(field, 'input.yearRange', { value, min: MIN_YEAR, max: MAX_YEAR });
  return date && yearInRange(date) ? date : undefined;
}

/** An instant in ms; an instant without offset is office time. */
export function instantOption(problems: ProblemList, field: string, value: string | undefined, timeZone: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseInstant(value, timeZone) ?? typedInstant(value, timeZone);
  if (ms === undefined) problems.add(field, 'input.instant', { value });
  else if (!instantInRange(ms)) problems.add(field, 'input.yearRange', { value, min: MIN_YEAR, max: MAX_YEAR });
  return ms !== undefined && instantInRange(ms) ? ms : undefined;
}

/** A date with an optional time of day. */
export function dateTimeOption(problems: ProblemList, field: string, value: string | undefined) {
  if (value === undefined) return undefined;
  const parsed = readTypedDateTime(value);
  if (!parsed) problems.add(field, 'input.dateTime', { value });
  else if (!yearInRange(parsed.date)) problems.add(field, 'input.yearRange', { value, min: MIN_YEAR, max: MAX_YEAR });
  return parsed && yearInRange(parsed.date) ? parsed : undefined;
}

/** A whole number from min to max. */
export function intOption(problems: ProblemList, field: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    problems.add(field, 'input.wholeNumberRange', { value, min, max });
    return undefined;
  }
  return n;
}

/** A number from min to max (decimals allowed). */
export function numberOption(
  problems: ProblemList,
  field: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    problems.add(field, 'input.numberRange', { value, min, max });
    return undefined;
  }
  return n;
}

/** One of a fixed list of choices. */
export function choiceOption<T extends string>(
  problems: ProblemList,
  field: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.add(field, 'input.oneOf', { value, choices: choices.join('|') });
  return undefined;
}

/** An e-mail address. */
export function emailOption(problems: ProblemList, field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (EMAIL_RE.test(value.trim())) return value.trim();
  problems.add(field, 'input.email', { value });
  return undefined;
}

/** A phone number as typed (area code in brackets, spaces, dashes, +62), stored normalised (normalisePhone). */
export function phoneOption(problems: ProblemList, field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const phone = normalisePhone(value);
  if (phone) return phone;
  problems.add(field, 'input.phone', { value });
  return undefined;
}

/** A typed date and time (the time required) in the office zone, in ms. */
function typedInstant(value: string, timeZone: string): number | undefined {
  const parsed = readTypedDateTime(value);
  const [h, m] = (parsed?.time ?? '').split(':').map(Number);
  if (!parsed?.time || h === undefined || m === undefined) return undefined;
  return zonedToInstant(parsed.date, (h * 60 + m) * 60_000, timeZone);
}

const MIB = 1024 * 1024;

/** A regular file that this process can read, of at most `maxBytes` (an attachment's limit). */
export function fileOption(problems: ProblemList, field: string, value: string | undefined, maxBytes = Infinity): string | undefined {
  if (value === undefined) return undefined;
  let size: number;
  try {
    accessSync(value, constants.R_OK);
    const stat = statSync(value);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    problems.add(field, 'input.file', { value });
    return undefined;
  }
  if (size <= maxBytes) return value;
  problems.add(field, 'input.fileTooLarge', { value, mb: Math.ceil(size / MIB), max: Math.floor(maxBytes / MIB) });
  return undefined;
}

/** Turns an option parser into an inline prompt validator: the problem's message, or true. */
export function validatorOf(parse: (problems: ProblemList, field: string, value: string) => unknown) {
  return (value: string): string | true => {
    const problems = new ProblemList();
    parse(problems, '', value);
    const p = problems.items[0];
    return p ? t(p.key, p.params) : true;
  };
}

/** A date option, or `today` when it was not given (also when it was refused: the problem is recorded, so the value is never used). */
export function dateOrToday(problems: ProblemList, field: string, value: string | undefined, today: string): string {
  return value === undefined ? today : (dateOption(problems, field, value) ?? today);
}
