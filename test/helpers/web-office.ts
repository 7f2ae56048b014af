/**
 * An office for the public-page tests, made through the command line on either store: a request
 * followed from its receipt to a signed answer, an anonymous WBS report, a valid and a revoked
 * IM-NKK certificate, and signed PDFs (an intact copy, one with a changed byte, a foreign one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLoket, signedOffice } from './loket.js';
import { makeP12 } from './signing.js';
import { pdfText } from './pdf.js';
import { emblemPng } from './png.js';

export const PUBLIC_URL = 'https://layanan.contoh.go.id';
const PASS = 'rahasia-kantor';

export interface WebOffice {
  /** The request's tracking code, read from its receipt. */
  requestCode: string;
  requestId: string;
  /** The text of the request's receipt. */
  receiptText: string;
  receiptPdf: string;
  /** The anonymous WBS report: its code, its case, and what the page must never show. */
  reportCode: string;
  reportId: string;
  reportSecrets: string[];
  validCertificate: string;
  revokedCertificate: string;
  /** The signed certificate PDFs as issued. */
  validCertificatePdf: string;
  revokedCertificatePdf: string;
  /** The signed reply as issued, the same with one byte changed, and a PDF signed elsewhere. */
  signedReply: string;
  changedReply: string;
  foreignPdf: string;
  replyNumber: string;
  /** A case registered and left as it is, to follow step by step. */
  pendingCode: string;
}

/** Builds the office in `home` (with `env` naming the database, if any); `dir` holds the PDFs. */
export async function buildWebOffice(home: string, env: Record<string, string>, dir: string): Promise<WebOffice> {
  const p12 = join(dir, 'tte.p12');
  makeP12(p12, { passphrase: PASS, from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59Z' });
  const sign = { ...env, LOKET_SIGNING_PASSPHRASE: PASS };
  const run = async (args: string[], now: string, extra = env) => {
    const r = await runLoket([...args, '--json'], { home, now, env: extra, user: 'Budi Santoso' });
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r.json as Record<string, unknown> & { id: string };
  };
  await signedOffice(home, env);
  await run(['config', 'set', 'signing.p12', p12], '2026-03-01T09:00:00+07:00');
  await run(['config', 'set', 'signing.reason', 'Jawaban resmi'], '2026-03-01T09:00:00+07:00');
  await run(['config', 'set', 'serve.publicUrl', `${PUBLIC_URL}/`], '2026-03-01T09:00:00+07:00');
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, emblemPng());
  await run(['config', 'set', 'logo', logo], '2026-03-01T09:00:00+07:00');

  // A request followed from its receipt to its answer.
  const request = await run(
    [
      'register',
      'letter',
      '--yes',
      '--service',
      'sosialisasi',
      '--channel',
      'surat',
      '--applicant',
      'Dinas Kominfo Kab. Contoh',
      '--contact',
      '0812-3456-7890',
      '--subject',
      'Permohonan narasumber netralitas',
      '--event-date',
      '2026-04-08T09:00',
      '--event-place',
      'Aula Kantor Bupati',
    ],
    '2026-03-02T09:00:00+07:00',
  );
  const receiptPdf = String(request.receipt);
  const receiptText = await pdfText(receiptPdf);
  const requestCode = /[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}/.exec(receiptText)?.[0];
  if (!requestCode || requestCode !== request.trackingCode) throw new Error(`no tracking code on the receipt: ${receiptText}`);
  await run(['dispose', request.id, '--to', 'Budi Santoso', '--instruction', 'Siapkan narasumber terbaik'], '2026-03-02T10:00:00+07:00');
  await run(
    ['analyse', request.id, '--feasible', 'yes', '--mode', 'luring', '--note', 'Catatan internal analis'],
    '2026-03-03T09:00:00+07:00',
  );
  await run(
    ['decide', request.id, '--approve', '--schedule', '2026-04-08T09:00', '--contact', 'Budi Santoso, 0812-1111-2222'],
    '2026-03-04T09:00:00+07:00',
  );
  const signedReply = join(dir, 'surat-jawaban.pdf');
  const reply = await run(['reply', request.id, '--out', signedReply], '2026-03-05T10:00:00+07:00', sign);
  await run(['send', request.id, '--via', 'pos'], '2026-03-05T14:00:00+07:00');
  const bytes = readFileSync(signedReply);
  const changed = Buffer.from(bytes);
  // One byte changed, well before the signature's own hole (which is near the end of the file).
  changed.writeUInt8(changed.readUInt8(200) ^ 0x01, 200);
  const changedReply = join(dir, 'surat-jawaban-diubah.pdf');
  writeFileSync(changedReply, changed);

  // An anonymous report through the whistle-blowing system.
  const report = await run(
    [
      'register',
      'letter',
      '--yes',
      '--service',
      'pengaduan',
      '--channel',
      'wbs',
      '--anonymous',
      '--channel-ref',
      'WBS-2026-0099',
      '--concerning',
      'Bagian Umum',
      '--subject',
      'Dugaan pungutan liar di loket tiga',
    ],
    '2026-03-02T11:00:00+07:00',
  );
  await run(['dispose', report.id, '--to', 'Budi Santoso', '--instruction', 'Periksa rekaman kamera'], '2026-03-02T13:00:00+07:00');
  await run(['show', report.id, '--reveal-identity', '--reason', 'Klarifikasi saksi'], '2026-03-03T08:00:00+07:00');
  await run(['examine', report.id, '--finding', 'Petugas meminta biaya fotokopi'], '2026-03-03T09:00:00+07:00');

  // Two IM-NKK certificates: one stands, one is revoked.
  const certificate = async (applicant: string, score: string) => {
    const c = await run(
      [
        'register',
        'letter',
        '--yes',
        '--no-receipt',
        '--service',
        'imnkk',
        '--channel',
        'surat',
        '--applicant',
        applicant,
        '--subject',
        'Permohonan Pengukuran IM-NKK',
        '--operator-name',
        'Rina Wati',
        '--operator-email',
        'rina@contoh.go.id',
        '--ethics-regulation',
        'Perbup No. 12 Tahun 2025',
      ],
      '2026-03-02T09:30:00+07:00',
    );
    await run(
      ['imnkk', 'requirements', c.id, '--sinden-account', 'x', '--operator-letter', '800/1', '--self-assessment-complete'],
      '2026-03-02T10:00:00+07:00',
    );
    await run(['imnkk', 'verify', c.id, '--date', '2026-04-01', '--mode', 'daring'], '2026-04-01T15:00:00+07:00');
    await run(['imnkk', 'plenary', c.id, '--date', '2026-05-04', '--decree', 'K-12/2026', '--score', score], '2026-05-04T15:00:00+07:00');
    const issued = await run(['imnkk', 'certificate', c.id], '2026-05-05T09:00:00+07:00', sign);
    return { id: c.id, code: String(issued.code), pdf: String(issued.certificate) };
  };
  const valid = await certificate('Pemerintah Kabupaten Contoh', '218');
  const revoked = await certificate('Pemerintah Kota Lain', '150');
  await run(['imnkk', 'revoke', revoked.id, '--reason', 'Ditemukan ketidaksesuaian data dukung'], '2026-05-06T09:00:00+07:00');

  const pending = await run(
    [
      'register',
      'walkin',
      '--yes',
      '--no-receipt',
      '--visitor',
      'Siti Aminah',
      '--service',
      'sosialisasi',
      '--purpose',
      'Konsultasi netralitas',
    ],
    '2026-05-06T10:00:00+07:00',
  );

  // A PDF signed by someone else, with a key of its own: intact, but not this office's.
  const foreignPdf = join(dir, 'surat-lain.pdf');
  {
    const otherHome = join(dir, 'kantor-lain');
    const otherP12 = join(dir, 'lain.p12');
    makeP12(otherP12, { passphrase: PASS, from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59Z', name: 'Pejabat Kantor Lain' });
    const other = async (args: string[], now: string, extra: Record<string, string> = {}) => {
      const r = await runLoket([...args, '--json'], { home: otherHome, now, env: extra });
      if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
      return r.json as { id: string };
    };
    await signedOffice(otherHome);
    await other(['config', 'set', 'signing.p12', otherP12], '2026-03-01T09:00:00+07:00');
    await other(['config', 'set', 'signing.reason', 'Kantor lain'], '2026-03-01T09:00:00+07:00');
    const c = await other(
      [
        'register',
        'letter',
        '--yes',
        '--no-receipt',
        '--service',
        'sosialisasi',
        '--channel',
        'surat',
        '--applicant',
        'X',
        '--subject',
        'Y',
      ],
      '2026-03-02T09:00:00+07:00',
    );
    await other(['dispose', c.id, '--to', 'Budi'], '2026-03-02T10:00:00+07:00');
    await other(['analyse', c.id, '--feasible', 'yes'], '2026-03-02T11:00:00+07:00');
    await other(['decide', c.id, '--decline', '--reason', 'Jadwal penuh.'], '2026-03-03T09:00:00+07:00');
    await other(['reply', c.id, '--out', foreignPdf], '2026-03-04T09:00:00+07:00', { LOKET_SIGNING_PASSPHRASE: PASS });
  }

  return {
    requestCode,
    requestId: request.id,
    receiptText,
    receiptPdf,
    reportCode: String(report.trackingCode),
    reportId: report.id,
    reportSecrets: [
      'Dugaan pungutan liar',
      'WBS-2026-0099',
      'Bagian Umum',
      'Budi Santoso',
      'Periksa rekaman kamera',
      'Klarifikasi saksi',
      'Petugas meminta biaya',
      'wbs',
      'Whistle',
    ],
    validCertificate: valid.code,
    revokedCertificate: revoked.code,
    validCertificatePdf: valid.pdf,
    revokedCertificatePdf: revoked.pdf,
    signedReply,
    changedReply,
    foreignPdf,
    replyNumber: String(reply.letterNumber),
    pendingCode: String(pending.trackingCode),
  };
}
