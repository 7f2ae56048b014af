/**
 * The file store's lookup by tracking code: for each block of cases, the SHA-256 of each case's code,
 * kept in memory and rebuilt when the block's file changes (its version: file-version.ts); and the last cases
 * found, kept while their block's file stays the same. A long-running `loket serve` reads a block
 * once, then only looks at the files' stamps: a case looked up again is not parsed again.
 */
import type { Case } from '../domain/model.js';
import { blockKey, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc } from './schema.js';
import { fileVersion } from './file-version.js';

interface BlockSource {
  paths: StorePaths;
  blocks(): Promise<BlockRef[]>;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
}

/** Digests of the tracking codes of the cases in one version of a block's file, to their agenda numbers. */
interface BlockDigests {
  key: string;
  digests: Promise<Map<string, number>>;
}

/** How many cases found are kept (a few MB): the cases people are following now. */
const RECENT = 2000;

export class TrackingIndex {
  private readonly blocks = new Map<string, BlockDigests>();
  private readonly recent = new Map<string, { key: string; found: Case }>();

  /**
   * The case whose code has this digest, newest blocks first (undefined when none). The case is
   * the index's own copy: the caller must not change it. `digestOf` is domain/tracking-lookup.ts's,
   * passed in: node:crypto is loaded only by a lookup.
   */
  async lookup(store: BlockSource, digest: string, digestOf: (code: string) => string): Promise<Case | undefined> {
    for (const ref of (await store.blocks()).reverse()) {
      // Synchronous on purpose: a lookup stats every block up to its case, and under load each
      // asynchronous stat would wait its turn in the thread pool.
      const key = fileVersion(store.paths.cases(ref));
      if (!key) continue;
      const agendaNumber = (await this.digestsOf(store, ref, key, digestOf)).get(digest);
      if (agendaNumber === undefined) continue;
      const kept = this.recent.get(digest);
      if (kept?.key === key) return kept.found;
      const found = (await store.readBlock(ref)).cases.find((c) => c.agendaNumber === agendaNumber);
      if (!found) return undefined;
      this.recent.delete(digest);
      this.recent.set(digest, { key, found });
      // The oldest found goes first (a Map keeps the order of insertion).
      if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
      return found;
    }
    return undefined;
  }

  private digestsOf(store: BlockSource, ref: BlockRef, key: string, digestOf: (code: string) => string): Promise<Map<string, number>> {
    const cached = this.blocks.get(blockKey(ref));
    if (cached?.key === key) return cached.digests;
    // Requests that arrive together while a block is read wait for the one read, not each for its own.
    const digests = store
      .readBlock(ref)
      .then((doc) => new Map(doc.cases.filter(hasCode).map((c) => [digestOf(c.trackingCode), c.agendaNumber])));
    this.blocks.set(blockKey(ref), { key, digests });
    digests.catch(() => this.blocks.delete(blockKey(ref)));
    return digests;
  }
}

function hasCode(c: Case): c is Case & { trackingCode: string } {
  return !!c.trackingCode;
}
