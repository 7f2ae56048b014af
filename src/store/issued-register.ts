/**
 * The register of issued documents (`store/issued.jsonl`): one JSON line per document saved, with its
 * SHA-256, appended and fsynced, so `verify-pdf` can tell a document this office issued.
 */
import { issuedEntry } from './document-checks.js';
import { appendLineDurable, ensureDir, parseJsonLine } from './durable-file.js';
import { linesContaining } from './line-search.js';
import { assertLocksHeld } from './lock.js';
import type { StorePaths } from './paths.js';
import type { IssuedDocument } from './store.js';

/** Appends one entry (the caller holds the store's lock). */
export async function appendIssued(paths: StorePaths, entry: IssuedDocument): Promise<void> {
  // An append is not a rename out of the lock: whether the lock is still ours is asked first.
  await assertLocksHeld();
  await ensureDir(paths.data);
  await appendLineDurable(paths.issued, JSON.stringify(entry));
}

/** Every entry of a case, in the order issued. */
export async function issuedFor(paths: StorePaths, caseId: string): Promise<IssuedDocument[]> {
  const found: IssuedDocument[] = [];
  for await (const line of linesContaining(paths.issued, JSON.stringify(caseId))) {
    const entry = await issuedEntry(parseJsonLine(line));
    if (entry?.caseId === caseId) found.push(entry);
  }
  return found;
}

/** The entry of the document with this SHA-256, if one was issued. */
export async function findIssued(paths: StorePaths, sha256: string): Promise<IssuedDocument | undefined> {
  for await (const line of linesContaining(paths.issued, sha256)) {
    // A torn last line (a crash while appending) is skipped like any line that is not a record.
    const entry = await issuedEntry(parseJsonLine(line));
    if (entry?.sha256 === sha256) return entry;
  }
  return undefined;
}
