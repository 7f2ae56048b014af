/**
 * One pass over the mailbox: each new message is handed to the caller's handler (the registration
 * use case), and marked handled only after the handler says it is done with it. A crash between the
 * two leaves the message new: the next pass hands it over again, and the handler finds its key
 * already registered (store.findByMessageKey) and says done, so no message makes two cases.
 */
import type { ImapSettings } from '../domain/mail-settings.js';
import { openMailbox, type MailboxMessage } from './imap-reader.js';
import type { Connection } from './servers.js';

/** A new message as the handler gets it: listed facts, and its bytes on demand. */
export interface FetchedMessage extends MailboxMessage {
  /** Downloads the raw message (it stays unread); call it only when the message is to be registered. */
  raw(): Promise<Uint8Array>;
}

/** `done`: registered (now or earlier), mark it handled; `keep`: leave it new (waiting for the counter, or a dry run). */
export type Handled = 'done' | 'keep';

/** Hands every new message of the folder to `handle`, oldest first; returns how many were marked handled and kept. */
export async function fetchMailbox(
  server: Connection<ImapSettings>,
  handle: (message: FetchedMessage) => Promise<Handled>,
): Promise<{ done: number; kept: number }> {
  const mailbox = await openMailbox(server);
  let done = 0;
  let kept = 0;
  try {
    for (const m of await mailbox.newMessages()) {
      const outcome = await handle({ ...m, raw: () => mailbox.raw(m.uid) });
      if (outcome === 'done') {
        await mailbox.done(m.uid);
        done++;
      } else kept++;
    }
  } finally {
    await mailbox.close();
  }
  return { done, kept };
}
