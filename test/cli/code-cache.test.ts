/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A copy of the shipped package (bin, the bundle, its data) in a temp folder, so that its caches can be spoilt.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = mkdtempSync(join(tmpdir(), 'loket-cache-'));
afterAll(() => rmSync(pkg, { recursive: true, force: true }));
for (const part of ['bin', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
mkdirSync(join(pkg, 'dist'));
cpSync(join(ROOT, 'dist/loket'), join(pkg, 'dist/loket'), { recursive: true, filter: (src) => !src.includes('cache') });
for (const link of ['node_modules', 'data', 'templates']) symlinkSync(join(ROOT, link), join(pkg, link));
const cacheDir = join(pkg, 'dist/loket/cache');
const temp = join(pkg, 'tmp');
mkdirSync(temp);

function loket(...args: string[]): string {
  return execFileSync(process.execPath, [join(pkg, 'bin/loket.js'), ...args], {
    env: { PATH: process.env.PATH, LOKET_HOME: join(pkg, 'home'), TMPDIR: temp, LOKET_NOW: '2026-11-27T09:00:00+07:00' },
    encoding: 'utf8',
  });
}
const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8'));

describe('the code cache of the bundle', () => {
  it('is written by the first command, then read: the answers are the same', () => {
    const first = loket('calendar', 'due', '2026-03-13', '--working-days', '5');
    expect(caches(cacheDir)).toEqual([expect.stringMatching(/^core-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8$/)]);
    expect(loket('calendar', 'due', '2026-03-13', '--working-days', '5')).toBe(first);
  });

  it('a spoilt cache is not used, and is written anew', () => {
    const [name] = caches(cacheDir);
    const file = join(cacheDir, name!);
    const good = readFileSync(file);
    writeFileSync(file, Buffer.alloc(good.length, 7));
    expect(loket('calendar', 'due', '2026-03-13', '--working-days', '5')).toContain('2026-03-27');
    expect(readFileSync(file).equals(Buffer.alloc(good.length, 7))).toBe(false);
  });

  it('the heavy libraries a receipt loads get theirs too (named by path, size and time); a spoilt one is written anew', () => {
    const register = () =>
      JSON.parse(
        loket(
          'register',
          'letter',
          '--yes',
          '--json',
          '--service',
          'sosialisasi',
          '--channel',
          'surat',
          '--applicant',
          'Dinas',
          '--subject',
          'Narasumber',
        ),
      ) as { id: string; receipt: string };
    expect(register().receipt).toMatch(/\.pdf$/);
    const pdfkit = caches(cacheDir).filter((f) => /^nm-pdfkit\.js-[0-9a-f]{8}-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8$/.test(f));
    expect(pdfkit).toHaveLength(1);
    expect(caches(cacheDir).filter((f) => f.startsWith('nm-')).length).toBeGreaterThan(5);
    const file = join(cacheDir, pdfkit[0]!);
    writeFileSync(file, Buffer.alloc(64, 7));
    expect(register().receipt).toMatch(/\.pdf$/);
    expect(readFileSync(file).length).toBeGreaterThan(64);
  });

  it('a cache in a temp folder that others can write to is neither read nor written', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(cacheDir, 'not a folder: the package cannot hold caches');
    const shared = join(temp, `loket-code-cache-${process.getuid?.() ?? 'user'}`);
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(loket('calendar', 'due', '2026-03-13', '--working-days', '5')).toContain('2026-03-27');
    expect(caches(shared)).toEqual([]);
    chmodSync(shared, 0o700);
    loket('calendar', 'due', '2026-03-13', '--working-days', '5');
    expect(caches(shared)).toHaveLength(1);
  });
});
