/** The documents a database keeps: the register's entries of a case, and the copy a workstation prints. */
import { dirname } from 'node:path';
import { ensureDir, writeFileDurable } from '../durable-file.js';
import { StorePaths } from '../paths.js';
import type { IssuedDocument } from '../store.js';
import type { Sql } from './types.js';

/** The register's entries of a case, in the order issued. */
export async function issuedRows(sql: Sql, caseId: string): Promise<IssuedDocument[]> {
  const rows = await sql`select doc from issued where doc->>'caseId' = ${caseId} order by n`;
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
