/**
 * Tracking codes: the code an applicant or an anonymous reporter quotes to follow a case without an
 * account. 80 random bits written as 16 symbols of an alphabet without 0/O and 1/I, in four groups
 * of four (`K7QM-2XNA-P4RT-9HZC`), so that it can be read out on the phone.
 */

/** 32 symbols, 5 bits each: the Latin capitals and digits less 0, O, 1 and I. */
export const TRACKING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** How many random bytes a code takes: 10 bytes, 80 bits, 16 symbols. */
export const TRACKING_BYTES = 10;

const SYMBOLS = 16;
const SYMBOL = `[${TRACKING_ALPHABET}]`;
const SHAPE = new RegExp(`^${SYMBOL}{4}(-${SYMBOL}{4}){3}$`);
const SYMBOLS_ONLY = new RegExp(`^${SYMBOL}{${SYMBOLS}}$`);

/** The code written from 10 bytes (more are ignored): each 5 bits, most significant first, is one symbol. */
export function trackingCode(bytes: Uint8Array): string {
  if (bytes.length < TRACKING_BYTES) throw new Error(`a tracking code needs ${TRACKING_BYTES} bytes, got ${bytes.length}`);
  let symbols = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes.subarray(0, TRACKING_BYTES)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols += TRACKING_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return symbols.match(/.{4}/g)!.join('-');
}

/** Whether a text is a tracking code as loket writes it. */
export function isTrackingCode(text: string): boolean {
  return SHAPE.test(text);
}

/**
 * What a person typed, as loket writes it: case, spaces and dashes do not matter. Undefined when it
 * cannot be a code (a wrong length, or a symbol the alphabet does not have, such as 0, O, 1 or I).
 */
export function normalizeTrackingCode(text: string): string | undefined {
  if (text.length > 64) return undefined;
  // The status page asks with the code as written, on every request: no copy for it.
  if (SHAPE.test(text)) return text;
  const raw = text.toUpperCase().replace(/[\s-]/g, '');
  if (!SYMBOLS_ONLY.test(raw)) return undefined;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, SYMBOLS)}`;
}

/** The code shortened for a log line: its first group only, never enough to follow the case. */
export function maskTrackingCode(text: string): string {
  return `${text.slice(0, 4).replace(/[^A-Za-z0-9]/g, '?')}-…`;
}
