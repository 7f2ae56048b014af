/** The IM-NKK category bands: the office's own copy in LOKET_HOME/data if there is one, else the shipped table. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageJson } from '../data.js';
import { isBandTable, type CategoryBand } from '../domain/imnkk.js';
import { StoreError } from '../errors.js';

const SHIPPED = 'data/imnkk-categories.json';

/** The bands; exit 3 (naming the file) when the table cannot be read or is not a band table. */
export function categoryBands(home: string): CategoryBand[] {
  const own = join(home, 'data', 'imnkk-categories.json');
  const file = existsSync(own) ? own : SHIPPED;
  let table: unknown;
  try {
    table = file === own ? JSON.parse(readFileSync(own, 'utf8')) : readPackageJson(SHIPPED);
  } catch (error) {
    throw new StoreError('store.reference', { file, problem: error instanceof Error ? error.message : String(error) });
  }
  const bands = typeof table === 'object' && table !== null && 'bands' in table ? table.bands : undefined;
  if (!isBandTable(bands)) throw new StoreError('store.reference', { file, problem: 'bands: [{ "min": 0..1, "category": "..." }]' });
  return bands;
}
