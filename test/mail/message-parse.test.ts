/** A raw message turned into registration fields: sender, subject, body as text, attachments kept within the limit, nothing run. */
import { describe, expect, it } from 'vitest';
import { caseText, parseMessage } from '../../src/mail/message-parse.js';
import { composed } from '../helpers/mailbox.js';

const LIMIT = 64 * 1024;
const parse = (raw: Buffer, over: object = {}) =>
  parseMessage(raw, { field: 'message', name: 'pesan.eml', maxAttachmentBytes: LIMIT, ...over });
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 3)]);

describe('reading a message for the counter', () => {
  it('takes the sender, subject, date and body, keeps the message and its PDF byte for byte', async () => {
    const raw = await composed({
      from: { name: 'Dinas Kominfo', address: 'kominfo@contoh.go.id' },
      to: 'persuratan@kasn.go.id',
      subject: 'Permohonan narasumber',
      text: 'Dengan hormat,\r\n\r\n\r\n\r\nkami mohon\tnarasumber.',
      date: new Date('2026-03-16T01:00:00Z'),
      messageId: '<p1@contoh.go.id>',
      attachments: [{ filename: 'surat.pdf', content: PDF, contentType: 'application/pdf' }],
    });
    const m = await parse(raw);
    expect(m.fields).toEqual({
      channel: 'email',
      applicant: 'Dinas Kominfo',
      email: 'kominfo@contoh.go.id',
      subject: 'Permohonan narasumber',
      receivedAt: '2026-03-16T01:00:00.000Z',
      purpose: 'Dengan hormat,\n\nkami mohon narasumber.',
    });
    expect(m.key.messageId).toBe('<p1@contoh.go.id>');
    expect(m.files.map((f) => f.name)).toEqual(['pesan.eml', 'surat.pdf']);
    expect(Buffer.from(m.files[0]!.bytes).equals(raw)).toBe(true);
    expect(Buffer.from(m.files[1]!.bytes).equals(PDF)).toBe(true);
    expect(m.warnings).toEqual([]);
  });

  it('turns an HTML-only body into text: no markup, no script, no image, no link target', async () => {
    const raw = await composed({
      from: 'warga@contoh.id',
      subject: 'Pengaduan',
      html: '<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><p>Petugas <b>tidak</b> hadir.</p><p>Lihat <a href="http://pelacak.example/x">bukti</a><img src="http://pelacak.example/pixel.gif"></p></body></html>',
    });
    const m = await parse(raw);
    expect(m.body).toBe('Petugas tidak hadir.\n\nLihat bukti');
    expect(m.fields.applicant).toBe('warga@contoh.id');
  });

  it('leaves out, with a word for the counter, an attachment over the limit and one that is neither PDF nor image', async () => {
    const raw = await composed({
      from: 'a@contoh.id',
      subject: 'Berkas',
      text: 'Terlampir.',
      attachments: [
        { filename: 'besar.pdf', content: Buffer.alloc(LIMIT + 1, 1), contentType: 'application/pdf' },
        { filename: 'makro.docm', content: Buffer.from('PK'), contentType: 'application/vnd.ms-word.document.macroEnabled.12' },
        { filename: '../../etc/foto.png', content: Buffer.from('png'), contentType: 'image/png' },
        { filename: 'logo.png', content: Buffer.from('logo'), contentType: 'image/png', cid: 'logo@x' },
      ],
    });
    const m = await parse(raw);
    expect(m.files.map((f) => f.name)).toEqual(['pesan.eml', '.._.._etc_foto.png']);
    expect(m.warnings.map((w) => [w.key, w.params.name])).toEqual([
      ['mail.warn.attachmentTooLarge', 'besar.pdf'],
      ['mail.warn.attachmentSkipped', 'makro.docm'],
    ]);
  });

  it('cuts a body longer than a purpose may be, and says so (the message itself is kept whole)', async () => {
    const m = await parse(await composed({ from: 'a@contoh.id', subject: 'Panjang', text: 'kata '.repeat(1000) }));
    expect(m.fields.purpose!.length).toBe(2000);
    expect(m.fields.purpose!.endsWith('…')).toBe(true);
    expect(m.body.length).toBeGreaterThan(4000);
    expect(m.warnings.map((w) => w.key)).toEqual(['mail.warn.bodyCut']);
  });

  it('refuses a message without a usable sender (exit 2, naming the field)', async () => {
    const raw = Buffer.from('From: bukan-alamat\r\nSubject: x\r\n\r\nisi\r\n');
    await expect(parse(raw)).rejects.toMatchObject({ problems: [{ field: 'message', key: 'input.emlNoSender' }] });
  });

  it.each([
    ['a\r\nb', 'a\nb'],
    ['tab\there', 'tab here'],
    ['bell\u0007 and escape\u001b[31m', 'bell and escape[31m'],
    ['e\u0301', 'é'],
    ['one\n\n\n\ntwo', 'one\n\ntwo'],
  ])('case text of %j is %j', (text, expected) => {
    expect(caseText(text)).toBe(expected);
  });
});
