/** Issue 26: a computed (not decreed) year's warning is said once per output, whenever such a year is used. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoket, signedOffice, tempHome } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const run = (args: string[], now = '2027-12-20T09:00:00+07:00') => runLoket(args, { home, now });
const WARNING = /Peringatan: belum ada daftar libur resmi \(SKB\) tahun 2028/g;

beforeAll(async () => {
  await signedOffice(home);
  for (const subject of ['Permohonan A', 'Permohonan B'])
    expect(
      (
        await run(
          [
            'register',
            'letter',
            '--yes',
            '--no-receipt',
            '--service',
            'pengaduan',
            '--channel',
            'surat',
            '--applicant',
            'X',
            '--subject',
            subject,
          ],
          '2027-12-15T09:00:00+07:00',
        )
      ).code,
    ).toBe(0);
});

describe('the computed 2028 warning', () => {
  it.each([
    [['due', '--within', '20']],
    [['due', '--within', '20', '--json']],
    [['calendar', 'due', '2027-12-20', '--working-days', '14']],
    [['calendar', 'due', '2027-12-20', '--working-days', '14', '--json']],
    [['calendar', 'list', '--year', '2028']],
  ])('%j: once, on a line of its own', async (args) => {
    const r = await run(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(WARNING)).toHaveLength(1);
    expect(r.stderr.split('\n').filter((line) => line.includes('Peringatan'))).toHaveLength(1);
    expect(r.stdout).not.toMatch(WARNING);
  });

  it('not when only decreed years are used', async () => {
    const r = await run(['calendar', 'due', '2027-03-05', '--working-days', '5']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Peringatan');
  });
});
