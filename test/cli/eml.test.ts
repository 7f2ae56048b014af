/** Issue 18: a letter that arrived by e-mail registered from its .eml file, end to end. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLoket, tempHome } from '../helpers/loket.js';

const files = tempHome();
afterAll(() => files.cleanup());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A message as a mail client saves it: headers, a text part, and a PDF attachment in base64. */
function eml(headers: string): string {
  return [
    headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="batas"',
    '',
    '--batas',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dengan hormat, bersama ini kami mohon narasumber sosialisasi netralitas ASN.',
    '--batas',
    'Content-Type: application/pdf; name="surat-permohonan.pdf"',
    'Content-Disposition: attachment; filename="surat-permohonan.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    PDF.toString('base64'),
    '--batas--',
    '',
  ].join('\r\n');
}

const GOOD = eml(
  [
    'From: "Dinas Kominfo Kab. Contoh" <persuratan@kominfo.contoh.go.id>',
    'To: persuratan@kasn.go.id',
    'Subject: Permohonan narasumber sosialisasi netralitas ASN',
    'Date: Mon, 16 Mar 2026 08:30:00 +0700',
  ].join('\r\n'),
);

describe('register letter --from-eml', () => {
  it('fills the applicant, e-mail, subject, time received and channel, and keeps the attachment and the message', async () => {
    const { home, cleanup } = tempHome();
    const file = join(files.home, 'permohonan.eml');
    writeFileSync(file, GOOD);
    const r = await runLoket(
      [
        'register',
        'letter',
        '--yes',
        '--json',
        '--no-receipt',
        '--service',
        'sosialisasi',
        '--letter-number',
        '005/12/2026',
        '--from-eml',
        file,
      ],
      { home, now: '2026-03-16T10:00:00+07:00' },
    );
    expect(r.code, r.stderr).toBe(0);
    const c = (await runLoket(['show', r.json.id, '--json'], { home })).json;
    expect(c).toMatchObject({
      channel: 'email',
      receivedAt: '2026-03-16T08:30:00+07:00',
      subject: 'Permohonan narasumber sosialisasi netralitas ASN',
      applicant: { name: 'Dinas Kominfo Kab. Contoh', email: 'persuratan@kominfo.contoh.go.id' },
      letter: { number: '005/12/2026' },
    });
    expect(c.attachments.map((a: { name: string; size: number }) => [a.name, a.size])).toEqual([
      ['permohonan.eml', Buffer.byteLength(GOOD)],
      ['surat-permohonan.pdf', PDF.length],
    ]);
    expect((await runLoket(['check', '--json'], { home })).json).toMatchObject({ ok: true, attachments: 2 });
    cleanup();
  });

  it.each([
    ['no sender', eml(['Subject: Tanpa pengirim', 'Date: Mon, 16 Mar 2026 08:30:00 +0700'].join('\r\n'))],
    ['not an e-mail at all', '\u0000\u0001 bukan pesan'],
  ])('%s: exit 2 naming --from-eml, nothing written', async (_what, text) => {
    const { home, cleanup } = tempHome();
    const file = join(files.home, `rusak-${Math.random().toString(36).slice(2)}.eml`);
    writeFileSync(file, text);
    const r = await runLoket(['register', 'letter', '--yes', '--json', '--service', 'pengaduan', '--from-eml', file], { home });
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe('--from-eml');
    expect(existsSync(join(home, 'store'))).toBe(false);
    cleanup();
  });
});
