/** Reading the reference data and templates shipped with the package. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The nearest folder above `dir` that holds package.json: src/ when run from source, dist/src/ when built. */
function packageRoot(dir: URL): URL {
  for (let d = dir; ; d = new URL('../', d)) {
    if (existsSync(new URL('package.json', d))) return d;
    if (d.pathname === '/') throw new Error(`package.json not found above ${fileURLToPath(dir)}`);
  }
}

const root = packageRoot(new URL('./', import.meta.url));

/** Absolute path of a file shipped in the package (e.g. `data/holidays/2026.json`). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, root));
}

/** The bytes of a shipped file, or undefined when it does not exist (a file the build writes may be missing). */
export function readPackageFile(relative: string): Buffer | undefined {
  try {
    return readFileSync(packagePath(relative));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Parsed JSON of a shipped file, or undefined when it does not exist. */
export function readPackageJson<T>(relative: string): T | undefined {
  const bytes = readPackageFile(relative);
  return bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as T);
}
