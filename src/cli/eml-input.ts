/**
 * A letter that arrived by e-mail, read from its .eml file: the sender as applicant, the subject, the
 * message date as the time received, the body as the purpose, PDF and image attachments, and the
 * message itself (kept as an attachment). The reading is the mailbox's own (src/mail/message-parse.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { MailSource } from '../domain/case-mail.js';
import { InputError } from '../errors.js';
import type { MessageFile } from '../mail/message-parse.js';
import type { RegistrationOptions } from './register-options.js';

/** Bytes to keep on the case (an attachment of the message, or the message itself). */
export type EmlFile = MessageFile;

/** The option values the message gives, and the files to keep; exit 2 (field --from-eml) when it cannot be used. */
export async function readEml(
  path: string,
  maxBytes: number,
): Promise<{ fields: Partial<RegistrationOptions>; files: EmlFile[]; source: MailSource }> {
  let raw: Buffer;
  try {
    if (statSync(path).size > maxBytes) throw new Error('too large');
    raw = readFileSync(path);
  } catch {
    throw InputError.of('fromEml', 'input.file', { value: path });
  }
  const { parseMessage } = await import('../mail/message-parse.js');
  const { fields, files, key } = await parseMessage(raw, { field: 'fromEml', name: basename(path), maxAttachmentBytes: maxBytes });
  // Keyed like a fetched message: the same e-mail saved and fetched again is registered once.
  return { fields, files, source: { key: key.key, ...(key.messageId ? { messageId: key.messageId } : {}) } };
}
