/** Converting instants to and from wall-clock time in a named zone (Asia/Jakarta, Asia/Makassar, ...). */

/**
 * Indonesia's zones have kept fixed offsets since 1988 (WIB +7, WITA +8, WIT +9), so they need no
 * Intl lookup; building the first Intl formatter costs about 10 ms of every command's start-up.
 */
const FIXED_OFFSETS: Record<string, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
  UTC: 0,
  'Etc/UTC': 0,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone in FIXED_OFFSETS) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant: the local date and milliseconds since local midnight. */
export function zonedParts(ms: number, timeZone: string): { date: string; msOfDay: number } {
  const fixed = FIXED_OFFSETS[timeZone];
  if (fixed !== undefined) {
    const local = ms + fixed * 60_000;
    const msOfDay = ((local % 86_400_000) + 86_400_000) % 86_400_000;
    return { date: new Date(local - msOfDay).toISOString().slice(0, 10), msOfDay };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const msOfDay = (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000 + (((ms % 1000) + 1000) % 1000);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, msOfDay };
}

/** Offset of the zone from UTC at an instant, in minutes (Jakarta: 420). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const fixed = FIXED_OFFSETS[timeZone];
  if (fixed !== undefined) return fixed;
  const { date, msOfDay } = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + msOfDay;
  return Math.round((asUtc - ms) / 60_000);
}

/** The instant at which the zone's wall clock shows `date` plus `msOfDay`. */
export function zonedToInstant(date: string, msOfDay: number, timeZone: string): number {
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + msOfDay;
  // Two passes settle the offset even across a zone's offset change.
  let ms = guess - offsetMinutes(guess, timeZone) * 60_000;
  ms = guess - offsetMinutes(ms, timeZone) * 60_000;
  return ms;
}

/** ISO 8601 with the zone's offset, seconds precision: `2026-03-31T16:00:00+07:00`. */
export function formatInstant(ms: number, timeZone: string): string {
  const { date, msOfDay } = zonedParts(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  const s = Math.floor(msOfDay / 1000);
  return `${date}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local date of an instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  return zonedParts(ms, timeZone).date;
}
