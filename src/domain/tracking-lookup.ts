/**
 * Looking a case up by its tracking code without comparing codes in a way that leaks time: stores
 * index the code's SHA-256, and the code found is compared with the one typed in constant time.
 * A case registered before tracking codes gets one derived from the store's secret and its id.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { trackingCode } from './tracking-code.js';

/** The SHA-256 of a code (hex): what the stores index instead of the code itself. */
export function trackingDigest(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

/** Whether two codes are the same, in a time that does not depend on where they differ. */
export function sameTrackingCode(stored: string | undefined, typed: string): boolean {
  const a = Buffer.from(stored ?? '', 'utf8');
  const b = Buffer.from(typed, 'utf8');
  // Equal lengths for timingSafeEqual; a code of another length is refused after the same work.
  const same = timingSafeEqual(a.length === b.length ? a : b, b);
  return a.length === b.length && same && a.length > 0;
}

/**
 * The code of a case registered before tracking codes: the first 80 bits of SHA-256 of the store's
 * secret, `|tracking|` and the case id. Unguessable without the secret, the same on every read, and
 * the same that the database's migration computes in SQL (pg/schema.ts), so both stores agree.
 */
export function legacyTrackingCode(secretHex: string, caseId: string): string {
  return trackingCode(createHash('sha256').update(`${secretHex}|tracking|${caseId}`, 'utf8').digest());
}
