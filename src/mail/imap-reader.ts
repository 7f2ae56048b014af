/**
 * The office mailbox over IMAP with imapflow (loaded here only, when a mailbox is opened): the new
 * messages of a folder, each one's raw bytes, and marking a handled one (seen, or moved to the done
 * folder). Messages are read with BODY.PEEK, so one left waiting stays unread for the people who
 * also use the mailbox. Every failure is a MailError (exit 3) with the server's answer.
 */
import type { ImapFlow } from 'imapflow';
import type { ImapSettings } from '../domain/mail-settings.js';
import { headerFields, messageKey, type MessageKey } from '../domain/message-key.js';
import { MailError, type MailFailure } from './mail-error.js';
import type { Connection } from './servers.js';

/** A message of the mailbox as listed, before its body is downloaded. */
export interface MailboxMessage {
  uid: number;
  /** Bytes on the server: a message over the office's limit is not downloaded. */
  size: number;
  /** When the office's server took it in (IMAP internal date). */
  arrivedMs?: number;
  /** What identifies it (Message-ID, or a hash of its header fields). */
  key: MessageKey;
  /** Header fields, for a list of what waits (`from`, `subject`, `date`...). */
  fields: [string, string][];
}

export interface Mailbox {
  /** The folder's messages to handle: every one when handled messages are moved away, else the unread ones. */
  newMessages(): Promise<MailboxMessage[]>;
  /** The message's raw bytes (RFC 5322), read without marking it read. */
  raw(uid: number): Promise<Uint8Array>;
  /** Marks a message handled: flagged seen, and moved to the done folder when there is one. */
  done(uid: number): Promise<void>;
  close(): Promise<void>;
}

const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 120_000 };

interface ImapErrorFacts {
  code?: string;
  authenticationFailed?: boolean;
  mailboxMissing?: boolean;
  responseText?: string;
  serverResponseCode?: string;
  message?: string;
}

/** The kind of failure an imapflow error stands for. */
export function imapFailure(e: ImapErrorFacts): MailFailure {
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') return 'auth';
  if (e.mailboxMissing || e.serverResponseCode === 'NONEXISTENT') return 'folder';
  if (/^(ClosedAfterConnectTLS|UPGRADE_TIMEOUT|STARTTLS_INJECTION|ERR_SSL_.*|EPROTO)$/.test(e.code ?? '')) return 'tls';
  if (
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|EAI_AGAIN|CONNECT_TIMEOUT|GREETING_TIMEOUT|NoConnection|EConnectionClosed|ClosedAfterConnectText|ETIMEOUT)$/.test(
      e.code ?? '',
    )
  )
    return 'unreachable';
  return 'failed';
}

/** Opens the mailbox folder; a MailError when the server cannot be reached, refuses the login or has no such folder. */
export async function openMailbox(server: Connection<ImapSettings>): Promise<Mailbox> {
  const { ImapFlow } = await import('imapflow');
  const host = `${server.host}:${server.port}`;
  let folder = server.folder;
  const fail = (error: unknown): MailError => {
    if (error instanceof MailError) return error;
    const e = error as ImapErrorFacts;
    return new MailError('imap', imapFailure(e), {
      host,
      answer: e.responseText || e.message || String(error),
      user: server.user,
      folder,
    });
  };
  const client: ImapFlow = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.secure === 'tls',
    // STARTTLS required when asked for; never tried on a plain connection the office chose.
    doSTARTTLS: server.secure === 'starttls' ? true : server.secure === 'none' ? false : undefined,
    auth: { user: server.user, pass: server.password ?? '' },
    logger: false,
    disableAutoIdle: true,
    ...TIMEOUTS,
  });
  // A dropped connection is reported by the command that needed it; the event must not crash the process.
  client.on('error', () => undefined);
  let lock: { release(): void } | undefined;
  try {
    await client.connect();
    lock = await client.getMailboxLock(server.folder);
  } catch (error) {
    // Closed, not logged out: a server that just refused us owes no goodbye (and a LOGOUT can wait seconds).
    client.close();
    throw fail(error);
  }
  let doneReady = false;
  const guard = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw fail(error);
    }
  };
  return {
    newMessages: () =>
      guard(async () => {
        const uids = (await client.search(server.doneFolder ? { all: true } : { seen: false }, { uid: true })) || [];
        if (!uids.length) return [];
        const listed = await client.fetchAll(uids, { uid: true, size: true, internalDate: true, headers: true }, { uid: true });
        return listed
          .map((m) => {
            const fields = headerFields(m.headers?.toString('utf8') ?? '');
            const arrived = m.internalDate ? new Date(m.internalDate).getTime() : undefined;
            return {
              uid: m.uid,
              size: m.size ?? 0,
              ...(arrived !== undefined && Number.isFinite(arrived) ? { arrivedMs: arrived } : {}),
              key: messageKey(fields),
              fields,
            };
          })
          .sort((a, b) => a.uid - b.uid);
      }),
    raw: (uid) =>
      guard(async () => {
        const m = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (!m || !m.source) throw Object.assign(new Error(`message ${uid} is no longer in ${server.folder}`), { code: 'NotFound' });
        return new Uint8Array(m.source);
      }),
    done: (uid) =>
      guard(async () => {
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        if (!server.doneFolder) return;
        if (!doneReady) {
          folder = server.doneFolder;
          const exists = (await client.list()).some((b) => b.path === server.doneFolder);
          if (!exists) await client.mailboxCreate(server.doneFolder);
          doneReady = true;
          folder = server.folder;
        }
        const moved = await client.messageMove(String(uid), server.doneFolder, { uid: true });
        if (!moved) throw Object.assign(new Error(`message ${uid} could not be moved to ${server.doneFolder}`), { code: 'MoveFailed' });
      }),
    close: async () => {
      lock?.release();
      await client.logout().catch(() => client.close());
    },
  };
}
