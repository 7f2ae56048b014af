/**
 * When an answer is due: by the end of a day (letters, IM-NKK) or at an instant (walk-ins, counted in
 * office hours). Stored as one string (`2026-03-31` or `2026-03-31T10:00:00+07:00`); read through
 * `dueOf` so that no caller tells them apart by length.
 */
import { formatDayDateId, formatInstantId } from './indonesian.js';
import { zonedToInstant } from './timezone.js';

export type Due = { kind: 'date'; date: string } | { kind: 'instant'; at: string; ms: number };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The tagged form of a stored due. */
export function dueOf(answerDue: string): Due {
  return DATE_RE.test(answerDue) ? { kind: 'date', date: answerDue } : { kind: 'instant', at: answerDue, ms: Date.parse(answerDue) };
}

/** The last instant a due allows: the end of its day in the office zone for a date. */
export function deadlineMs(answerDue: string, timeZone: string): number {
  const due = dueOf(answerDue);
  return due.kind === 'date' ? zonedToInstant(due.date, 86_399_999, timeZone) : due.ms;
}

/** How a due is written: `long` in documents and messages, `short` in tables. */
export type DueStyle = 'long' | 'short';

/** A due in Indonesian: "Selasa, 31 Maret 2026", "Selasa, 31 Maret 2026 pukul 10.00 WIB", or "2026-03-31 10:00" (short). */
export function formatDue(answerDue: string, zone: { timeZone: string; zoneLabel: string }, style: DueStyle = 'long'): string {
  const due = dueOf(answerDue);
  if (style === 'short') return due.kind === 'date' ? due.date : due.at.slice(0, 16).replace('T', ' ');
  if (due.kind === 'date') return formatDayDateId(due.date);
  return formatInstantId(due.ms, zone.timeZone, zone.zoneLabel);
}
