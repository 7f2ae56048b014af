/**
 * When a fetched message was received: when the office's mail server took it in (IMAP's internal
 * date), else the Date its sender wrote; never later than now, since a sender's clock (or a
 * server's) may be wrong, and a deadline counted from the future would be wrong too.
 */

/** Why the time received is not the one the message gave. */
export type ReceivedNote = 'future' | 'undated';

/** The earliest instant the store accepts (2000-01-01): a date before it is a broken clock, not a receipt. */
const EARLIEST_MS = Date.UTC(2000, 0, 1);

/** The instant a message counts as received, and a note when its own dates could not be used as they are. */
export function receivedAtOf(message: { arrivedMs?: number; dateMs?: number }, nowMs: number): { ms: number; note?: ReceivedNote } {
  const usable = (ms: number | undefined) => ms !== undefined && Number.isFinite(ms) && ms >= EARLIEST_MS;
  const given = usable(message.arrivedMs) ? message.arrivedMs! : usable(message.dateMs) ? message.dateMs! : undefined;
  if (given === undefined) return { ms: nowMs, note: 'undated' };
  if (given > nowMs) return { ms: nowMs, note: 'future' };
  // Taken in by the server in the past, but dated by its sender in the future: worth a word at the counter.
  if (usable(message.dateMs) && message.dateMs! > nowMs) return { ms: given, note: 'future' };
  return { ms: given };
}
