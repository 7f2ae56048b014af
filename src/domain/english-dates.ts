/** Dates in English words, for LOKET_LANG=en screens and the public page's English version. */
import { weekday } from './dates.js';

const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-03-17` → `17 March 2026`. */
export function formatDateEn(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_EN[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** `2026-03-17` → `Tuesday, 17 March 2026`. */
export function formatDayDateEn(date: string): string {
  return `${DAYS_EN[weekday(date)]}, ${formatDateEn(date)}`;
}
