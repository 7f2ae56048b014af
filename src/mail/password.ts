/**
 * The mail servers' passwords: from LOKET_SMTP_PASSWORD / LOKET_IMAP_PASSWORD, else from the file the
 * profile names, which must be readable by its owner only (0600). Never from the profile itself,
 * and never shown: messages name where the password was looked for, not what it is.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { MailServer } from './mail-error.js';

export const PASSWORD_ENV: Record<MailServer, string> = { smtp: 'LOKET_SMTP_PASSWORD', imap: 'LOKET_IMAP_PASSWORD' };

/**
 * The password of the server's login; undefined when the settings name no user (a server that
 * takes mail without a login). Exit 2 when a user is set but no password is found, or when the file
 * can be read by others.
 */
export function mailPassword(
  server: MailServer,
  settings: { user: string; passwordFile: string },
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (!settings.user) return undefined;
  const fromEnv = env[PASSWORD_ENV[server]];
  if (fromEnv) return fromEnv;
  const file = settings.passwordFile;
  const field = `mail.${server}.passwordFile`;
  if (!file) throw InputError.of(PASSWORD_ENV[server], 'mail.passwordMissing', { env: PASSWORD_ENV[server], key: field });
  let mode: number;
  try {
    const s = statSync(file);
    if (!s.isFile()) throw new Error('not a file');
    mode = s.mode;
  } catch {
    throw InputError.of(field, 'mail.passwordFileUnreadable', { value: file });
  }
  // Group or others may read (or write) it: a password anyone on the machine can read is no secret.
  if (mode & 0o077) throw InputError.of(field, 'mail.passwordFileOpen', { value: file, mode: (mode & 0o777).toString(8).padStart(4, '0') });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw InputError.of(field, 'mail.passwordFileUnreadable', { value: file });
  }
  // The line an editor or `echo` leaves at the end is not part of the password.
  const password = text.replace(/\r?\n$/, '');
  if (!password) throw InputError.of(field, 'mail.passwordFileEmpty', { value: file });
  return password;
}
