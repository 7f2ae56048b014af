/** English messages of the durability feature: every Indonesian key has its twin. */
import type { durabilityId } from './durability.id.js';

export const durabilityEn: Record<keyof typeof durabilityId, string> = {
  'store.backupAltered':
    'The backup {file} was changed or damaged ({problem}): it is not what `loket backup` wrote. Nothing was restored; use another copy of the backup.',
  'input.backupPassphrase': 'the passphrase of the backup {value} is wrong',
  'input.backupPassphraseMissing':
    'the backup {value} is encrypted: give its passphrase with LOKET_BACKUP_PASSPHRASE or --passphrase-file (in a terminal, loket asks for it)',
  'input.passphraseEmpty': 'the passphrase is empty',
  'help.backup.passphraseFile': 'a file holding the passphrase to encrypt the backup with (or LOKET_BACKUP_PASSPHRASE)',
  'help.restore.passphraseFile': 'a file holding the passphrase of an encrypted backup (or LOKET_BACKUP_PASSPHRASE; asked in a terminal)',
  'ask.backupPassphrase': 'Passphrase of the backup',
  'warn.backupClear':
    'Warning: the backup {file} is not encrypted. It holds personal data (protected reporters included) and the key of the certificate codes: whoever has the file can read them. Keep it locked away, or make the backup with a passphrase (LOKET_BACKUP_PASSPHRASE or --passphrase-file).',
};
