/**
 * The file store's lookup by tracking code: for each block of cases, the SHA-256 of each case's code,
 * kept in memory and rebuilt when the block's file changes (its version: file-version.ts), with the
 * block each digest was last seen in; and the last cases found, kept while their block's file stays
 * the same. A long-running `loket serve` reads a block once, then only looks at the stamp of the
 * block a known code is in: a case looked up again is not parsed again.
 */
import type { Case } from '../domain/model.js';
import { blockKey, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc } from './schema.js';
import { fileVersion } from './file-version.js';
import { KeptCases } from './kept-cases.js';

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

export class TrackingIndex {
  private readonly blocks = new Map<string, BlockDigests>();
  /** The block each digest was in when its block was read: a case never moves to another block. */
  private readonly where = new Map<string, BlockRef>();
  private readonly recent = new KeptCases();
  /** Block files being read, by version: requests that arrive together for cases of one block wait for one read. */
  private readonly reading = new Map<string, Promise<BlockDoc>>();
  /** Each block's key and file, worked out once per ref (an index serves one store): `where` hands out the same ref for a known code. */
  private readonly named = new WeakMap<BlockRef, { key: string; file: string }>();
  /**
   * Each block file's version, stated once per turn of the event loop and shared by the requests of
   * that turn (the stat, its four dates and its key were about 5 % of the server's time under load). The requests
   * Node reads in one turn arrived together, so they may see the block as it was when the turn began;
   * a block this process writes clears it at once (`written`).
   */
  private readonly stamps = new Map<string, string | undefined>();

  /**
   * The case whose code has this digest (undefined when none): first in the block it was seen in,
   * if that block still holds it; else in every block, newest first. The case is the index's own,
   * frozen: handed to every request that asks for it, where a copy each time cost a fifth of the
   * status page's time under load. `digestOf` is domain/tracking-lookup.ts's, passed in:
   * node:crypto is loaded only by a lookup.
   */
  async lookup(store: BlockSource, digest: string, digestOf: (code: string) => string): Promise<Case | undefined> {
    const seen = this.where.get(digest);
    const found = seen && (await this.inBlock(store, seen, digest, digestOf));
    if (found) return found;
    for (const ref of (await store.blocks()).reverse()) {
      const there = await this.inBlock(store, ref, digest, digestOf);
      if (there !== undefined) return there || undefined;
    }
    return undefined;
  }

  /** The case of `digest` in this block: undefined when the block does not hold the digest, false when its case is gone. */
  private async inBlock(
    store: BlockSource,
    ref: BlockRef,
    digest: string,
    digestOf: (code: string) => string,
  ): Promise<Case | false | undefined> {
    const key = this.stamp(this.name(store, ref).file);
    if (!key) return undefined;
    const agendaNumber = (await this.digestsOf(store, ref, key, digestOf)).get(digest);
    if (agendaNumber === undefined) return undefined;
    const kept = this.recent.at(digest, key);
    if (kept) return kept;
    const read = (await this.read(store, ref, key)).cases.find((c) => c.agendaNumber === agendaNumber);
    return read ? this.recent.keep(digest, key, read) : false;
  }

  /**
   * The case of `digest` without waiting, when one was found before and its block's file is still the
   * version it was found in; undefined: ask `lookup`. What a status page asked for again costs.
   */
  kept(store: BlockSource, digest: string): Case | undefined {
    const ref = this.where.get(digest);
    const key = ref && this.stamp(this.name(store, ref).file);
    return key ? this.recent.at(digest, key) : undefined;
  }

  /** A block of this store was written: the versions stated before no longer hold. */
  written(): void {
    this.stamps.clear();
  }

  private stamp(file: string): string | undefined {
    if (this.stamps.has(file)) return this.stamps.get(file);
    if (this.stamps.size === 0) setImmediate(() => this.stamps.clear());
    // Synchronous on purpose: under load each asynchronous stat would wait its turn in the thread pool.
    const key = fileVersion(file);
    this.stamps.set(file, key);
    return key;
  }

  private name(store: BlockSource, ref: BlockRef): { key: string; file: string } {
    let named = this.named.get(ref);
    if (!named) this.named.set(ref, (named = { key: blockKey(ref), file: store.paths.cases(ref) }));
    return named;
  }

  private read(store: BlockSource, ref: BlockRef, key: string): Promise<BlockDoc> {
    const id = `${this.name(store, ref).key}@${key}`;
    let doc = this.reading.get(id);
    if (!doc) {
      doc = store.readBlock(ref);
      this.reading.set(id, doc);
      const done = () => void this.reading.delete(id);
      doc.then(done, done);
    }
    return doc;
  }

  private digestsOf(store: BlockSource, ref: BlockRef, key: string, digestOf: (code: string) => string): Promise<Map<string, number>> {
    const block = this.name(store, ref).key;
    const cached = this.blocks.get(block);
    if (cached?.key === key) return cached.digests;
    const digests = this.read(store, ref, key).then((doc) => {
      const map = new Map(doc.cases.filter(hasCode).map((c) => [digestOf(c.trackingCode), c.agendaNumber]));
      for (const d of map.keys()) this.where.set(d, ref);
      return map;
    });
    this.blocks.set(block, { key, digests });
    digests.catch(() => this.blocks.delete(block));
    return digests;
  }
}

function hasCode(c: Case): c is Case & { trackingCode: string } {
  return !!c.trackingCode;
}
