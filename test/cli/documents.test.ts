/** Issue 16: no placeholder leaves the office; NIPs are checked; numbers are written the Indonesian way. */
import { describe, expect, it } from 'vitest';
import { letterArgs, runLoket, SIGNERS } from '../helpers/loket.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
const run = (args: string[], now = '2026-03-16T09:00:00+07:00') => runLoket(args, { home, now, env });
const fields = (r: { json: { error: { problems: { field: string }[] } } }) => r.json.error.problems.map((p) => p.field);

async function imnkkToPlenary(): Promise<void> {
  await run([
    'register',
    'letter',
    '--yes',
    '--no-receipt',
    '--service',
    'imnkk',
    '--channel',
    'surat',
    '--applicant',
    'Pemerintah Kabupaten Banyumas',
    '--subject',
    'Permohonan pengukuran IM-NKK',
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
      expect(fields(refused)).toEqual([
        'signatories.recommendation.name',
        'signatories.recommendation.nip',
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
});
