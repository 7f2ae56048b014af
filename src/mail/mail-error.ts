/**
 * A mail server that refused or could not be reached, as a typed error: exit 3 (a server unusable,
 * nothing recorded as sent) with the server's own answer. The kind says what to do about it.
 */
import { StoreError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';

export type MailServer = 'smtp' | 'imap';

/**
 * refused: the server said no to the message or a recipient (`temporary` for a 4xx: try later);
 * unreachable: no connection; auth: the login was refused; tooLarge: over the server's size limit;
 * tls: the secure connection failed; folder: no such mailbox folder; failed: anything else.
 */
export type MailFailure = 'refused' | 'unreachable' | 'auth' | 'tooLarge' | 'tls' | 'folder' | 'failed';

export class MailError extends StoreError {
  readonly server: MailServer;
  readonly failure: MailFailure;
  /** The server's answer (`550 5.1.1 …`) or the connection's error, without control characters. */
  readonly answer: string;
  readonly responseCode?: number;
  /** A 4xx answer or a lost connection: the same message may be accepted later (worth the outbox). */
  readonly temporary: boolean;
  constructor(
    server: MailServer,
    failure: MailFailure,
    details: { host: string; answer: string; responseCode?: number; user?: string; folder?: string },
  ) {
    const answer = clean(details.answer);
    super(`mail.${server}.${failure}` as MessageKey, {
      server: details.host,
      answer,
      user: details.user ?? '',
      folder: details.folder ?? '',
    });
    this.name = 'MailError';
    this.server = server;
    this.failure = failure;
    this.answer = answer;
    if (details.responseCode !== undefined) this.responseCode = details.responseCode;
    this.temporary =
      failure === 'unreachable' || (details.responseCode !== undefined && details.responseCode >= 400 && details.responseCode < 500);
  }
}

/** The answer on one line, without control characters (it reaches a terminal and the history). */
export function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 500)
  );
}
