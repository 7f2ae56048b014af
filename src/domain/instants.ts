/** Parsing instants typed by people or stored by the tool. */
import { parseDate } from './dates.js';
import { zonedToInstant } from './timezone.js';

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 instant; without an offset the wall clock of
 * `timeZone` is meant. Undefined for anything impossible (25:00, 2026-02-30, junk).
 */
export function parseInstant(text: string, timeZone: string): number | undefined {
  const m = INSTANT_RE.exec(text.trim());
  if (!m) return undefined;
  const date = parseDate(m[1]!);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (!date || h > 23 || min > 59 || s > 59) return undefined;
  const msOfDay = ((h * 60 + min) * 60 + s) * 1000 + Number((m[5] ?? '0').padEnd(3, '0'));
  const zone = m[6];
  if (!zone) return zonedToInstant(date, msOfDay, timeZone);
  const base = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + msOfDay;
  if (zone === 'Z') return base;
  const oh = Number(zone.slice(1, 3));
  const om = Number(zone.slice(4, 6));
  if (oh > 14 || om > 59) return undefined;
  const off = (oh * 60 + om) * (zone.startsWith('-') ? -1 : 1);
  return base - off * 60_000;
}

/** An event date with an optional time (`2026-04-10` or `2026-04-10T09:00`), validated. */
export function parseDateMaybeTime(text: string): { date: string; time?: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const date = parseDate(m[1]!);
  if (!date) return undefined;
  if (m[2] === undefined) return { date };
  if (Number(m[2]) > 23 || Number(m[3]) > 59) return undefined;
  return { date, time: `${m[2]}:${m[3]}` };
}
