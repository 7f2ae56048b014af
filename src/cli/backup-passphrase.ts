/**
 * The passphrase of a backup: from --passphrase-file, else LOKET_BACKUP_PASSPHRASE, else (restoring an
 * encrypted backup in a terminal) asked. Never stored, never printed.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';

/** The passphrase given for this run, if any; the file's last line break is not part of it. */
export function givenPassphrase(ctx: Context, file: string | undefined): string | undefined {
  let passphrase = ctx.env.LOKET_BACKUP_PASSPHRASE;
  if (file !== undefined) {
    try {
      passphrase = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw InputError.of('passphraseFile', 'input.file', { value: file });
    }
  }
  if (passphrase !== undefined && passphrase.trim() === '')
    throw InputError.of(file === undefined ? 'LOKET_BACKUP_PASSPHRASE' : 'passphraseFile', 'input.passphraseEmpty');
  return passphrase;
}

/** The passphrase to open `backup` with: undefined for a backup in clear; asked in a terminal when not given. */
export async function restorePassphrase(ctx: Context, backup: string, file: string | undefined): Promise<string | undefined> {
  const { isEncryptedBackup } = await import('../store/backup-crypto.js');
  if (!(await isEncryptedBackup(backup))) return undefined;
  const given = givenPassphrase(ctx, file);
  if (given !== undefined) return given;
  if (ctx.interactive) return (await import('./prompts.js')).askPassword(t('ask.backupPassphrase'));
  throw InputError.of('passphraseFile', 'input.backupPassphraseMissing', { value: backup });
}
