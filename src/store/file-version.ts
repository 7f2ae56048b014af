/**
 * The identity of one version of a file, for the stamps and caches derived from store files (a
 * validated file, the search index, the records `due` reads): a hand edit or another writer changes
 * it. The change time is in it because nobody can put it back (touch, cp -p and editors restore the
 * modification time, not it).
 */
import { statSync } from 'node:fs';

/** The key of a file's version from its `stat` (with `bigint: true`). */
export function versionKey(s: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint }): string {
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
}

/** The key of the file at `path` as it is now; undefined when there is none. */
export function fileVersion(path: string): string | undefined {
  try {
    return versionKey(statSync(path, { bigint: true }));
  } catch {
    return undefined;
  }
}
