/** What identifies a message: its Message-ID, else the header fields that say who wrote what to whom and when. */
import { describe, expect, it } from 'vitest';
import { headerBlock, headerFields, messageIdOf, messageKey } from '../../src/domain/message-key.js';

const key = (header: string) => messageKey(headerFields(header));

describe('message keys', () => {
  it.each([
    ['<abc@contoh.go.id>', '<abc@contoh.go.id>'],
    ['  <abc@contoh.go.id>  (comment)', '<abc@contoh.go.id>'],
    ['abc@contoh.go.id', '<abc@contoh.go.id>'],
    ['', undefined],
    [undefined, undefined],
  ])('the Message-ID of %j is %j', (value, id) => {
    expect(messageIdOf(value)).toBe(id);
  });

  it('is the Message-ID when there is one, whatever else differs (a second delivery with other Received lines)', () => {
    const a = key('Received: from a\r\nMessage-ID: <m1@contoh.go.id>\r\nSubject: Satu');
    const b = key('Received: from b\r\nDelivered-To: x@y.id\r\nMessage-Id: <m1@contoh.go.id>\r\nSubject: Satu (diteruskan)');
    expect(a).toEqual(b);
    expect(a).toMatchObject({ key: expect.stringMatching(/^mid-[0-9a-f]{32}$/), messageId: '<m1@contoh.go.id>' });
    expect(key('Message-ID: <m2@contoh.go.id>').key).not.toBe(a.key);
  });

  it('without one, is a hash of the identity fields: the same message delivered twice is one key, another message another', () => {
    const base = 'From: Warga <w@contoh.id>\r\nTo: persuratan@contoh.go.id\r\nSubject: Pengaduan\r\nDate: Mon, 16 Mar 2026 08:00:00 +0700';
    const a = key(`Received: by mx1\r\n${base}`);
    const b = key(`Received: by mx2\r\nReturn-Path: <w@contoh.id>\r\n${base}`);
    expect(a).toEqual(b);
    expect(a.key).toMatch(/^hdr-[0-9a-f]{32}$/);
    expect(a.messageId).toBeUndefined();
    expect(key(base.replace('08:00:00', '08:00:01')).key).not.toBe(a.key);
    expect(key(base.replace('Pengaduan', 'Pengaduan kedua')).key).not.toBe(a.key);
  });

  it('unfolds continuation lines, so a folded subject is the same subject', () => {
    expect(headerFields('Subject: Permohonan\r\n narasumber\r\nFrom: a@b.id')).toEqual([
      ['subject', 'Permohonan narasumber'],
      ['from', 'a@b.id'],
    ]);
    expect(key('Subject: Permohonan\r\n   narasumber').key).toBe(key('Subject: Permohonan narasumber').key);
  });

  it('reads the header block of a raw message up to the first empty line, CRLF or LF', () => {
    expect(headerBlock(Buffer.from('A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore'))).toBe('A: 1\r\nB: 2');
    expect(headerBlock(Buffer.from('A: 1\nB: 2\n\nbody'))).toBe('A: 1\nB: 2');
    expect(headerBlock(Buffer.from('A: 1'))).toBe('A: 1');
  });
});
