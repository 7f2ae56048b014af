/**
 * Yes-or-no checks of a stored document's shape, built from plain functions: nothing to load and
 * next to nothing to build, so a command that checks one case does not pay for zod and every schema.
 * Each check accepts only what its zod schema (schema.ts) accepts; when one says no, the zod schema
 * is loaded to say why (document-checks.ts), so every message stays zod's.
 */

/** A check of one value. */
export type Check = (value: unknown) => boolean;

/** What `text` refuses besides a non-string: a pattern and a least or greatest length. */
interface TextRule {
  pattern?: RegExp;
  min?: number;
  max?: number;
}

/** A string (matching `rule`). */
export function text(rule: TextRule = {}): Check {
  const { pattern, min = 0, max = Infinity } = rule;
  return (v) => typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v));
}

/** A number that is not NaN, within `min`..`max`; an integer when `integer`. */
export function number(rule: { integer?: boolean; min?: number; max?: number } = {}): Check {
  const { integer = false, min = -Infinity, max = Infinity } = rule;
  return (v) => typeof v === 'number' && !Number.isNaN(v) && (!integer || Number.isInteger(v)) && v >= min && v <= max;
}

export const integer = number({ integer: true });
export const boolean: Check = (v) => typeof v === 'boolean';
export const anything: Check = () => true;

/** One of `values`. */
export function oneOf(values: readonly (string | number | boolean)[]): Check {
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
}

/** Absent, or passing `check`. */
export function optional(check: Check): Check {
  return (v) => v === undefined || check(v);
}

/** Null, or passing `check`. */
export function nullable(check: Check): Check {
  return (v) => v === null || check(v);
}

/** Passing one of the checks. */
export function either(...checks: Check[]): Check {
  return (v) => checks.some((c) => c(v));
}

/** An array whose every item passes `item` (of exactly `length` items when given). */
export function list(item: Check, length?: number): Check {
  return (v) => Array.isArray(v) && (length === undefined || v.length === length) && v.every(item);
}

/** An array of exactly these items. */
export function tuple(items: Check[]): Check {
  return (v) => Array.isArray(v) && v.length === items.length && items.every((c, i) => c(v[i]));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An object with exactly these keys at most, each value passing its check (an absent key is
 * `undefined` to its check). A key the shape does not name is refused, though zod would only drop
 * it: a document with one goes to zod, which decides.
 */
export function shape(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v) => {
    if (!isRecord(v)) return false;
    for (const key of Object.keys(v)) if (!Object.hasOwn(fields, key)) return false;
    return entries.every(([key, check]) => check(v[key]));
  };
}

/** An object whose every key passes `key` and every value `value`. */
export function record(key: Check, value: Check): Check {
  return (v) => isRecord(v) && Object.entries(v).every(([k, x]) => key(k) && value(x));
}

/** Passing `check` and then `rule` (zod's refine, run only on what passed). */
export function refined(check: Check, rule: (value: never) => boolean): Check {
  return (v) => check(v) && rule(v as never);
}
