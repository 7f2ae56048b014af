/**
 * An office whose mail goes through the test's own servers: the SMTP server in the test's process
 * (helpers/smtp-server.ts) and, for the mailbox, a throwaway Dovecot (helpers/dovecot.ts), set with
 * `config set` as an office would. The passwords come from the environment, as in production.
 */
import PostalMime from 'postal-mime';
import { expect } from 'vitest';
import type { CliResult } from './cli.js';
import { IMAP_PASSWORD, IMAP_USER } from './dovecot.js';
import { SMTP_PASSWORD, SMTP_USER, type Received } from './smtp-server.js';

export type Run = (args: string[], now?: string, env?: Record<string, string>) => Promise<CliResult>;

/** The environment a command that mails needs: both passwords. */
export const MAIL_ENV = { LOKET_SMTP_PASSWORD: SMTP_PASSWORD, LOKET_IMAP_PASSWORD: IMAP_PASSWORD };

async function set(run: Run, pairs: [string, string][]): Promise<void> {
  for (const [key, value] of pairs) {
    const r = await run(['config', 'set', key, value]);
    expect(r.code, `config set ${key}: ${r.stderr}`).toBe(0);
  }
}

/** Points the office's SMTP settings at a loopback port (with the test server's login). */
export async function useSmtp(run: Run, port: number, options: { cc?: string[] } = {}): Promise<void> {
  await set(run, [
    ['mail.smtp.host', '127.0.0.1'],
    ['mail.smtp.port', String(port)],
    ['mail.smtp.secure', 'none'],
    ['mail.smtp.user', SMTP_USER],
    ...(options.cc ? ([['mail.cc', JSON.stringify(options.cc)]] as [string, string][]) : []),
  ]);
}

/** Points the office's mailbox at the test Dovecot's folder. */
export async function useImap(run: Run, port: number, folder: string, doneFolder = ''): Promise<void> {
  await set(run, [
    ['mail.imap.host', '127.0.0.1'],
    ['mail.imap.port', String(port)],
    ['mail.imap.secure', 'none'],
    ['mail.imap.user', IMAP_USER],
    ['mail.imap.folder', folder],
    ['mail.imap.doneFolder', doneFolder],
  ]);
}

/** A received message parsed as its reader's mail program would, with its envelope recipients. */
export async function parsedMail(received: Received) {
  const parsed = await PostalMime.parse(received.raw);
  return {
    ...parsed,
    envelope: [...received.to].sort(),
    raw: received.raw.toString('utf8'),
    files: parsed.attachments.map((a) => ({ name: a.filename, bytes: Buffer.from(a.content as ArrayBuffer) })),
  };
}
