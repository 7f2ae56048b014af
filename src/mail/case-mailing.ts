/**
 * The mail steps the use cases call, each one line for them: prepare a case's e-mail (recipients
 * checked, subject and body composed, Message-ID chosen) before anything is sent or recorded; send
 * it; send a queued one again from the outbox (same Message-ID, documents read back from the store);
 * and turn an outcome into the attempt the outbox records.
 */
import type { Case } from '../domain/model.js';
import type { OutboxAttempt, OutboxEntry } from '../domain/case-mail.js';
import type { QueuedMail } from '../domain/outbox.js';
import type { Profile } from '../domain/profile.js';
import { letterMail, receiptMail, type MailedDocument } from './compose-letter.js';
import { MailError } from './mail-error.js';
import { letterRecipients } from './recipients.js';
import { smtpConnection } from './servers.js';
import { newMessageId, sendMail, type SentMail } from './smtp-sender.js';

/** An e-mail of a case, ready to send or to queue. */
export interface PreparedMail {
  kind: MailedDocument | 'receipt';
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  messageId: string;
}

/** A PDF the e-mail carries. */
export interface MailFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The e-mail of a letter (`letter` given) or of the receipt: exit 2 naming `to` when there is no
 * address or one a shielded reporter did not give, before anything is sent or recorded.
 */
export function prepareCaseMail(input: {
  c: Case;
  profile: Profile;
  kind: MailedDocument | 'receipt';
  letter?: { number: string; hal: string; signed?: boolean; with?: MailedDocument[]; survey?: string };
  /** `--to`, repeatable; else the applicant's own address. */
  to?: string[];
  /** The receipt's "answer due by", in words. */
  due?: string;
}): PreparedMail {
  const { c, profile } = input;
  const recipients = letterRecipients(c, { to: input.to, cc: input.kind === 'receipt' ? [] : (profile.mail?.cc ?? []) });
  const composed =
    input.kind === 'receipt' || !input.letter
      ? receiptMail({ c, profile, ...(input.due ? { due: input.due } : {}) })
      : letterMail({
          c,
          profile,
          document: input.kind,
          letterNumber: input.letter.number,
          hal: input.letter.hal,
          signed: input.letter.signed,
          ...(input.letter.with ? { with: input.letter.with } : {}),
          ...(input.letter.survey ? { survey: input.letter.survey } : {}),
        });
  return { kind: input.kind, ...recipients, ...composed, messageId: newMessageId(profile.email) };
}

/** Sends a prepared e-mail with its PDFs; the server's acceptance, or a MailError (exit 3) with its answer. */
export async function sendPrepared(
  profile: Profile,
  env: NodeJS.ProcessEnv,
  mail: PreparedMail,
  files: MailFile[],
  now: Date,
): Promise<SentMail> {
  const server = { ...smtpConnection(profile, env), fromName: profile.unit || profile.agency };
  return sendMail(server, {
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: now,
    attachments: files.map((f) => ({ filename: f.name, content: f.bytes })),
  });
}

/** What the outbox keeps of a prepared e-mail whose PDFs the store keeps (storeAttachmentBytes). */
export function queuedOf(
  mail: PreparedMail,
  documents: { name: string; sha256: string }[],
  queued: { at: string; by: string },
): QueuedMail {
  return { ...mail, documents, queuedAt: queued.at, queuedBy: queued.by };
}

/** Sends a waiting outbox entry again: the same Message-ID and text, its PDFs read back by SHA-256. */
export async function resendQueued(
  profile: Profile,
  env: NodeJS.ProcessEnv,
  entry: OutboxEntry,
  readAttachment: (sha256: string) => Promise<Uint8Array>,
  now: Date,
): Promise<SentMail> {
  const files = await Promise.all(entry.documents.map(async (d) => ({ name: d.name, bytes: await readAttachment(d.sha256) })));
  const mail: PreparedMail = { ...entry, kind: entry.kind as PreparedMail['kind'] };
  return sendPrepared(profile, env, mail, files, now);
}

/** The attempt the outbox records for an outcome: accepted with the server's answer, or the MailError's answer. */
export function attemptOf(outcome: SentMail | MailError, at: string, by: string): OutboxAttempt {
  return outcome instanceof MailError ? { at, by, ok: false, answer: outcome.answer } : { at, by, ok: true, answer: outcome.answer };
}
