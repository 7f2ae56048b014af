/**
 * A search index per block of cases, derived from the block's file and rebuilt whenever that file
 * changed (its version: file-version.ts). It is plain text, one line per case: the lower-case searchable
 * words, a tab, and the case summary as JSON. `find` across ten years scans these lines with
 * indexOf and parses only the lines that match, instead of parsing every case and its events.
 */
import { readFileSync } from 'node:fs';
import { compareIso } from '../domain/dates.js';
import { caseHeadline, certificatesOf, type Case } from '../domain/model.js';
import { writeFileDurable } from './durable-file.js';
import { fileVersion } from './file-version.js';
import type { BlockRef, StorePaths } from './paths.js';
import type { BlockDoc } from './schema.js';
import type { CaseSummary } from './store.js';

interface BlockReader {
  paths: StorePaths;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
}

/** The compact summary of a case, as `list` and `find` show it. */
export function summaryOf(c: Case): CaseSummary {
  return {
    ...caseHeadline(c),
    ...(c.report?.about ? { about: c.report.about } : {}),
    ...(c.letter?.number ? { letterNumber: c.letter.number } : {}),
    receivedAt: c.receivedAt,
  };
}

/** The searchable words of a case, lower case on one line: what `find` matches (every store alike). */
export function wordsOf(c: Case): string {
  const s = summaryOf(c);
  // A shielded reporter's name is not searchable (s.applicant is empty); the channel's reference is.
  return [
    s.id,
    s.applicant,
    s.subject,
    s.letterNumber,
    c.channelRef,
    s.about,
    c.reply?.letterNumber,
    ...certificatesOf(c).map((x) => x.code),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** One index line: searchable words (no tabs or newlines), a tab, the summary. */
function lineOf(c: Case): string {
  return `${wordsOf(c)}\t${JSON.stringify(summaryOf(c))}`;
}

function readBuffer(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The index lines of one block as bytes, fresh or rebuilt from the block's file. Synchronous reads
 * on purpose: `find` reads hundreds of small files, and each async read costs a thread-pool trip.
 */
async function blockIndex(store: BlockReader, ref: BlockRef): Promise<Buffer> {
  const key = fileVersion(store.paths.cases(ref));
  if (!key) return Buffer.alloc(0);
  const bytes = readBuffer(store.paths.index(ref));
  const firstLine = bytes ? bytes.indexOf(0x0a) : -1;
  if (bytes && firstLine >= 0 && bytes.toString('utf8', 0, firstLine) === key) return bytes.subarray(firstLine + 1);
  const body = (await store.readBlock(ref)).cases.map(lineOf).join('\n');
  // Best effort, not fsynced: losing it only costs a rebuild.
  await writeFileDurable(store.paths.index(ref), `${key}\n${body}`, { sync: false }).catch(() => undefined);
  return Buffer.from(body);
}

/** The needle with the fewest occurrences in the text (counting stops once it cannot win). */
function rarest(text: Buffer, needles: Buffer[]): number {
  let best = 0;
  let bestCount = Infinity;
  needles.forEach((n, i) => {
    let count = 0;
    for (let at = text.indexOf(n); at >= 0 && count < bestCount; at = text.indexOf(n, at + 1)) count++;
    if (count < bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}

/**
 * Summaries of the lines whose searchable words contain every one of `words`. It walks the
 * occurrences of the rarest word; for the others a cursor per word only ever moves forward, so a
 * block is scanned about once per word whatever the query.
 */
function matches(text: Buffer, words: string[]): CaseSummary[] {
  const out: CaseSummary[] = [];
  const needles = words.map((w) => Buffer.from(w));
  const anchorIndex = rarest(text, needles);
  const anchor = needles[anchorIndex]!;
  const cursors = needles.map((n) => ({ n, pos: text.indexOf(n) }));
  for (let from = 0; ;) {
    const at = text.indexOf(anchor, from);
    if (at < 0) return out;
    const start = text.lastIndexOf(0x0a, at) + 1;
    let end = text.indexOf(0x0a, at);
    if (end < 0) end = text.length;
    const tab = text.indexOf(0x09, start);
    if (at < tab) {
      const all = cursors.every((c, i) => {
        if (i === anchorIndex) return true;
        while (c.pos >= 0 && c.pos < start) c.pos = text.indexOf(c.n, c.pos + 1);
        return c.pos >= 0 && c.pos < tab;
      });
      if (all) out.push(JSON.parse(text.toString('utf8', tab + 1, end)) as CaseSummary);
    }
    from = end + 1;
  }
}

/** Cases of the given blocks whose searchable text contains every word of `text`, newest first. */
export async function searchBlocks(store: BlockReader, blocks: BlockRef[], text: string): Promise<CaseSummary[]> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: CaseSummary[] = [];
  for (const ref of blocks) out.push(...matches(await blockIndex(store, ref), words));
  return out.sort((a, b) => compareIso(b.receivedAt, a.receivedAt));
}
