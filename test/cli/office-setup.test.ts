/** Issue 26: the office's own set-up (complaint channels, copies, verification address, logo) reaches every document. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, SIGNERS, tempHome } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const NOW = '2026-11-27T09:00:00+07:00';
const run = (args: string[], now = NOW) => runLoket(args, { home, now });

// A 1×1 PNG: the smallest logo pdfkit draws.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const BKN = [
  '--agency',
  'BADAN KEPEGAWAIAN NEGARA',
  '--unit',
  'Direktorat Pengawasan',
  '--email',
  'persuratan@bkn.go.id',
  '--website',
  'www.bkn.go.id',
];
const KASN = /Komisi Aparatur Sipil Negara|kasn\.go\.id|KomisiASN/i;

async function receiptText(): Promise<string> {
  const r = await run(letterArgs().filter((a) => a !== '--no-receipt'));
  expect(r.code, r.stderr).toBe(0);
  return pdfText(r.json.receipt);
}

describe('init for another agency', () => {
  it('without complaint values: the receipts list the office’s own address, telephone and e-mail, nothing of KASN', async () => {
    const r = await run(['init', '--yes', '--json', ...BKN, ...SIGNERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.profile.complaints).toEqual({
      addressee: 'Pimpinan Badan Kepegawaian Negara',
      channels: expect.objectContaining({ email: 'persuratan@bkn.go.id' }),
    });
    // The shipped head's title is not kept for another agency either.
    expect(r.json.profile.signatories.certificate.position).toBe('Pimpinan Badan Kepegawaian Negara');
    expect(r.stderr).not.toContain('masih menyebut instansi bawaan');
    const text = await receiptText();
    expect(text).not.toMatch(KASN);
    expect(text).toContain('Surat resmi kepada Pimpinan Badan Kepegawaian Negara');
    expect(text).toContain('E-mail: persuratan@bkn.go.id');
  });

  it('with them: the addressee and the addresses given, the copies on every letter, the verification address kept', async () => {
    const r = await run([
      'init',
      '--yes',
      ...BKN,
      ...SIGNERS,
      '--certificate-signer-position',
      'Kepala Badan Kepegawaian Negara',
      '--complaint-addressee',
      'Kepala Badan Kepegawaian Negara',
      '--complaint-phone',
      '021-8093008',
      '--complaint-email',
      'pengaduan@bkn.go.id',
      '--complaint-web',
      'https://lapor.bkn.go.id',
      '--complaint-wbs',
      '',
      '--copies',
      'Deputi Bidang Pengawasan; Arsip',
      '--verification-url',
      'https://bkn.go.id/verifikasi/{code}',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('masih menyebut');
    const profile = (await run(['config', 'get', '--json'])).json;
    expect(profile).toMatchObject({
      copies: ['Deputi Bidang Pengawasan', 'Arsip'],
      verification: { url: 'https://bkn.go.id/verifikasi/{code}' },
    });
    const text = await receiptText();
    expect(text).not.toMatch(KASN);
    expect(text).toContain('Surat resmi kepada Kepala Badan Kepegawaian Negara');
    expect(text).toContain('Telepon (hotline): 021-8093008');
    // The channel is named for what it is, not by another agency's name.
    expect(text).toContain('Website pengaduan: https://lapor.bkn.go.id');
    expect(text).not.toMatch(/\bKASN\b/);
    expect(text).not.toContain('Whistle Blowing System:');
    expect((await run(['decide', '1', '--incomplete'])).code).toBe(0);
    const reply = await run(['reply', '1', '--json']);
    expect(reply.code, reply.stderr).toBe(0);
    const letter = await pdfText(reply.json.file);
    expect(letter).toContain('Tembusan: 1. Deputi Bidang Pengawasan 2. Arsip');
    expect(letter).not.toMatch(KASN);
  });

  it('what the office wrote itself that still names KASN is named, with the key to change it', async () => {
    const r = await run(['init', '--yes', ...BKN, ...SIGNERS, '--signer-position', 'Ketua Kelompok Kerja KASN']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('signatories.reply.position masih menyebut instansi bawaan: "Ketua Kelompok Kerja KASN"');
  });

  it('config set reaches one channel’s address (an office of an older version included)', async () => {
    expect((await run(['config', 'set', 'complaints.channels.wbs', 'https://wbs.example.go.id'])).code).toBe(0);
    expect((await run(['config', 'get', 'complaints.channels.wbs', '--json'])).json.value).toBe('https://wbs.example.go.id');
    expect(await receiptText()).toContain('Whistle Blowing System: https://wbs.example.go.id');
  });
});

describe('the logo', () => {
  it('is copied into the store, so it survives the file being moved, and travels with the backup', async () => {
    const file = join(home, '..', `logo-${Date.now()}.png`);
    writeFileSync(file, PNG);
    const r = await run(['init', '--yes', '--json', '--logo', file, ...SIGNERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.profile.logo).toMatch(/^sha256:[0-9a-f]{64}$/);
    rmSync(file);
    const reg = await run(letterArgs().filter((a) => a !== '--no-receipt'));
    expect(reg.stderr).not.toContain('logo');
    // An embedded image is in the receipt.
    expect(readFileSync(reg.json.receipt).toString('latin1')).toMatch(/\/Subtype \/Image/);
    const backup = await run(['backup', '--json']);
    const lines = readFileSync(backup.json.file, 'utf8').split('\n');
    expect(lines.some((l) => l.includes(r.json.profile.logo.slice('sha256:'.length)) && l.includes('"t":"attachment"'))).toBe(true);
  });

  it('a logo that cannot be found is a warning, not silence; a file that does not exist is refused when set', async () => {
    await run(['init', '--yes', ...SIGNERS]);
    const refused = await run(['config', 'set', 'logo', '/tidak/ada/logo.png']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('/tidak/ada/logo.png');
    // A profile of an older version that named a path, since moved.
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    config.profile.logo = '/tidak/ada/logo-lama.png';
    writeFileSync(join(home, 'config.json'), JSON.stringify(config));
    const reg = await run(letterArgs().filter((a) => a !== '--no-receipt'));
    expect(reg.code, reg.stderr).toBe(0);
    expect(reg.stderr).toContain('logo kop surat (/tidak/ada/logo-lama.png) tidak ditemukan');
  });
});
