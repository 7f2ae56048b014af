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
  'input.fileChanged': 'the file {value} changed while it was read; try again',
  'input.databaseScheme':
    'not a PostgreSQL address: "{value}"; write postgres://USER@SERVER:PORT/DATABASE (the password in ~/.pgpass or PGPASSFILE)',
  'input.databaseUrl': 'the database address cannot be read (server, port 1–65535, brackets): "{value}"',
  'input.databaseParam': 'the database address "{value}" holds an unknown parameter: {key}',
  'store.dbLockTimeout':
    'Database {location}: waited {seconds} s, but what this needs (such as the agenda number counter, or this case) is still held by another workstation that has not finished, perhaps frozen or asleep. Nothing was written; try again, and look at that workstation (LOKET_LOCK_TIMEOUT_MS sets how long to wait).',
  'store.dbStatementTimeout':
    'Database {location}: a statement ran longer than {seconds} s and was stopped. Nothing was written; try again (LOKET_LOCK_TIMEOUT_MS sets the limit).',
  'store.dbRefused':
    "Database {location} refused the change: {message}. Nothing was written; check the database user's rights, whether the server is read-only, or its contents.",
  'warn.passwordOnCommandLine':
    'Warning: the database password is on the command line (--database), where other users of this computer can see it in the process list. Keep the address in LOKET_DATABASE_URL and the password in ~/.pgpass (or PGPASSFILE, `chmod 600`).',
  'input.notNfc': 'not in Unicode NFC form: "{value}"',
  'input.receivedFuture': 'the time received {value} is more than 5 minutes after now ({now}); check the date or the computer clock',
  'input.actor': 'the name of who acts (--as, LOKET_USER, or the desk) is not valid: "{value}"',
  'check.textControl': '{file}: case {id}, {field} holds a control character: "{value}"',
  'check.textLong': '{file}: case {id}, {field} is too long: {length} characters (at most {max})',
  'check.textNfc': '{file}: case {id}, {field} is not in Unicode NFC form',
  'input.importControl': '{value} holds a control character (only a newline is allowed)',
  'input.importLong': '{value} is too long (at most 2,000 characters for a subject, 500 for a name, 10,000 for the rest)',
  'input.outNotFile':
    'the target is not a regular file (a device, FIFO, socket or folder) and is left as it is; name a new file or a regular one: "{value}"',
  'store.letterBookMissing':
    '{file} is missing although letter numbers of that year were given: no number is given until the book is back. Restore from a backup.',
  'input.templateSize': 'the office template is larger than {max} KB; a template holds the wording of a letter, not a document',
};
