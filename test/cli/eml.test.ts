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

  it('an attachment of the message is declared the TOR, another the identity card: the checklist counts them, and the e-mail address is a contact', async () => {
    const { home, cleanup } = tempHome();
    const file = join(files.home, 'permohonan-kak.eml');
    writeFileSync(file, GOOD.replace(/surat-permohonan\.pdf/g, 'KAK Sosialisasi.pdf'));
    const args = ['register', 'letter', '--yes', '--json', '--service', 'sosialisasi', '--from-eml', file];
    const r = await runLoket([...args, '--tor-attachment', 'kak sosialisasi.pdf', '--id-attachment', '1'], {
      home,
      now: '2026-03-16T10:00:00+07:00',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.missing).not.toContain('tor');
    expect(r.json.missing).not.toContain('id-document');
    expect(r.json.missing).not.toContain('contact');
    expect(r.json.missing).not.toContain('identity');
    const c = (await runLoket(['show', r.json.id, '--json'], { home })).json;
    expect(c.attachments.map((a: { name: string; role: string }) => [a.name, a.role])).toEqual([
      ['permohonan-kak.eml', 'id-document'],
      ['KAK Sosialisasi.pdf', 'tor'],
    ]);
    const { pdfText } = await import('../helpers/pdf.js');
    const receipt = await pdfText(r.json.receipt);
    expect(receipt).toContain('Kerangka acuan kegiatan (KAK/TOR) (KAK Sosialisasi.pdf)');
    expect(receipt).not.toMatch(/\d\. Kerangka acuan kegiatan/);
    cleanup();
  });

  it('a name that is not an attachment of the message: exit 2 naming --tor-attachment and the names there are, nothing written', async () => {
    const { home, cleanup } = tempHome();
    const file = join(files.home, 'permohonan.eml');
    writeFileSync(file, GOOD);
    const r = await runLoket(
      ['register', 'letter', '--yes', '--json', '--service', 'sosialisasi', '--from-eml', file, '--tor-attachment', 'KAK.pdf'],
      { home, now: '2026-03-16T10:00:00+07:00' },
    );
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe('--tor-attachment');
    expect(r.json.error.problems[0].message).toContain('2. surat-permohonan.pdf');
    expect(existsSync(join(home, 'store'))).toBe(false);
    expect(existsSync(join(home, 'attachments'))).toBe(false);
    cleanup();
  });

  it('a TOR that came by e-mail is declared later with `requirements --tor-attachment`', async () => {
    const { home, cleanup } = tempHome();
    const file = join(files.home, 'permohonan.eml');
    writeFileSync(file, GOOD);
    const now = '2026-03-16T10:00:00+07:00';
    const r = await runLoket(['register', 'letter', '--yes', '--json', '--no-receipt', '--service', 'sosialisasi', '--from-eml', file], {
      home,
      now,
    });
    expect(r.json.missing).toContain('tor');
    const req = await runLoket(['requirements', r.json.id, '--tor-attachment', 'surat-permohonan.pdf', '--json'], {
      home,
      now: '2026-03-16T11:00:00+07:00',
    });
    expect(req.code, req.stderr).toBe(0);
    expect(req.json.missing).not.toContain('tor');
    const c = (await runLoket(['show', r.json.id, '--json'], { home })).json;
    expect(c.attachments[1]).toMatchObject({ name: 'surat-permohonan.pdf', role: 'tor' });
    expect(c.requirements.tor).toMatchObject({ met: true, file: 'surat-permohonan.pdf', by: 'resepsionis' });
    expect(c.events.at(-1)).toMatchObject({
      action: 'requirements',
      changes: { declared: [{ name: 'surat-permohonan.pdf', role: 'tor' }] },
    });
    cleanup();
  });
});
