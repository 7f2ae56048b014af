/**
 * Checking an uploaded PDF for the public, as `loket verify-pdf` does: its signature intact, and its
 * SHA-256 among the documents this office issued; then which document it is, from the case.
 */
import { createHash } from 'node:crypto';
import { certificatesOf, type Case } from '../domain/model.js';
import { documentKindOf, isNumberedLetter, type DocumentKind } from '../domain/document-kind.js';
import type { Store } from '../store/store.js';

/** The verdict on a document: `valid` only when intact, issued here and (for a certificate) not revoked. */
export interface PublicDocument {
  valid: boolean;
  status: 'valid' | 'revoked' | 'invalid';
  /** The signature covers the whole file and matches its key. */
  intact: boolean;
  signed: boolean;
  /** This exact file is among the documents the office issued. */
  issued: boolean;
  sha256: string;
  signer: string | null;
  document: { caseId: string; kind: DocumentKind | null; number: string | null; date: string } | null;
  revoked: { at: string; reason: string } | null;
}

/** The number a document states: the letter's number, or the certificate's code (and the certificate itself). */
function numberOf(c: Case | undefined, kind: DocumentKind | undefined, issuedAt: string) {
  if (!c || !kind) return { number: null };
  if (kind === 'certificate') {
    // The certificate this file is: the last one issued by the time the file was.
    const certificate = certificatesOf(c)
      .filter((x) => Date.parse(x.issuedAt) <= Date.parse(issuedAt))
      .at(-1);
    return { number: certificate?.code ?? null, certificate };
  }
  // A letter of an earlier answer (the case reopened since) no longer has its number on the case.
  if (isNumberedLetter(kind) && c.reply && c.reply.date <= issuedAt.slice(0, 10)) return { number: c.reply.letterNumber };
  return { number: null };
}

/** The verdict on the bytes of an uploaded PDF. */
export async function publicDocument(store: Store, bytes: Buffer): Promise<PublicDocument> {
  const { checkPdfSignature } = await import('../render/pdf-signature-check.js');
  const signature = checkPdfSignature(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const issued = await store.findDocument(sha256);
  const c = issued ? await store.get(issued.caseId).catch(() => undefined) : undefined;
  const kind = issued ? documentKindOf(issued.name) : undefined;
  const { number, certificate } = issued ? numberOf(c, kind, issued.at) : { number: null, certificate: undefined };
  const revocation = certificate
    ? (certificate.revoked ?? (await store.revocations()).find((r) => r.code === certificate.code))
    : undefined;
  const sound = signature.intact && !!issued;
  return {
    valid: sound && !revocation,
    status: sound ? (revocation ? 'revoked' : 'valid') : 'invalid',
    intact: signature.intact,
    signed: signature.signed,
    issued: !!issued,
    sha256,
    signer: signature.intact ? (signature.signer ?? null) : null,
    document: issued ? { caseId: issued.caseId, kind: kind ?? null, number, date: issued.at } : null,
    revoked: revocation ? { at: revocation.at, reason: revocation.reason } : null,
  };
}
