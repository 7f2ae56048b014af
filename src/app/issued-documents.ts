/** The documents of a case: each issued one kept by the store, listed, and read back from any workstation. */
import { formatInstant } from '../domain/timezone.js';
import { kindOfName } from '../store/kept-documents.js';
import type { IssuedDocument, KeptDocument } from '../store/store.js';
import type { Session } from './session.js';

/** A rendered document to issue: what it is and its bytes. */
export interface RenderedDocument {
  caseId: string;
  kind: string;
  baseName: string;
  letterNumber?: string;
  bytes: Uint8Array;
  signed?: boolean;
}

/** A document issued by a step: kept by the store, with its bytes for a copy elsewhere (`--out`, an e-mail). */
export interface Issued {
  kept: KeptDocument;
  bytes: Uint8Array;
}

/** Keeps a rendered document in the store and in its register of issued documents. */
export async function issueDocument(s: Session, doc: RenderedDocument): Promise<Issued> {
  const at = formatInstant(s.now(), (await s.profile()).timeZone);
  const kept = await s.store().keepDocument({ ...doc, signed: !!doc.signed, at });
  return { kept, bytes: doc.bytes };
}

/** One line of `loket documents ID`. */
export interface DocumentEntry {
  name: string;
  kind: string;
  letterNumber: string | null;
  issuedAt: string;
  sha256: string;
  signed: boolean;
}

function entryOf(d: IssuedDocument): DocumentEntry {
  return {
    name: d.name,
    kind: d.kind ?? kindOfName(d.name),
    letterNumber: d.letterNumber ?? null,
    issuedAt: d.at,
    sha256: d.sha256,
    signed: d.signed,
  };
}

/** Every document issued for a case (which must exist), oldest first. */
export async function listDocuments(s: Session, id: string): Promise<{ id: string; documents: DocumentEntry[] }> {
  const c = await s.store().get(id);
  return { id: c.id, documents: (await s.store().documents(c.id)).map(entryOf) };
}

/** The bytes of every document of a case, for writing them out; one the store lost is named, not skipped silently. */
export async function documentFiles(s: Session, id: string): Promise<{ entry: DocumentEntry; bytes: Uint8Array }[]> {
  const { id: caseId, documents } = await listDocuments(s, id);
  const files = [];
  for (const entry of documents) files.push({ entry, bytes: await s.store().readDocument(caseId, entry.name) });
  return files;
}
