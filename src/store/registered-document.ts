/** A case registered with its document (its receipt) in one change: what both stores share of it. */
import { requireCjs } from '../cjs.js';
import type { Case } from '../domain/model.js';
import type { CaseDocument, KeptDocument, NewDocument, RegisteredWithDocument } from './store.js';

/** The SHA-256 of a document's bytes, in hex (node:crypto by require: cheaper than an import). */
export function documentDigest(bytes: Uint8Array): string {
  return (requireCjs('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
}

/**
 * Makes the document of a case just recorded and keeps it through `keep`; whatever goes wrong (a
 * broken template, a full disk) is the outcome's `failure`, since the case is recorded already.
 */
export async function documentOutcome(
  c: Case,
  document: CaseDocument,
  keep: (doc: NewDocument) => Promise<KeptDocument>,
): Promise<Omit<RegisteredWithDocument, 'case'>> {
  try {
    const doc = await document(c);
    return { kept: await keep({ ...doc, caseId: c.id }) };
  } catch (failure) {
    return { failure };
  }
}
