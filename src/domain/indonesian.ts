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
