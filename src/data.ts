/** Reading the reference data and templates shipped with the package. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/** Absolute path of a file shipped in the package (e.g. `data/holidays/2026.json`). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, root));
}

/** Parsed JSON of a shipped file, or undefined when it does not exist. */
export function readPackageJson<T>(relative: string): T | undefined {
  try {
    return JSON.parse(readFileSync(packagePath(relative), 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
