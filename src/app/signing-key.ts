/** The office's signing key for this run: from the profile, with the passphrase the way in supplies (never stored). */
import { readFileSync } from 'node:fs';
import type { Profile } from '../domain/profile.js';
import { InputError } from '../errors.js';
import type { SigningKey } from '../render/pdf-signing.js';
import type { Session } from './session.js';

/** The opened key when the profile asks for signing, else undefined; refused (exit 2) before any number is given. */
export async function signingKey(s: Session, profile: Profile): Promise<SigningKey | undefined> {
  const signing = profile.signing;
  if (!signing?.p12.trim()) return undefined;
  let p12: Buffer;
  try {
    p12 = readFileSync(signing.p12);
  } catch {
    throw InputError.of('signing.p12', 'input.signingFile', { value: signing.p12 });
  }
  const passphrase = await s.secret('signingPassphrase');
  if (passphrase === undefined) throw InputError.of('LOKET_SIGNING_PASSPHRASE', 'input.signingPassphraseMissing');
  const { openSigningKey } = await import('../render/pdf-signing.js');
  return openSigningKey(p12, passphrase, new Date(s.now()), { reason: signing.reason, location: profile.city, contact: profile.email });
}
