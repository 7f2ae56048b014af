/** The SMTP and IMAP settings of the profile, checked before any connection: exit 2 naming the key to set. */
import { ProblemList } from '../errors.js';
import { DEFAULT_IMAP, DEFAULT_SMTP, type ImapSettings, type SmtpSettings } from '../domain/mail-settings.js';
import type { Profile } from '../domain/profile.js';
import { mailPassword } from './password.js';

/** A server to connect to: its settings and the password found for its login. */
export type Connection<T> = T & { password?: string };

/** Whether the office has an SMTP server set (a receipt by e-mail is sent only then). */
export function smtpIsSet(profile: Profile): boolean {
  return !!profile.mail?.smtp?.host;
}

/** Whether the office has a mailbox set. */
export function imapIsSet(profile: Profile): boolean {
  return !!profile.mail?.imap?.host;
}

/** The SMTP server and its password; exit 2 naming `mail.smtp.host`, the sender's address or the password's place. */
export function smtpConnection(profile: Profile, env: NodeJS.ProcessEnv): Connection<SmtpSettings> & { from: string } {
  const settings = { ...DEFAULT_SMTP, ...profile.mail?.smtp };
  const problems = new ProblemList();
  if (!settings.host) problems.add('mail.smtp.host', 'mail.notSet', { key: 'mail.smtp.host' });
  // The office's address is the sender of every e-mail.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(profile.email)) problems.add('email', 'mail.noSender', { value: profile.email });
  problems.throwIfAny();
  return { ...settings, from: profile.email, password: mailPassword('smtp', settings, env) };
}

/** The IMAP mailbox and its password; exit 2 naming `mail.imap.host` or the password's place. */
export function imapConnection(profile: Profile, env: NodeJS.ProcessEnv): Connection<ImapSettings> {
  const settings = { ...DEFAULT_IMAP, ...profile.mail?.imap };
  const problems = new ProblemList();
  if (!settings.host) problems.add('mail.imap.host', 'mail.notSet', { key: 'mail.imap.host' });
  if (!settings.user) problems.add('mail.imap.user', 'mail.notSet', { key: 'mail.imap.user' });
  problems.throwIfAny();
  return { ...settings, password: mailPassword('imap', settings, env) };
}
