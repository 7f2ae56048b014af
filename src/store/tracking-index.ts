/**
 * The file store's lookup by tracking code: for each block of cases, the SHA-256 of each case's code,
 * kept in memory and rebuilt when the block's file changes (size, mtime, inode). A long-running
 * `loket serve` reads each block once, then only looks at the files' stamps.
 */
import { stat } from 'node:fs/promises';
import type { Case } from '../domain/model.js';
import { blockKey, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc } from './schema.js';

interface BlockSource {
  paths: StorePaths;
  blocks(): Promise<BlockRef[]>;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
}

/** Digests of the tracking codes of the cases in one version of a block's file, to their agenda numbers. */
interface BlockDigests {
  key: string;
  digests: Map<string, number>;
}

export class TrackingIndex {
  private readonly blocks = new Map<string, BlockDigests>();

  /**
   * The block and agenda number of the case whose code has this digest, newest blocks first.
   * `digestOf` is domain/tracking-lookup.ts's, passed in: node:crypto is loaded only by a lookup.
   */
  async find(
    store: BlockSource,
    digest: string,
    digestOf: (code: string) => string,
  ): Promise<{ ref: BlockRef; agendaNumber: number } | undefined> {
    for (const ref of (await store.blocks()).reverse()) {
      const agendaNumber = (await this.digestsOf(store, ref, digestOf)).get(digest);
      if (agendaNumber !== undefined) return { ref, agendaNumber };
    }
    return undefined;
  }

  private async digestsOf(store: BlockSource, ref: BlockRef, digestOf: (code: string) => string): Promise<Map<string, number>> {
    const path = store.paths.cases(ref);
    let key: string;
    try {
      const s = await stat(path);
      key = `${s.size}:${s.mtimeMs}:${s.ino}`;
    } catch {
      return new Map();
    }
    const cached = this.blocks.get(blockKey(ref));
    if (cached?.key === key) return cached.digests;
    const digests = new Map((await store.readBlock(ref)).cases.filter(hasCode).map((c) => [digestOf(c.trackingCode), c.agendaNumber]));
    this.blocks.set(blockKey(ref), { key, digests });
    return digests;
  }
}

function hasCode(c: Case): c is Case & { trackingCode: string } {
  return !!c.trackingCode;
}
