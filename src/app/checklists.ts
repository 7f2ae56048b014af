/** The requirement checklists shipped in `data/requirements.json`. */
import { readPackageJson } from '../data.js';
import type { Checklists } from '../domain/requirements.js';

let cached: Checklists | undefined;

/** The checklists (read once per process). */
export function checklists(): Checklists {
  cached ??= readPackageJson<Checklists>('data/requirements.json');
  if (!cached) throw new Error('data/requirements.json is missing from the package');
  return cached;
}
