/**
 * The cases the status page found last, by their code's digest, each with the version of the store
 * it was read from (a block file's stamp, a database row's version): handed out frozen to every
 * request while that version stays the same. The oldest found goes first (a Map keeps the order of
 * insertion). Used by the file store's tracking index and by the public store on PostgreSQL.
 */
import type { Case } from '../domain/model.js';
import { deepFrozen } from '../frozen.js';

/** How many cases found are kept (a few MB): the cases people are following now. */
const RECENT = 2000;

export class KeptCases {
  private readonly cases = new Map<string, { version: string; found: Readonly<Case> }>();

  /** The version of the case kept for `digest`, if one is. */
  version(digest: string): string | undefined {
    return this.cases.get(digest)?.version;
  }

  /** The case kept for `digest` when it was kept at `version`. */
  at(digest: string, version: string): Readonly<Case> | undefined {
    const kept = this.cases.get(digest);
    return kept?.version === version ? kept.found : undefined;
  }

  /** Keeps `c`, frozen, as the case of `digest` at `version`; returns it. */
  keep(digest: string, version: string, c: Case): Readonly<Case> {
    const found = deepFrozen(c);
    this.cases.delete(digest);
    this.cases.set(digest, { version, found });
    if (this.cases.size > RECENT) this.cases.delete(this.cases.keys().next().value!);
    return found;
  }
}
