/**
 * A letter that arrived by e-mail, read from its .eml file: the sender as applicant, the subject, the
 * message date as the time received, PDF and image attachments, and the message itself (kept as an
 * attachment). postal-mime (~30 ms to import) is loaded only for `--from-eml`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { RegistrationOptions } from './register-options.js';

/** Bytes to keep on the case (an attachment of the message, or the message itself). */
export interface EmlFile {
  name: string;
  bytes: Uint8Array;
}

const KEPT = /^(application\/pdf|image\/(jpeg|png|gif|tiff|webp))$/i;

/** The option values the message gives, and the files to keep; exit 2 (field --from-eml) when it cannot be used. */
export async function readEml(path: string, maxBytes: number): Promise<{ fields: Partial<RegistrationOptions>; files: EmlFile[] }> {
  let raw: Buffer;
  try {
    if (statSync(path).size > maxBytes) throw new Error('too large');
    raw = readFileSync(path);
  } catch {
    throw InputError.of('fromEml', 'input.file', { value: path });
  }
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw InputError.of('fromEml', 'input.emlBroken', { value: path, problem: error instanceof Error ? error.message : String(error) });
  }
  const address = email.from?.address?.trim();
  if (!address || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) throw InputError.of('fromEml', 'input.emlNoSender', { value: path });
  const date = email.date ? new Date(email.date) : undefined;
  const fields: Partial<RegistrationOptions> = {
    channel: 'email',
    applicant: email.from?.name?.trim() || address,
    email: address,
    ...(email.subject?.trim() ? { subject: email.subject.trim() } : {}),
    ...(date && !Number.isNaN(date.getTime()) ? { receivedAt: date.toISOString() } : {}),
  };
  const files: EmlFile[] = [{ name: basename(path), bytes: raw }];
  for (const [i, part] of email.attachments.entries()) {
    if (!KEPT.test(part.mimeType)) continue;
    const bytes = typeof part.content === 'string' ? Buffer.from(part.content) : new Uint8Array(part.content);
    files.push({ name: part.filename?.replace(/[/\\]/g, '_') || `lampiran-${i + 1}`, bytes });
  }
  return { fields, files };
}
