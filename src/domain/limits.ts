/**
 * The sane range of every number a person can set: beyond these a value is a typo, and some would
 * make one command compute for minutes (a deadline 99,999,999 working days away) while holding the lock.
 */

/** Longest period in working days (about a working year). */
export const MAX_WORKING_DAYS = 260;

/** Longest period in office hours (two working weeks). */
export const MAX_OFFICE_HOURS = 80;

/** Dates and instants are accepted from this year... */
export const MIN_YEAR = 2000;

/** ...to this one, inclusive. */
export const MAX_YEAR = 2100;

/** Whether a `YYYY-MM-DD…` text (a date or an instant) falls in the accepted years. */
export function yearInRange(isoText: string): boolean {
  const year = Number(isoText.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Whether an instant in ms falls in the accepted years (UTC year; the edges are far from any real date). */
export function instantInRange(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
