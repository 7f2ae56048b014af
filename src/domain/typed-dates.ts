/**
 * Dates and times as people type them at an Indonesian counter: 25/11/2026, 25-11-2026, 25.11.2026,
 * 25 November 2026, 25 Nov 2026, Senin, 25 November 2026, and ISO 2026-11-25; times 09.00 or 09:00.
 * Stored data keeps the strict ISO forms (dates.ts, instants.ts); these are for input only.
 */
import { parseDate } from './dates.js';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
}; // prettier-ignore

const DAY_NAME = /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+/i;
const NUMERIC_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDS_RE = /^(\d{1,2})\s+([a-z']+)\.?\s+(\d{4})$/i;
const TIME_RE = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;

function iso(y: number, m: number, d: number): string | undefined {
  return parseDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** A typed date as `YYYY-MM-DD`, or undefined when it is not a real day in a known form. */
export function readTypedDate(text: string): string | undefined {
  const t = text.trim().replace(DAY_NAME, '');
  const strict = parseDate(t);
  if (strict) return strict;
  const numeric = NUMERIC_RE.exec(t);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = WORDS_RE.exec(t);
  const month = words && MONTHS[(words[2] ?? '').toLowerCase()];
  if (words && month) return iso(Number(words[3]), month, Number(words[1]));
  return undefined;
}

/** A typed time of day as `HH:MM` (09.00, 9.00, 09:00), or undefined. */
export function readTypedTime(text: string): string | undefined {
  const m = TIME_RE.exec(text.trim().replace(/\s*(WIB|WITA|WIT)$/i, ''));
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : undefined;
}

/**
 * A typed date with an optional time: "25/11/2026", "25/11/2026 09.00", "25 November 2026 pukul 09.00",
 * "2026-11-25T09:00". Undefined when either part is not valid.
 */
export function readTypedDateTime(text: string): { date: string; time?: string } | undefined {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})T(.+)$/.exec(t);
  const split = iso ?? /^(.*?)(?:\s+pukul|\s+jam|,)?\s+(\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?)$/i.exec(t);
  if (split) {
    const date = readTypedDate(split[1] ?? '');
    const time = readTypedTime(split[2] ?? '');
    return date && time ? { date, time } : undefined;
  }
  const date = readTypedDate(t);
  return date ? { date } : undefined;
}
