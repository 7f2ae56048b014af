/**
 * Putting messages into a test mailbox as a mail server delivering to it would (IMAP APPEND), and
 * building them: whole MIME messages with nodemailer's composer, or raw text for the odd ones.
 */
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { IMAP_PASSWORD, IMAP_USER } from './dovecot.js';

/** A MIME message as bytes. */
export async function composed(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

/** An IMAP client of the test mailbox, logged in. */
export async function mailboxClient(port: number): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: IMAP_USER, pass: IMAP_PASSWORD },
    logger: false,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Delivers messages into `folder` (created when missing), with the time the server took each in. */
export async function deliver(
  port: number,
  folder: string,
  messages: { raw: Buffer | string; arrived?: Date; seen?: boolean }[],
): Promise<void> {
  const client = await mailboxClient(port);
  try {
    if (!(await client.list()).some((b) => b.path === folder)) await client.mailboxCreate(folder);
    for (const m of messages) await client.append(folder, m.raw, m.seen ? ['\\Seen'] : [], m.arrived);
  } finally {
    await client.logout();
  }
}

/** The messages of a folder: uid, flags and Message-ID. */
export async function folderState(port: number, folder: string): Promise<{ uid: number; seen: boolean; messageId?: string }[]> {
  const client = await mailboxClient(port);
  try {
    const lock = await client.getMailboxLock(folder);
    try {
      const status = await client.status(folder, { messages: true });
      if (!status || !status.messages) return [];
      const all = await client.fetchAll('1:*', { uid: true, flags: true, envelope: true });
      return all.map((m) => ({
        uid: m.uid,
        seen: !!m.flags?.has('\\Seen'),
        ...(m.envelope?.messageId ? { messageId: m.envelope.messageId } : {}),
      }));
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}
