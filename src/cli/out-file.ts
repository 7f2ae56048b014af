/**
 * Files a person asks for with `--out` (documents, backups, recap PDF). They hold personal data and
 * must never replace the store: a path inside the data folder or through a symlink is refused, and
 * the file is written privately (0600), whole or not at all. Only a new path or a regular file is
 * written: a device, FIFO or socket (`/dev/null`) would be replaced by the rename, so it is refused.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { ensureDir, writeFileDurable } from '../store/durable-file.js';

/** The nearest existing folder of a path, resolved through links (a folder that does not exist yet is created later). */
function realExisting(path: string): string {
  let p = path;
  for (;;) {
    try {
      return join(realpathSync(p), path.slice(p.length));
    } catch {
      const up = dirname(p);
      if (up === p) return path;
      p = up;
    }
  }
}

function inside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The absolute path for `--out` (a folder given where a file is wanted gets `defaultName` inside it);
 * an InputError naming `field` when it points into the data folder, through a symlink, or at a folder.
 */
export function checkOutPath(field: string, out: string, home: string, defaultName?: string): string {
  let path = resolve(out);
  const info = (() => {
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  })();
  if (info?.isSymbolicLink()) throw InputError.of(field, 'input.outSymlink', { value: out });
  if (info?.isDirectory()) {
    if (!defaultName) throw InputError.of(field, 'input.outFolder', { value: out });
    path = join(path, defaultName);
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw InputError.of(field, 'input.outSymlink', { value: path });
  }
  assertPlainTarget(field, path);
  const real = join(realExisting(dirname(path)), basename(path));
  if (inside(real, realExisting(resolve(home))) || inside(path, resolve(home)))
    throw InputError.of(field, 'input.outInStore', { value: out, home });
  return path;
}

/** Refuses (exit 2) a path that exists and is not a regular file: a device, FIFO, socket or folder is left as it is. */
export function assertPlainTarget(field: string, path: string): void {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (info && !info.isFile()) throw InputError.of(field, 'input.outNotFile', { value: path });
}

/** Writes `bytes` to a path from `checkOutPath`: private, atomic, its folder created when missing. */
export async function writeOutFile(path: string, bytes: Uint8Array | string): Promise<string> {
  // Again just before the write: the path may have become something else since it was checked.
  assertPlainTarget('out', path);
  await ensureDir(dirname(path));
  await writeFileDurable(path, bytes);
  return path;
}
