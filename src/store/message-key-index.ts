/**
 * The message keys of each block of cases (which message each case was registered from), kept as a
 * small derived file beside the block, `mailkeys-2026-000.txt`, rebuilt whenever the block's file
 * changed (its version: file-version.ts) like the search index. Losing it costs a rebuild, never a wrong answer:
 * the block is the truth. One line per key: the key, a tab, the case id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurable } from './durable-file.js';
import { blockKey, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc } from './schema.js';
import { fileVersion } from './file-version.js';

interface BlockReader {
  paths: StorePaths;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
}

function indexPath(paths: StorePaths, ref: BlockRef): string {
  return join(paths.data, `mailkeys-${blockKey(ref)}.txt`);
}

/** The key lines of one block, fresh or rebuilt from the block. */
async function blockKeys(store: BlockReader, ref: BlockRef): Promise<string> {
  const stamp = fileVersion(store.paths.cases(ref));
  if (!stamp) return '';
  const path = indexPath(store.paths, ref);
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = undefined;
  }
  const firstLine = text?.indexOf('\n') ?? -1;
  if (text && firstLine >= 0 && text.slice(0, firstLine) === stamp) return text.slice(firstLine + 1);
  const body = (await store.readBlock(ref)).cases
    .filter((c) => c.mail?.source?.key)
    .map((c) => `${c.mail!.source!.key}\t${c.id}`)
    .join('\n');
  // Best effort, not fsynced: losing it only costs a rebuild.
  await writeFileDurable(path, `${stamp}\n${body}`, { sync: false }).catch(() => undefined);
  return body;
}

/** The id of the case registered from the message with this key, in any of the blocks; undefined when none. */
export async function caseIdOfMessage(store: BlockReader, blocks: BlockRef[], key: string): Promise<string | undefined> {
  // Newest blocks first: a message is most often fetched again soon after it came.
  for (const ref of [...blocks].reverse()) {
    const text = await blockKeys(store, ref);
    const at = text.indexOf(`${key}\t`);
    if (at >= 0 && (at === 0 || text[at - 1] === '\n')) return text.slice(at + key.length + 1).split('\n', 1)[0];
  }
  return undefined;
}
