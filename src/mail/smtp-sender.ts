/**
 * Sending one e-mail through the office's SMTP server with nodemailer (loaded here only, on first
 * send): recipients, CC, PDF attachments, a Message-ID chosen before sending. It resolves only once
 * the server has accepted the message for every `to` address, with the server's answer; anything
 * else is a MailError (exit 3) carrying that answer, and nothing may be recorded as sent.
 */
import { randomBytes } from 'node:crypto';
import type { SmtpSettings } from '../domain/mail-settings.js';
import { MailError } from './mail-error.js';
import type { Connection } from './servers.js';
import { smtpFailure, type SmtpErrorFacts } from './smtp-failure.js';

/** An e-mail to send. */
export interface OutgoingMail {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  attachments?: { filename: string; content: Uint8Array; contentType?: string }[];
  /** Chosen by the caller when it must be known before sending (the outbox keeps it for retries); else made here. */
  messageId?: string;
  /** The Date header (the command's clock, LOKET_NOW in tests). */
  date?: Date;
}

/** What the server accepted: the Message-ID, who it took the message for, and its answer (`250 …`). */
export interface SentMail {
  messageId: string;
  accepted: string[];
  /** CC addresses the server refused (the `to` ones make the send fail), each with its answer. */
  rejected: { address: string; answer: string }[];
  answer: string;
}

/** How long to wait for the server before saying it cannot be reached (the counter has a queue). */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** A new Message-ID in the sender's domain: `<loket.…@kantor.go.id>`. */
export function newMessageId(from: string): string {
  const domain = from.split('@')[1] || 'loket.invalid';
  return `<loket.${Date.now().toString(36)}.${randomBytes(8).toString('hex')}@${domain}>`;
}

type Address = string | { address: string };
const addressOf = (a: Address) => (typeof a === 'string' ? a : a.address).toLowerCase();

/** Hands the e-mail to the server; the server's acceptance, or a MailError with its answer. */
export async function sendMail(
  server: Connection<SmtpSettings> & { from: string; fromName?: string },
  mail: OutgoingMail,
): Promise<SentMail> {
  const { createTransport } = (await import('nodemailer')).default;
  const transport = createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure === 'tls',
    requireTLS: server.secure === 'starttls',
    ignoreTLS: server.secure === 'none',
    ...(server.user ? { auth: { user: server.user, pass: server.password ?? '' } } : {}),
    ...TIMEOUTS,
    // Every part is given as bytes: nodemailer is never to read a file or fetch a URL named in a message.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const messageId = mail.messageId ?? newMessageId(server.from);
  const fail = (error: unknown): MailError => {
    const e = error as SmtpErrorFacts;
    return new MailError('smtp', smtpFailure(e), {
      host: `${server.host}:${server.port}`,
      answer: e.response || e.message || String(error),
      ...(e.responseCode ? { responseCode: e.responseCode } : {}),
      user: server.user,
    });
  };
  let info: { messageId: string; accepted: Address[]; rejected: Address[]; rejectedErrors?: SmtpErrorFacts[]; response: string };
  try {
    info = await transport.sendMail({
      from: server.fromName ? { name: server.fromName, address: server.from } : server.from,
      to: mail.to,
      ...(mail.cc?.length ? { cc: mail.cc } : {}),
      subject: mail.subject,
      text: mail.text,
      messageId,
      ...(mail.date ? { date: mail.date } : {}),
      attachments: (mail.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: Buffer.from(a.content),
        contentType: a.contentType ?? 'application/pdf',
      })),
    });
  } catch (error) {
    throw fail(error);
  } finally {
    transport.close();
  }
  const rejected = info.rejected.map(addressOf);
  const toRejected = mail.to.filter((a) => rejected.includes(a.toLowerCase()));
  const answers = info.rejectedErrors ?? [];
  if (toRejected.length) throw fail(answers[0] ?? { responseCode: 550, response: `${toRejected.join(', ')} refused` });
  return {
    messageId: info.messageId || messageId,
    accepted: info.accepted.map(addressOf),
    rejected: rejected.map((address, i) => ({ address, answer: answers[i]?.response ?? '' })),
    answer: info.response,
  };
}
