/**
 * A raw e-mail turned into what a registration needs: the sender as applicant, the subject, when it
 * was received, the body as text (HTML turned into text), PDF and image attachments up to the
 * office's limit, and the message itself, kept whole. postal-mime (~30 ms to import) is loaded here
 * only. Nothing in the message is run or fetched: parts are bytes, HTML is only read for its text.
 */
import { InputError, type Params } from '../errors.js';
import { num, type MessageKey as CatalogueKey } from '../i18n/index.js';
import { receivedAtOf } from '../domain/mail-received.js';
import { headerBlock, headerFields, messageKey, type MessageKey } from '../domain/message-key.js';
import { htmlToText } from './html-text.js';

/** Bytes to keep on the case (an attachment of the message, or the message itself). */
export interface MessageFile {
  name: string;
  bytes: Uint8Array;
}

/** The registration fields a message gives (named as `register letter`'s options). */
export interface MessageFields {
  channel: 'email';
  applicant: string;
  email: string;
  subject?: string;
  receivedAt?: string;
  purpose?: string;
}

export interface ParsedMessage {
  key: MessageKey;
  fields: MessageFields;
  /** The whole body as text (the fields' `purpose` may be cut). */
  body: string;
  /** The message itself first, then the attachments kept. */
  files: MessageFile[];
  /** What the counter should know: a date in the future, an attachment left out... */
  warnings: { key: CatalogueKey; params: Params }[];
}

export interface ParseOptions {
  /** The input field named when the message cannot be used (`fromEml`, `message`). */
  field: string;
  /** The file name the message is kept under, and how it is named in messages. */
  name: string;
  maxAttachmentBytes: number;
  /** For a fetched message: when the server took it in, and now; the time received is then never in the future. */
  arrivedMs?: number;
  nowMs?: number;
}

const KEPT = /^(application\/pdf|image\/(jpeg|png|gif|tiff|webp))$/i;
/** The longest text `register` takes for a purpose. */
const MAX_PURPOSE = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Text as a case keeps it: NFC, newlines only as `\n`, tabs as spaces, no other control character, no blank runs. */
export function caseText(text: string, oneLine = false): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029]/g, '')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return oneLine ? cleaned.replace(/\s+/g, ' ') : cleaned;
}

/** The fields, body, files and warnings of a raw message; exit 2 (naming `options.field`) when it is broken or has no sender. */
export async function parseMessage(raw: Uint8Array, options: ParseOptions): Promise<ParsedMessage> {
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw InputError.of(options.field, 'input.emlBroken', {
      value: options.name,
      problem: error instanceof Error ? error.message : String(error),
    });
  }
  const address = email.from?.address?.trim();
  if (!address || !EMAIL.test(address)) throw InputError.of(options.field, 'input.emlNoSender', { value: options.name });
  const warnings: ParsedMessage['warnings'] = [];
  const subject = caseText(email.subject ?? '', true);

  const dateMs = email.date ? new Date(email.date).getTime() : undefined;
  let receivedAt: string | undefined;
  if (options.nowMs !== undefined) {
    const received = receivedAtOf({ arrivedMs: options.arrivedMs, dateMs }, options.nowMs);
    receivedAt = new Date(received.ms).toISOString();
    if (received.note === 'future') warnings.push({ key: 'mail.warn.future', params: { date: email.date ?? '', at: receivedAt } });
    if (received.note === 'undated') warnings.push({ key: 'mail.warn.undated', params: { at: receivedAt } });
  } else if (dateMs !== undefined && Number.isFinite(dateMs)) receivedAt = new Date(dateMs).toISOString();

  const body = caseText(email.text?.trim() ? email.text : email.html ? await htmlToText(email.html) : '');
  let purpose = body;
  if (purpose.length > MAX_PURPOSE) {
    purpose = `${purpose.slice(0, MAX_PURPOSE - 1).trimEnd()}…`;
    warnings.push({ key: 'mail.warn.bodyCut', params: { max: MAX_PURPOSE } });
  }

  const files: MessageFile[] = [{ name: options.name, bytes: raw }];
  const maxMb = Math.round(options.maxAttachmentBytes / 1024 / 1024);
  for (const [i, part] of email.attachments.entries()) {
    // Pictures of the HTML body itself (a logo in the signature) are not letters.
    if (part.related || (part.disposition === 'inline' && part.contentId && part.mimeType.startsWith('image/'))) continue;
    const name = caseText(part.filename ?? '', true).replace(/[/\\]/g, '_') || `lampiran-${i + 1}`;
    if (!KEPT.test(part.mimeType)) {
      warnings.push({ key: 'mail.warn.attachmentSkipped', params: { name, type: part.mimeType } });
      continue;
    }
    const bytes = typeof part.content === 'string' ? Buffer.from(part.content) : new Uint8Array(part.content);
    if (bytes.length > options.maxAttachmentBytes) {
      warnings.push({ key: 'mail.warn.attachmentTooLarge', params: { name, mb: num(bytes.length / 1024 / 1024, 1, true), max: maxMb } });
      continue;
    }
    files.push({ name, bytes });
  }

  return {
    key: messageKey(headerFields(headerBlock(raw))),
    fields: {
      channel: 'email',
      applicant: caseText(email.from?.name ?? '', true) || address,
      email: address,
      ...(subject ? { subject } : {}),
      ...(receivedAt ? { receivedAt } : {}),
      ...(purpose ? { purpose } : {}),
    },
    body,
    files,
    warnings,
  };
}
