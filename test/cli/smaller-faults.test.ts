/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 24, point 8: the smaller faults. A closed pipe (`due | head -1`) ends quietly with exit 0; an
 * office template's values are bounded, refused before any number is given; `backup` works from a
 * read-only data folder; what an interrupted restore left is removed by the next; a full disk's
 * message names the file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { typedError } from '../../src/errors.js';
import { setLanguage, t } from '../../src/i18n/index.js';
import { appendLineDurable } from '../../src/store/durable-file.js';
import { FileStore } from '../../src/store/file-store.js';
import { BIN } from '../helpers/cli.js';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { simpleCase } from '../helpers/store.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let outside = '';
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const [a, b] = [tempHome(), tempHome()];
  [home, outside] = [a.home, b.home];
  cleanups.push(a.cleanup, b.cleanup);
});
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const run = (args: string[]) => runLoket(args, { home, now: NOW });

describe('a reader that stops reading', () => {
  it('`loket due | head -1` ends quietly with exit 0 (EPIPE), whatever the output left', async () => {
    // Enough overdue cases for several pipe buffers of output.
    const store = new FileStore({ home, user: 'uji', now: () => Date.parse(NOW), lock: { timeoutMs: 5000 } });
    await store.importCases(
      2026,
      Array.from({ length: 1500 }, () => (agenda: number) => simpleCase(2026, agenda, { answerDue: '2026-03-09' })),
    );
    const child = spawn(
      'bash',
      ['--norc', '--noprofile', '-c', `"${process.execPath}" "${BIN}" due | head -1; echo "exit \${PIPESTATUS[0]}"`],
      {
        env: { PATH: process.env.PATH, LOKET_HOME: home, LOKET_NOW: NOW },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    expect(out, err).toMatch(/^Laporan tenggat .*\nexit 0\n$/);
    expect(err).toBe('');
  });
});

describe('office templates are wording, bounded', () => {
  it.each([
    ['a value of 20,000 characters', (r: Record<string, unknown>) => ({ ...r, title: 'x'.repeat(20_000) }), /terlalu panjang/],
    ['a file of 300 KB', (r: Record<string, unknown>) => ({ ...r, padding: 'x'.repeat(300 * 1024) }), /lebih besar dari 256 KB/],
    ['a control character', (r: Record<string, unknown>) => ({ ...r, title: 'TANDA\u001b[2J TERIMA' }), /karakter kendali/],
  ])('%s in the receipt template: registration is exit 2 before any case is made', async (_what, edit, message) => {
    mkdirSync(join(home, 'templates'), { recursive: true });
    const shipped = JSON.parse(readFileSync(new URL('../../templates/receipt.json', import.meta.url), 'utf8'));
    writeFileSync(join(home, 'templates', 'receipt.json'), JSON.stringify(edit(shipped)));
    const r = await runLoket(
      letterArgs().filter((a) => a !== '--no-receipt'),
      { home, now: NOW },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(home, 'store'))).toBe(false);
  });
});

describe('backup from a data folder nobody can write', () => {
  it('works, with no lock, and restores whole', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    // Root ignores permissions: the folder is made immutable instead (where the file system allows it).
    const root = process.getuid?.() === 0;
    const lock = (on: boolean) =>
      root
        ? spawnSync('chattr', [on ? '+i' : '-i', home, join(home, 'store')]).status === 0
        : (spawnSync('chmod', [on ? 'a-w' : 'u+w', home, join(home, 'store')]), true);
    if (!lock(true)) return console.log('read-only backup test skipped: chattr is not available here');
    try {
      expect(spawnSync('mkdir', [join(home, 'x')]).status).not.toBe(0);
      const r = await run(['backup', '--out', join(outside, 'cadangan.jsonl'), '--json']);
      expect(r.code, r.stderr).toBe(0);
    } finally {
      lock(false);
    }
    const restored = await runLoket(['restore', join(outside, 'cadangan.jsonl'), '--json'], { home: join(outside, 'baru'), now: NOW });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.json).toMatchObject({ cases: 1 });
  });
});

describe('leftovers of an interrupted restore', () => {
  it('are removed by the next restore into that folder; a running one is left alone', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    expect((await run(['backup', '--out', join(outside, 'cadangan.jsonl')])).code).toBe(0);
    const target = join(outside, 'baru');
    // Left by restores that died: one of this version (its pid, above any the kernel gives), one of an earlier one.
    for (const dead of ['.restore-4194999-abc123', '.restore-Xy12Zq', 'store.old-4194999']) {
      mkdirSync(join(target, dead, 'store'), { recursive: true });
      writeFileSync(join(target, dead, 'store', 'cases-2026-000.json'), 'x'.repeat(1000));
    }
    const running = `.restore-${process.pid}-abc123`;
    mkdirSync(join(target, running));
    const r = await runLoket(['restore', join(outside, 'cadangan.jsonl')], { home: target, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(target).filter((n) => n.startsWith('.restore') || n.startsWith('store.old'))).toEqual([running]);
  });
});

describe('a full disk', () => {
  it('names the file it could not write', async () => {
    await setLanguage('id');
    // /dev/full refuses every write with ENOSPC: what a full disk does to the store's appends.
    const error = typedError(await appendLineDurable('/dev/full', '{"x":1}').catch((e: unknown) => e));
    expect(error).toMatchObject({ key: 'store.fs.ENOSPC', params: { file: '/dev/full' } });
    expect(t((error as { key: 'store.fs.ENOSPC' }).key, { file: '/dev/full' })).toMatch(/\/dev\/full: disk penuh/);
  });
});
