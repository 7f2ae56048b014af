/** Checking a PDF someone shows the office: is its signature intact, and did this office issue it? */
import { createHash } from 'node:crypto';
import type { SignatureCheck } from '../render/pdf-signature-check.js';
import type { IssuedDocument } from '../store/store.js';
import type { Session } from './session.js';

export type DocumentCheck = SignatureCheck & {
  sha256: string;
  /** The register's entry when the office issued exactly these bytes. */
  issued: IssuedDocument | null;
  /** Intact and issued here: what "sah" means. */
  valid: boolean;
};

/** The verdict on the bytes of a PDF. */
export async function verifyDocument(s: Session, bytes: Uint8Array): Promise<DocumentCheck> {
  const { checkPdfSignature } = await import('../render/pdf-signature-check.js');
  const signature = checkPdfSignature(Buffer.from(bytes));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const issued = (await s.store().findDocument(sha256)) ?? null;
  return { ...signature, sha256, issued, valid: signature.intact && issued !== null };
}
