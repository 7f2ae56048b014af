/** The mail servers' passwords as the mail module reads them: asked of the session (never of the profile). */
import type { Session } from './session.js';

/** The environment the mail module takes its passwords from (LOKET_SMTP_PASSWORD, LOKET_IMAP_PASSWORD), from the session's secrets. */
export async function mailEnv(s: Session): Promise<NodeJS.ProcessEnv> {
  const [smtp, imap] = await Promise.all([s.secret('smtpPassword'), s.secret('imapPassword')]);
  return { ...(smtp === undefined ? {} : { LOKET_SMTP_PASSWORD: smtp }), ...(imap === undefined ? {} : { LOKET_IMAP_PASSWORD: imap }) };
}
