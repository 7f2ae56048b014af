/**
 * Issue 24, point 6, through the commands: the ways around the input checks the adversarial run
 * found, each closed. An imported agenda book's cells follow the rules of every text (rows refused
 * by name), choices are looked up by own keys only, a NIP and the name of who acts are checked, a
 * time of receipt a year ahead is refused, and `check` reports a control character put in by hand.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const run = (args: string[], env: Record<string, string> = {}) => runLoket(args, { home, now: NOW, env });

describe('import agenda keeps to the rules of text', () => {
  it('a cell with NUL or ESC, or of 10 MB, refuses its row (named FILE:ROW); --skip-bad brings in the rest, check clean', async () => {
    const csv = join(home, '..', `${home.split('/').pop()}-agenda.csv`);
    const rows = [
      'No;Tanggal Masuk;Dari;Isi Ringkas;Keterangan',
      '1;2/3/2026;Dinas A;Permohonan;baik',
      '2;2/3/2026;Dinas B\u0000;Permohonan;',
      '3;2/3/2026;Dinas C;Permohonan \u001b[2K;',
      `4;2/3/2026;Dinas D;Permohonan;${'x'.repeat(10 * 1024 * 1024)}`,
      '5;2/3/2026;Dinas E;Permohonan;',
    ];
    writeFileSync(csv, rows.join('\r\n'));
    try {
      const all = await run(['import', 'agenda', csv, '--service', 'sosialisasi', '--map', 'Dari=applicant,Isi Ringkas=subject']);
      expect(all.code).toBe(2);
      for (const row of [3, 4, 5]) expect(all.stderr).toContain(`${basename(csv)}:${row}`);
      expect(all.stderr).toMatch(/karakter kendali/);
      expect(all.stderr).toMatch(/terlalu panjang/);
      expect(existsSync(join(home, 'store'))).toBe(false);
      const some = await run([
        'import',
        'agenda',
        csv,
        '--service',
        'sosialisasi',
        '--map',
        'Dari=applicant,Isi Ringkas=subject',
        '--skip-bad',
        '--json',
      ]);
      expect(some.code, some.stderr).toBe(0);
      expect(some.json.imported).toEqual(['2026-0001', '2026-0005']);
      expect(some.json.refused.map((r: { row: number }) => r.row)).toEqual([3, 4, 5]);
      expect((await run(['check', '--json'])).json).toMatchObject({ ok: true, cases: 2 });
    } finally {
      rmSync(csv, { force: true });
    }
  });
});

describe('choices by their own keys only', () => {
  it.each([['toString'], ['constructor'], ['__proto__'], ['hasOwnProperty']])(
    '--channel %s is exit 2 naming it, nothing written',
    async (channel) => {
      const r = await run(letterArgs(['--channel', channel]));
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('--channel');
      expect(r.stderr).not.toMatch(/native code|function/);
      expect(existsSync(join(home, 'store'))).toBe(false);
    },
  );
});

describe('who acts, and officers', () => {
  it.each([['abc'], ['1970010119900310'], ['19700101199003100112']])('officer add --nip %s is exit 2', async (nip) => {
    const r = await run(['officer', 'add', 'Budi Santoso', '--nip', nip]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--nip');
    expect(r.stderr).toMatch(/18 angka/);
  });

  it('officer add with a good NIP (spaces between groups) is kept', async () => {
    expect((await run(['officer', 'add', 'Budi Santoso', '--nip', '19850101 201001 1 001'])).code).toBe(0);
  });

  it.each([['Budi\nPalsu'], ['Budi\u001b[31mMerah'], ['x'.repeat(20_000)]])(
    '--as %j is exit 2 naming --as, nothing written',
    async (as) => {
      const r = await run(['--as', as, ...letterArgs()]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('--as');
      expect(r.stderr).not.toContain('\u001b[31m');
      expect(existsSync(join(home, 'store', 'cases-2026-000.json'))).toBe(false);
      const viaEnv = await runLoket(letterArgs(), { home, now: NOW, user: as });
      expect(viaEnv.code).toBe(2);
    },
  );
});

describe('a time of receipt ahead of the clock', () => {
  it('--received-at a year ahead is exit 2 and opens no agenda book of that year; a few minutes ahead is allowed', async () => {
    const r = await run(letterArgs(['--received-at', '2027-03-16T09:00']));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--received-at');
    expect(existsSync(join(home, 'store', 'cases-2027-000.json'))).toBe(false);
    expect((await run(letterArgs(['--received-at', '2026-03-16T09:20']))).code).toBe(2);
    expect((await run(letterArgs(['--received-at', '2026-03-16T09:03']))).code).toBe(0);
  });
});

describe('check knows the rules of text', () => {
  it('a control character put into a case file by hand is a finding, naming the case and the field', async () => {
    expect((await run(letterArgs(['--applicant', 'Asli']))).code).toBe(0);
    const file = join(home, 'store', 'cases-2026-000.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Asli"', '"Asli\\u0000"'));
    const check = await run(['check', '--json']);
    expect(check.code).toBe(3);
    expect(check.stdout).toMatch(/2026-0001, applicant\.name berisi karakter kendali/);
  });
});
