/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/** Issue 16: the certificate a reader holds: Indonesian numbers, the year, and a QR code that leads to the verification page. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { renderCertificate, verifyLines } from '../../src/render/certificate.js';
import { renderRecommendation } from '../../src/render/recommendation-letter.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tool = (name: string, args: string[]) => {
  try {
    execFileSync(name, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasZbar = tool('zbarimg', ['--version']) && tool('pdftoppm', ['-v']);
if (!hasZbar && process.env.CI) throw new Error('zbarimg (zbar-tools) and pdftoppm (poppler-utils) are required in CI');

const profile = (url?: string) => {
  const p = defaultProfile();
  const signer = { name: 'Prof. Dr. Agus Pramusinto, M.D.M.', nip: '196508171990031002' };
  Object.assign(p.signatories.certificate, signer);
  Object.assign(p.signatories.reply, signer);
  delete p.signatories.recommendation;
  if (url) p.verification = { url };
  return p;
};
const certified: Case = simpleCase(2026, 3, {
  service: 'imnkk',
  applicant: { name: 'Pemerintah Kabupaten Banyumas' },
  imnkk: {
    requirements: {},
    verifications: [],
    plenary: {
      date: '2026-09-15',
      decree: '12/KEP/2026',
      score: 218.5,
      maxScore: 300,
      index: 0.72833,
      category: 'Baik',
      recommendations: [],
    },
    certificate: { code: 'K7QM-2XNA-P4RT-9HZC', issuedAt: '2026-09-20T10:00:00+07:00', letterNumber: 'B-7/JP.01/09/2026' },
  },
});

describe('the certificate', () => {
  it('writes numbers the Indonesian way, the measurement year, and the agency in title case mid-sentence', async () => {
    const text = await pdfText(await renderCertificate(certified, profile()));
    expect(text).toContain('dengan nilai 218,5 dari 300, indeks 0,73, kategori');
    expect(text).toContain('Tahun 2026');
    expect(text).toContain('pada Komisi Aparatur Sipil Negara dengan kode verifikasi');
    expect(text).not.toMatch(/\d\.\d{2}/);
  });

  it('the recommendation letter too', async () => {
    const letter = { number: 'B-7/JP.01/09/2026', seq: 7, year: 2026, date: '2026-09-20' };
    const text = await pdfText(await renderRecommendation(certified, letter, profile()));
    expect(text).toContain('nilai 218,5 dari 300 (indeks 0,73)');
  });

  it.each([
    'https://kasn.go.id/verifikasi/{code}',
    'https://layanan-publik.kepegawaian.contoh.go.id/verifikasi/{code}',
    'https://layanan-publik-dan-pengaduan.kedeputian-pengawasan.contoh.go.id/sertifikat/verifikasi/{code}',
  ])('with verification.url %s the code stays whole on one line (issue 26)', async (url) => {
    const text = await pdfText(await renderCertificate(certified, profile(url)));
    // Once after "Kode verifikasi:", once in the address: never broken inside ("K7QM-2XNA-" / "P4RT-9HZC").
    expect(text.match(/K7QM-2XNA-P4RT-9HZC/g)).toHaveLength(2);
  });

  it.each<[number, string[]]>([
    [60, ['Buka https://x.id/verifikasi/ABCD-EFGH untuk memeriksa.']],
    [30, ['Buka https://x.id/verifikasi/', 'ABCD-EFGH untuk memeriksa.']],
    [20, ['Buka', 'https://x.id/verifik', 'asi/', 'ABCD-EFGH untuk', 'memeriksa.']],
  ])('verifyLines in %i characters keeps the code whole', (width, expected) => {
    const text = 'Buka https://x.id/verifikasi/ABCD-EFGH untuk memeriksa.';
    expect(verifyLines((s) => s.length, text, 'https://x.id/verifikasi/ABCD-EFGH', 'ABCD-EFGH', width)).toEqual(expected);
  });

  it.skipIf(!hasZbar).each([
    ['https://kasn.go.id/verifikasi/{code}', 'https://kasn.go.id/verifikasi/K7QM-2XNA-P4RT-9HZC'],
    ['https://kasn.go.id/verifikasi', 'https://kasn.go.id/verifikasi/K7QM-2XNA-P4RT-9HZC'],
    [undefined, 'K7QM-2XNA-P4RT-9HZC'],
  ])('with verification.url %s the QR code reads %s', async (url, expected) => {
    const pdf = join(dir, `c-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(pdf, await renderCertificate(certified, profile(url)));
    execFileSync('pdftoppm', ['-r', '150', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
    const png = readdirSync(dir).find(
      (f) =>
        f.startsWith(
          pdf
            .split('/')
            .at(-1)
            ?.replace(/\.pdf$/, '') ?? '',
        ) && f.endsWith('.png'),
    );
    const decoded = execFileSync('zbarimg', ['-q', '--raw', join(dir, png ?? '')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(decoded.trim()).toBe(expected);
  });
});
