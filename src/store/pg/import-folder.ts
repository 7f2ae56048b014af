/**
 * `loket db import`: a data folder copied into an empty database. The folder is held still (its lock)
 * while it is checked and copied, in one transaction that commits only if the database then checks
 * clean and its counts equal the folder's.
 */
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { InputError, StoreError } from '../../errors.js';
import type { PgStore } from '../pg-store.js';
import type { CheckResult } from '../store.js';

/** Copies the folder `from` into the database of `store`; the database's check afterwards. */
export async function importDataFolder(
  store: PgStore,
  from: string,
  options: { user: string; now: () => number; env: NodeJS.ProcessEnv },
): Promise<{ from: string; check: CheckResult }> {
  const dir = resolve(from);
  // A data folder has its store/ (cases, letter books, meta.json): anything else is a typo.
  if (!existsSync(join(dir, 'store', 'meta.json'))) throw InputError.of('from', 'input.notDataFolder', { value: dir });
  const { FileStore } = await import('../file-store.js');
  const { lockOptionsFromEnv, withLock } = await import('../lock.js');
  const lock = lockOptionsFromEnv(options.env);
  const files = new FileStore({ home: dir, user: options.user, now: options.now, lock });
  return withLock(files.paths.lock, options.user, lock, async () => {
    const before = await files.check();
    if (before.findings.length) throw new StoreError('store.checkFailed', { count: before.findings.length }, before.findings);
    const { fileBackupSource } = await import('../file-backup.js');
    const { copyInto } = await import('../logical-backup.js');
    const { loadIntoDatabase } = await import('./backup.js');
    const sql = await store.sql();
    await store.guard(() => loadIntoDatabase(sql, store.location, (sink) => copyInto(fileBackupSource(files), sink), before));
    return { from: dir, check: await store.check() };
  });
}
