/** Writing dates and times the Indonesian way, as letters and receipts need them. */
import { weekday } from './dates.js';
import { zonedParts } from './timezone.js';

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** `2026-03-31` → `31 Maret 2026`. */
export function formatDateId(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_ID[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** `2026-03-31` → `Selasa, 31 Maret 2026`. */
export function formatDayDateId(date: string): string {
  return `${DAYS_ID[weekday(date)]}, ${formatDateId(date)}`;
}

/** An instant as `09.00 WIB` in the office zone. */
export function formatTimeId(ms: number, timeZone: string, zoneLabel: string): string {
  const s = Math.floor(zonedParts(ms, timeZone).msOfDay / 60_000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}.${String(s % 60).padStart(2, '0')} ${zoneLabel}`;
}

/** An instant as `Selasa, 31 Maret 2026 pukul 09.00 WIB`. */
export function formatInstantId(ms: number, timeZone: string, zoneLabel: string): string {
  return `${formatDayDateId(zonedParts(ms, timeZone).date)} pukul ${formatTimeId(ms, timeZone, zoneLabel)}`;
}

/** Groups of three digits joined by `sep`: 12345 → 12.345. */
function grouped(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A number written the Indonesian way: decimal comma, thousands with a dot (0,73; 1,5; 12.345).
 * `digits` decimals at most, trailing zeros dropped; with `fixed`, exactly `digits` (an index: 0,70).
 */
export function formatNumberId(n: number, digits = 2, fixed = false): string {
  return formatNumberWith(n, digits, fixed, '.', ',');
}

/** The same with English separators (12,345.5), for LOKET_LANG=en. */
export function formatNumberEn(n: number, digits = 2, fixed = false): string {
  return formatNumberWith(n, digits, fixed, ',', '.');
}

function formatNumberWith(n: number, digits: number, fixed: boolean, thousands: string, decimal: string): string {
  const text = n.toFixed(digits);
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const kept = fixed ? fraction : fraction.replace(/0+$/, '');
  const sign = text.startsWith('-') && /[1-9]/.test(text) ? '-' : '';
  return `${sign}${grouped(whole, thousands)}${kept ? `${decimal}${kept}` : ''}`;
}

/** Words kept in lower case inside a name written in title case. */
const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'pada', 'yang', 'serta', 'dengan']);

/** A name written in capitals (as letterheads do) in title case for the middle of a sentence; other text as it is. */
export function titleCaseId(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A text that ends a sentence in a letter: trimmed, with a full stop when it has no end mark of its own. */
export function sentence(text: string): string {
  const t = text.trim();
  return !t || /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
}
