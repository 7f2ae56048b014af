/**
 * The SHA-256 of the tracking codes asked for lately, kept: the status page hashes the code of every
 * request it gets, and applicants ask for the same codes again and again (hashing was about 4 % of the
 * page's time under load). Bounded, so that codes sent at random cannot grow it: when full, it starts over.
 * Both stores look cases up through this module, so the domain's own functions are re-exported here.
 */
import { trackingDigest } from '../domain/tracking-lookup.js';

export { sameTrackingCode, trackingDigest } from '../domain/tracking-lookup.js';

/** How many codes are kept: far more than an office's applicants ask for within a minute. */
export const KEPT_DIGESTS = 4096;

const kept = new Map<string, string>();

/** The digest of a code that was asked for (`trackingDigest`), computed once while it stays among the last few thousand. */
export function askedDigest(code: string): string {
  let digest = kept.get(code);
  if (digest === undefined) {
    if (kept.size >= KEPT_DIGESTS) kept.clear();
    kept.set(code, (digest = trackingDigest(code)));
  }
  return digest;
}
