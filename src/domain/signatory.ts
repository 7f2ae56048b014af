/**
 * Who signs each outgoing document, and whether that is configured. A document whose signatory is
 * still empty (or the "(nama pejabat ...)" placeholder of older default profiles) never leaves the
 * office: it is refused before a number or a code is given.
 */
import { InputError } from '../errors.js';
import type { Profile, Signatory } from './profile.js';

/** The documents that carry a signature block. */
export type SignedDocument = 'reply' | 'recommendation' | 'certificate';

const PLACEHOLDER_RE = /^\(.*\)$/;
const NIP_DIGITS = 18;

/** Whether a profile text is not set: empty, or a placeholder in brackets. */
export function isUnset(value: string | undefined): boolean {
  const v = value?.trim() ?? '';
  return v === '' || PLACEHOLDER_RE.test(v);
}

/** Whether a NIP is well formed: 18 digits (spaces between groups allowed). */
export function isNip(value: string): boolean {
  return new RegExp(`^\\d{${NIP_DIGITS}}$`).test(value.replace(/\s+/g, ''));
}

/**
 * The signatory of a document; the recommendation letter is signed by the reply's signatory unless one
 * is set for it (a name or a NIP: `init --yes` leaves the recommendation's entry with only its position).
 */
export function signatoryFor(profile: Profile, document: SignedDocument): { key: SignedDocument; signatory: Signatory } {
  const own = profile.signatories[document];
  if (own && (document !== 'recommendation' || !isUnset(own.name) || !isUnset(own.nip))) return { key: document, signatory: own };
  return { key: 'reply', signatory: profile.signatories.reply };
}

/** The profile keys that must be set before `document` can be signed (empty when it can). */
export function missingSignatoryKeys(profile: Profile, document: SignedDocument): string[] {
  const { key, signatory } = signatoryFor(profile, document);
  return (['position', 'name', 'nip'] as const).filter((f) => isUnset(signatory[f])).map((f) => `signatories.${key}.${f}`);
}

/** Refuses (exit 2) documents whose signatories are not configured, naming every key to set (and `loket init`). */
export function assertSignatories(profile: Profile, documents: SignedDocument[]): void {
  const missing = [...new Set(documents.flatMap((d) => missingSignatoryKeys(profile, d)))];
  if (missing.length) throw new InputError(missing.map((key) => ({ field: key, key: 'input.signatoryMissing', params: { key } })));
}

/** The configured signatory of a document; refused (exit 2) when it is not configured. */
export function assertSignatory(profile: Profile, document: SignedDocument): Signatory {
  assertSignatories(profile, [document]);
  return signatoryFor(profile, document).signatory;
}
