/** Issue 16: no placeholder leaves the office; NIPs are checked; numbers are written the Indonesian way. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterArgs, runLoket, SIGNERS, tempHome, registrationArgs } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
const run = (args: string[], now = '2026-03-16T09:00:00+07:00') => runLoket(args, { home, now, env });
const fields = (r: { json: { error: { problems: { field: string }[] } } }) => r.json.error.problems.map((p) => p.field);

async function imnkkToPlenary(): Promise<void> {
  await run([
    ...registrationArgs('imnkk', 'Pemerintah Kabupaten Banyumas', 'Permohonan pengukuran IM-NKK'),
    '--ethics-regulation',
    'Perbup 12/2025',
    '--sinden-account',
    'banyumas',
    '--operator-letter',
    'ST/1/2026',
    '--self-assessment-complete',
  ]);
  await run(['imnkk', 'verify', '2026-0001', '--date', '2026-06-10', '--mode', 'luring'], '2026-06-10T09:00:00+07:00');
  const plenary = await run(
    ['imnkk', 'plenary', '2026-0001', '--date', '2026-09-15', '--decree', '12/KEP/2026', '--score', '218.5'],
    '2026-09-15T09:00:00+07:00',
  );
  expect(plenary.stdout).toContain('indeks 0,73');
}

// Every test here runs on each store: the files, and PostgreSQL when LOKET_TEST_DATABASE_URL is set.
describe.each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)));

  describe('no placeholder leaves the office', () => {
    it('a reply is refused until its signatory is set, and no number is used meanwhile', async () => {
      await run(letterArgs());
      await run(['dispose', '2026-0001', '--to', 'Budi']);
      await run(['analyse', '2026-0001', '--feasible', 'yes']);
      await run(['decide', '2026-0001', '--decline', '--reason', 'Jadwal penuh.']);
      const refused = await run(['reply', '2026-0001', '--json']);
      expect(refused.code).toBe(2);
      expect(fields(refused)).toEqual(['signatories.reply.name', 'signatories.reply.nip']);
      expect(refused.stderr).toContain('loket config set signatories.reply.name');
      expect(refused.stderr).toContain('loket init');
      await run(['config', 'set', 'signatories.reply.name', 'Dr. Ratna Dewi, M.Si.']);
      await run(['config', 'set', 'signatories.reply.nip', '19700101 199003 2 001']);
      expect((await run(['reply', '2026-0001', '--json'])).json.letterNumber).toBe('B-1/JP.01/03/2026');
    });

    it('a certificate is refused until both its signatories are set, and no code is given meanwhile', async () => {
      await imnkkToPlenary();
      const refused = await run(['imnkk', 'certificate', '2026-0001', '--json'], '2026-09-20T09:00:00+07:00');
      expect(refused.code).toBe(2);
      // The recommendation letter has no signatory of its own here: the reply's signs it, and is named.
      expect(fields(refused)).toEqual([
        'signatories.reply.name',
        'signatories.reply.nip',
        'signatories.certificate.name',
        'signatories.certificate.nip',
      ]);
      expect((await run(['imnkk', 'list', '--json'])).json[0].certificate).toBeNull();
      expect((await run(['init', '--yes', ...SIGNERS])).code).toBe(0);
      const issued = await run(['imnkk', 'certificate', '2026-0001', '--json'], '2026-09-20T09:00:00+07:00');
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.json.letterNumber).toBe('B-1/JP.01/09/2026');
      const verified = await run(['verify', issued.json.code]);
      expect(verified.stdout).toContain('218,5 dari 300');
      expect(verified.stdout).toContain('0,73');
    });

    it.each([
      [['config', 'set', 'signatories.reply.nip', '123']],
      [['config', 'set', 'signatories.certificate.nip', '1970010119900320011']],
      [['init', '--yes', '--signer-nip', 'NIP-1970']],
    ])('%j is refused: a NIP has 18 digits', async (args) => {
      const r = await run([...args, '--json']);
      expect(r.code).toBe(2);
      expect(fields(r)[0]).toMatch(/^signatories\.(reply|certificate)\.nip$/);
    });

    it('init covers every signatory', async () => {
      const r = await run(['init', '--yes', ...SIGNERS, '--json']);
      expect(r.json.profile.signatories).toMatchObject({
        reply: { nip: '197001011990032001' },
        recommendation: { name: 'Dr. Ratna Dewi, M.Si.' },
        certificate: { name: 'Prof. Agus Pramusinto', nip: '196508171990031002' },
      });
    });
  });

  describe('every document the office issued stays printable', () => {
    const ALL_MET = 'identity,contact,email,material,tor,purpose,schedule,place,id-document';

    it('the letter asking for papers and the approval after them are kept apart, listed and written out', async () => {
      await run(['init', '--yes', ...SIGNERS]);
      await run(letterArgs(['--event-date', '2026-04-20T09:00']));
      await run(['dispose', '2026-0001', '--to', 'Budi'], '2026-03-16T09:10:00+07:00');
      await run(['decide', '2026-0001', '--incomplete'], '2026-03-16T09:20:00+07:00');
      const first = await run(['reply', '2026-0001', '--json'], '2026-03-16T09:30:00+07:00');
      await run(['send', '2026-0001', '--via', 'pos'], '2026-03-16T09:40:00+07:00');
      await run(['requirements', '2026-0001', '--met', ALL_MET], '2026-03-17T09:00:00+07:00');
      await run(['analyse', '2026-0001', '--feasible', 'yes'], '2026-03-17T09:10:00+07:00');
      await run(['decide', '2026-0001', '--approve', '--contact', 'Budi, 0812-1111-2222'], '2026-03-17T09:20:00+07:00');
      const second = await run(['reply', '2026-0001', '--json'], '2026-03-17T09:30:00+07:00');
      expect([first.json.letterNumber, second.json.letterNumber]).toEqual(['B-1/JP.01/03/2026', 'B-2/JP.01/03/2026']);
      expect(second.json.file).not.toBe(first.json.file);
      const listed = await run(['documents', '2026-0001', '--json'], '2026-03-17T09:40:00+07:00');
      expect(listed.code).toBe(0);
      expect(listed.json.documents).toEqual([
        expect.objectContaining({ kind: 'reply', letterNumber: 'B-1/JP.01/03/2026', issuedAt: '2026-03-16T09:30:00+07:00' }),
        expect.objectContaining({ kind: 'reply', letterNumber: 'B-2/JP.01/03/2026', issuedAt: '2026-03-17T09:30:00+07:00' }),
      ]);
      // From another workstation (on the database) or a copy of the folder: every document, its number in its name.
      const elsewhere = tempHome();
      const out = tempHome();
      try {
        const written = await runLoket(['documents', '2026-0001', '--out', out.home, '--json'], {
          home: env.LOKET_DATABASE_URL ? elsewhere.home : home,
          env,
          now: '2026-03-17T10:00:00+07:00',
        });
        expect(written.code).toBe(0);
        const files = readdirSync(out.home).sort();
        expect(files).toEqual(['surat-jawaban-2026-0001-B-1-JP.01-03-2026.pdf', 'surat-jawaban-2026-0001-B-2-JP.01-03-2026.pdf']);
        const texts = await Promise.all(files.map((f) => pdfText(join(out.home, f))));
        expect(texts[0]).toContain('B-1/JP.01/03/2026');
        expect(texts[1]).toContain('B-2/JP.01/03/2026');
        for (const [i, d] of listed.json.documents.entries())
          expect(
            createHash('sha256')
              .update(readFileSync(join(out.home, files[i]!)))
              .digest('hex'),
          ).toBe(d.sha256);
      } finally {
        elsewhere.cleanup();
        out.cleanup();
      }
    });

    it('a receipt printed again after its papers came is a new version beside the first', async () => {
      await run(letterArgs(['--event-date', '2026-04-20T09:00']));
      await run(['receipt', '2026-0001'], '2026-03-16T09:05:00+07:00');
      await run(['receipt', '2026-0001'], '2026-03-16T09:05:00+07:00');
      await run(['requirements', '2026-0001', '--met', 'tor'], '2026-03-16T10:00:00+07:00');
      await run(['receipt', '2026-0001'], '2026-03-16T10:05:00+07:00');
      const listed = await run(['documents', '2026-0001', '--json']);
      expect(listed.json.documents.map((d: { name: string }) => d.name)).toEqual([
        'tanda-terima-2026-0001.pdf',
        'tanda-terima-2026-0001-v2.pdf',
      ]);
      expect((await run(['documents', '2026-0999', '--json'])).code).toBe(2);
    });
  });
});
