/**
 * What a case keeps of the mail: the message it was registered from (its key makes the
 * registration happen once), and its outbox: e-mails waiting to leave, each attempt recorded.
 */

/** The message a case came from. */
export interface MailSource {
  /** `mid-…` or `hdr-…` (domain/message-key.ts): no two cases have the same. */
  key: string;
  messageId?: string;
  /** The mailbox folder it was fetched from (absent for a saved .eml file). */
  folder?: string;
}

/** One try at handing an e-mail to the SMTP server: when, by whom, and the server's answer. */
export interface OutboxAttempt {
  at: string;
  by: string;
  ok: boolean;
  /** The server's answer (`250 Ok: queued as …`, `550 5.1.1 …`), or why it could not be reached. */
  answer: string;
}

/** An e-mail of the case that waits to leave, or left after waiting. */
export interface OutboxEntry {
  /** `1`, `2`… within the case. */
  id: string;
  /** What it carries: `reply`, `receipt`, `certificate`… (the step it completes when accepted). */
  kind: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  /** Given when queued and kept for every retry, so a receiver that got an earlier try can tell. */
  messageId: string;
  /** The PDFs to attach, kept in the store's attachments under their SHA-256. */
  documents: { name: string; sha256: string }[];
  queuedAt: string;
  queuedBy: string;
  attempts: OutboxAttempt[];
  /** When the server accepted it: no more tries. */
  sentAt?: string;
  /** Given up (the step was done another way): no more tries. */
  cancelled?: { at: string; by: string; reason: string };
}

export interface CaseMail {
  source?: MailSource;
  outbox?: OutboxEntry[];
}
