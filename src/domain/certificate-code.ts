/**
 * Certificate verification codes: an HMAC of what the certificate states, keyed by the store's
 * secret, so a code can be neither guessed from the agenda number nor forged for another score.
 */
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The text a certificate code signs. */
export function signedText(caseId: string, agency: string, score: number, maxScore: number, decree: string): string {
  return [caseId, agency, score, maxScore, decree].join('|');
}

/** A 16-character code in four groups (`ABCD-EFGH-JKLM-NPQR`), from an HMAC-SHA256. */
export function certificateCode(secretHex: string, text: string): string {
  const digest = createHmac('sha256', Buffer.from(secretHex, 'hex')).update(text).digest();
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[digest[i]! % 32];
  return out.match(/.{4}/g)!.join('-');
}

/** Upper case, no spaces, dashes restored: what a person types becomes what was printed. */
export function normalizeCode(text: string): string {
  const raw = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 16 ? raw.match(/.{4}/g)!.join('-') : text.trim().toUpperCase();
}
