/**
 * The documents a database keeps: the register's entries of a case, their bytes (those of a shielded
 * reporter's case apart, in sealed_documents, for the logins of wbs officers), and the copy a
 * workstation prints.
 */
import { dirname } from 'node:path';
import { identityShield } from '../../domain/identity.js';
import type { Case } from '../../domain/model.js';
import { InputError, NotAllowedError } from '../../errors.js';
import { ensureDir, writeFileDurable } from '../durable-file.js';
import { StorePaths } from '../paths.js';
import { issuedDocumentShape } from '../document-shapes.js';
import { issuedEntryFor, keptName } from '../kept-documents.js';
import type { IssuedDocument, NewDocument } from '../store.js';
import type { Sql } from './types.js';

/** The register's entries of a case, in the order issued. */
export async function issuedRows(sql: Sql, caseId: string): Promise<IssuedDocument[]> {
  const rows = await sql`select doc from issued where doc->>'caseId' = ${caseId} order by n`;
  // zod only for an entry the plain check refuses: its parse says what is wrong (exit 3).
  if (rows.every((r) => issuedDocumentShape(r.doc))) return rows.map((r) => r.doc as IssuedDocument);
  const { issuedDocumentSchema } = await import('../schema.js');
  return rows.map((r) => issuedDocumentSchema.parse(r.doc));
}

/** Writes the workstation's printable copy under its data folder's documents/; returns its path. */
export async function writePrintableCopy(home: string, caseId: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = new StorePaths(home).document(caseId, name);
  await ensureDir(dirname(path));
  await writeFileDurable(path, bytes);
  return path;
}

/** Locks the case a document is kept for (one writer of its documents at a time); whether its reporter is shielded. */
export async function lockCaseOfDocument(sql: Sql, caseId: string): Promise<boolean> {
  const [row] = await sql`select doc->>'channel' as channel, doc->'report' as report from cases where id = ${caseId} for update`;
  return !!row && !!identityShield({ channel: row.channel as string, report: row.report ?? undefined });
}

/** Keeps a document's bytes: a shielded reporter's case's apart, its row saying so. */
export async function insertDocument(
  sql: Sql,
  d: { caseId: string; name: string; sha256: string; bytes: Uint8Array; sealed: boolean },
): Promise<void> {
  if (!d.sealed) {
    await sql`insert into documents values (${d.caseId}, ${d.name}, ${d.sha256}, ${Buffer.from(d.bytes)})`;
    return;
  }
  await sql`insert into documents values (${d.caseId}, ${d.name}, ${d.sha256}, ${Buffer.alloc(0)}, true)`;
  await sql`insert into sealed_documents values (${d.caseId}, ${d.name}, ${Buffer.from(d.bytes)})`;
}

/** A kept document's bytes; exit 5 for a sealed one this login may not read, exit 2 for none of that name. */
export async function documentBytes(sql: Sql, caseId: string, name: string): Promise<Uint8Array> {
  const [row] = await sql`
    select d.bytes, d.sealed, s.bytes as kept from documents d
    left join sealed_documents s on s.case_id = d.case_id and s.name = d.name
    where d.case_id = ${caseId} and d.name = ${name}`;
  if (!row) throw InputError.of('name', 'input.documentUnknown', { id: caseId, value: name });
  if (!row.sealed) return row.bytes as Buffer;
  if (!row.kept) throw new NotAllowedError('roles.sealedDocument', { id: caseId, name });
  return row.kept as Buffer;
}

/**
 * Keeps a document in the caller's transaction: its case's row locked (one writer of its documents at
 * a time), under the name keptName gives beside the case's other documents, with its register entry.
 * `inserted`: the case this transaction inserted, whose row no one else sees and which has no
 * documents yet (were one there, the documents' primary key would refuse this one, not replace it).
 */
export async function keepInTransaction(sql: Sql, doc: NewDocument, sha256: string, inserted?: Case): Promise<IssuedDocument> {
  const sealed = inserted ? !!identityShield(inserted) : await lockCaseOfDocument(sql, doc.caseId);
  const { name, known } = keptName(doc, sha256, inserted ? [] : await issuedRows(sql, doc.caseId));
  if (known) return known;
  const entry = issuedEntryFor(doc, sha256, name);
  await insertDocument(sql, { caseId: doc.caseId, name, sha256, bytes: doc.bytes, sealed });
  await sql`insert into issued (sha256, doc) values (${sha256}, ${sql.json(entry as never)})`;
  return entry;
}
