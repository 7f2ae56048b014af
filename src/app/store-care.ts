/** Looking after the store itself: the full check, a backup, and a restore into an empty store. */
import { authorize } from './authorize.js';
import { basename } from 'node:path';
import { formatInstant } from '../domain/timezone.js';
import { ProblemList, StoreError } from '../errors.js';
import { defaultBackupFile } from '../store/paths.js';
import type { CheckResult } from '../store/store.js';
import type { Session } from './session.js';
import { fileOption } from './typed-values.js';

/** Every document and number cross-checked; exit 3 with every finding when anything is wrong. */
export async function checkStore(s: Session): Promise<CheckResult> {
  const result = await s.store().check();
  if (result.findings.length) throw new StoreError('store.checkFailed', { count: result.findings.length }, result.findings);
  return result;
}

/** The name a backup file gets when only a folder is given. */
export async function backupName(s: Session): Promise<string> {
  return basename(defaultBackupFile(s.home, formatInstant(s.now(), (await s.profile()).timeZone)));
}

/** A logical backup of everything; `out` is a checked path, else the data folder's backups/. */
export async function backupStore(s: Session, out?: string): Promise<{ file: string; files: number; bytes: number }> {
  await authorize(s, 'backup');
  const stamp = formatInstant(s.now(), (await s.profile()).timeZone);
  return s.store().backup(out ?? defaultBackupFile(s.home, stamp), stamp);
}

/** A backup file restored into an empty store, then checked whole. */
export async function restoreStore(s: Session, file: string): Promise<{ location: string; files: number; cases: number }> {
  await authorize(s, 'restore');
  const problems = new ProblemList();
  const path = problems.need(fileOption(problems, 'file', file));
  const { files } = await s.store().restore(path);
  const result = await checkStore(s);
  return { location: s.store().location, files, cases: result.cases };
}
