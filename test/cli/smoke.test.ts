/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The real entry point, spawned as a user runs it: one path through each command group, help and
 * version, and the exit codes main.ts maps. Everything else about commands is tested in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letterArgs, runCli, tempHome } from '../helpers/cli.js';

const { home, cleanup } = tempHome();
const outside = mkdtempSync(join(tmpdir(), 'loket-smoke-out-'));
afterAll(() => {
  cleanup();
  rmSync(outside, { recursive: true, force: true });
});
const cli = (args: string[], now = '2026-03-16T09:00:00+07:00') => runCli(args, { home, now });

describe('bin/loket.js, one path per command group', () => {
  it('--version, --help and help <command> with examples', async () => {
    const v = await cli(['--version']);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await cli(['--help']);
    for (const c of ['calendar', 'register', 'due', 'recap', 'reply', 'imnkk', 'verify', 'init', 'check', 'backup'])
      expect(help.stdout).toContain(c);
    const sub = await cli(['help', 'register']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('letter');
    const due = await cli(['due', '--help']);
    expect(due.stdout).toContain('Contoh:');
    expect(due.stdout).toContain('$ loket due');
    // commander's headings in Indonesian, the commands grouped in the order of the work.
    expect(help.stdout).toMatch(/^Penggunaan: loket \[opsi\] \[perintah\]/);
    expect(help.stdout).not.toMatch(/\b(Usage|Options|Commands|Arguments):/);
    const headings = ['Di loket:', 'Tindak lanjut kasus:', 'Laporan:', 'IM-NKK dan keaslian dokumen:', 'Administrasi:'];
    expect(headings.map((h) => help.stdout.indexOf(h))).not.toContain(-1);
    expect(headings.map((h) => help.stdout.indexOf(h))).toEqual([...headings.map((h) => help.stdout.indexOf(h))].sort((a, b) => a - b));
    expect(help.stdout.indexOf('register')).toBeLessThan(help.stdout.indexOf('restore'));
    const en = await runCli(['--help'], { home, env: { LOKET_LANG: 'en' } });
    expect(en.stdout).toMatch(/^Usage: loket \[options\] \[command\]/);
    expect(en.stdout).toContain('At the counter:');
  });

  it('registers, shows, disposes, prints, reports, verifies and checks; refusals exit 2 and 4', async () => {
    expect((await cli(['calendar', 'due', '2026-03-13', '--working-days', '5', '--json'])).json).toEqual({ due: '2026-03-27' });
    const reg = await cli(letterArgs());
    expect(reg.code).toBe(0);
    const id: string = reg.json.id;
    expect((await cli(['show', id, '--json'])).json).toMatchObject({ id, status: 'registered' });
    expect((await cli(['dispose', id, '--to', 'Budi Santoso'])).code).toBe(0);
    const sheet = await cli(['disposition', id, '--out', outside, '--json']);
    expect(sheet.json.file).toBe(join(outside, `disposisi-${id}.pdf`));
    const due = await cli(['due', '--json', '--exit-code'], '2026-04-30T09:00:00+07:00');
    expect(due.code).toBe(4);
    expect(due.json.overdue.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await cli(['verify', 'ABCD-EFGH-JKLM-NPQR'])).code).toBe(4);
    expect((await cli(['check', '--json'])).json).toMatchObject({ ok: true, cases: 1 });
    const bad = await cli(['decide', id, '--approve', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.json.error.problems.map((p: { field: string }) => p.field)).toEqual(['--schedule', '--contact']);
    expect(bad.stderr).toContain('--schedule');
    expect((await cli(['registr'])).code).toBe(2);
  });
});
