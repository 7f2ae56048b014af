/**
 * What identifies a message of the mailbox, so that it is registered once however often it is
 * fetched: its Message-ID, or, for a message without one, a hash of the header fields that say who
 * wrote what to whom and when (not those added on the way, which differ between two deliveries).
 */
import { createHash } from 'node:crypto';

/** The fields that make a message what it is; `Received`, `Return-Path`, `Delivered-To`... are left out. */
const IDENTITY_FIELDS = ['from', 'sender', 'to', 'cc', 'date', 'subject', 'in-reply-to', 'references'];

/** A message's key (`mid-…` from its Message-ID, `hdr-…` from its header fields) and its Message-ID when it has one. */
export interface MessageKey {
  key: string;
  messageId?: string;
}

/** The header block of a raw message: everything before the first empty line. */
export function headerBlock(raw: Uint8Array): string {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  const end = [crlf, lf].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? bytes.length;
  return bytes.toString('utf8', 0, end);
}

/** The fields of a header block in order, continuation lines unfolded, names in lower case. */
export function headerFields(header: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of header.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1]![1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) out.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return out;
}

/** The Message-ID a field's value holds: the first `<…>`, else the bare value; undefined when empty. */
export function messageIdOf(value: string | undefined): string | undefined {
  const bracketed = /<([^<>\s]+)>/.exec(value ?? '')?.[1];
  const id = bracketed ?? value?.trim().split(/\s+/)[0];
  return id ? `<${id}>` : undefined;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The key of a message from its header fields (as `headerFields` gives them). */
export function messageKey(fields: [string, string][]): MessageKey {
  const messageId = messageIdOf(fields.find(([name]) => name === 'message-id')?.[1]);
  if (messageId) return { key: `mid-${hash(messageId)}`, messageId };
  const identity = fields.filter(([name]) => IDENTITY_FIELDS.includes(name));
  // A message with none of them (a broken one) is known by all its fields.
  const chosen = identity.length ? identity : fields;
  return { key: `hdr-${hash(chosen.map(([name, value]) => `${name}:${value.replace(/\s+/g, ' ')}`).join('\n'))}` };
}
