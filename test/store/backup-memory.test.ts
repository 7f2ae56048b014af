/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 12, defect 2: backup and restore of a store with 1 GB of attachments in bounded memory.
 * Issue 24, point 5: one attachment of 1 GB registered, backed up and restored in bounded memory
 * (≤ 250 MiB resident), on both stores.
 * Slow (minutes, several GB of disk): runs when LOKET_SLOW_TESTS=1, as `.ci/run` sets it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, letterArgs, runCli, tempHome } from '../helpers/cli.js';
import { E2E_STORES } from '../helpers/stores.js';

const MIB = 1024 * 1024;
const FILES = 16;
const FILE_SIZE = 64 * MIB;
const RSS_LIMIT_KIB = 150 * 1024;
// Reports the process's peak resident memory (KiB) on stderr as it exits. VmHWM, not
// resourceUsage().maxRSS: Linux carries the largest RSS across exec, so a child forked from this
// test's worker would report the worker's memory (CI failed at 153 and 176 MiB with 101 alone).
const PEAK =
  'data:text/javascript,import{readFileSync}from"node:fs";process.on("exit",()=>process.stderr.write("peak-rss-kib="+/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1]+"\\n"))';

function peakRun(
  args: string[],
  home: string,
  env: Record<string, string> = {},
): Promise<{ code: number; peakKib: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK, BIN, ...args],
      { env: { PATH: process.env.PATH, LOKET_HOME: home, LOKET_NOW: '2026-03-16T09:00:00+07:00', ...env }, maxBuffer: 16 * MIB },
      (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, peakKib: Number(/peak-rss-kib=(\d+)/.exec(stderr)?.[1] ?? NaN), stderr }),
    );
  });
}

const homes = [tempHome(), tempHome(), tempHome()];
afterAll(() => homes.forEach((h) => h.cleanup()));

describe.runIf(process.env.LOKET_SLOW_TESTS === '1')('a backup of 1 GB of attachments', () => {
  it(`is written and restored under ${RSS_LIMIT_KIB / 1024} MiB of memory each, and restores whole`, { timeout: 600_000 }, async () => {
    const [source, out, target] = homes.map((h) => h.home) as [string, string, string];
    expect((await runCli(letterArgs(), { home: source, now: '2026-03-16T09:00:00+07:00' })).code).toBe(0);
    const block = Buffer.alloc(FILE_SIZE);
    for (let i = 0; i < FILES; i++) {
      block.fill(`lampiran ${i} `);
      const sha = createHash('sha256').update(block).digest('hex');
      mkdirSync(join(source, 'attachments', sha.slice(0, 2)), { recursive: true });
      writeFileSync(join(source, 'attachments', sha.slice(0, 2), sha), block);
    }
    const backup = await peakRun(['backup', '--out', join(out, 'besar.jsonl')], source);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.peakKib).toBeLessThan(RSS_LIMIT_KIB);
    const restore = await peakRun(['restore', join(out, 'besar.jsonl')], target);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.peakKib).toBeLessThan(RSS_LIMIT_KIB);
    const restored = readdirSync(join(target, 'attachments'), { recursive: true }).filter((p) => String(p).length > 64);
    expect(restored).toHaveLength(FILES);
    console.log(
      `backup peak RSS ${Math.round(backup.peakKib / 1024)} MiB, restore peak RSS ${Math.round(restore.peakKib / 1024)} MiB (1 GiB of attachments)`,
    );
  });
});

const ONE_GIB = 1024 * MIB;
const BOUND_KIB = 250 * 1024;

describe.runIf(process.env.LOKET_SLOW_TESTS === '1').each(E2E_STORES)('one attachment of 1 GiB in the $name store', (kind) => {
  it(`is registered, backed up and restored under ${BOUND_KIB / 1024} MiB of memory each`, { timeout: 1_200_000 }, async () => {
    const [source, out, target] = [tempHome(), tempHome(), tempHome()];
    const [from, into] = [await kind.setup(), await kind.setup()];
    try {
      const file = join(out.home, 'pindaian-besar.pdf');
      // 1 GiB that no two parts repeat: a counter in every 64 KiB.
      const fh = openSync(file, 'w');
      const block = Buffer.alloc(64 * 1024);
      const hash = createHash('sha256');
      for (let i = 0; i < ONE_GIB / block.length; i++) {
        block.fill(`bagian ${i} `);
        hash.update(block);
        writeSync(fh, block);
      }
      closeSync(fh);
      const sha256 = hash.digest('hex');
      const ok = async (args: string[], home: string, env: Record<string, string>) => {
        const r = await peakRun(args, home, env);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.peakKib, args.join(' ')).toBeLessThan(BOUND_KIB);
        return r;
      };
      expect((await runCli(['config', 'set', 'limits.attachmentMb', '1100'], { home: source.home, env: from.env })).code).toBe(0);
      const register = await ok(letterArgs(['--tor', file]), source.home, from.env);
      const backup = await ok(['backup', '--out', join(out.home, 'besar.jsonl')], source.home, from.env);
      const restore = await ok(['restore', join(out.home, 'besar.jsonl')], target.home, into.env);
      const shown = await runCli(['show', '2026-0001', '--json'], { home: target.home, env: into.env });
      expect(shown.json.attachments).toMatchObject([{ sha256, size: ONE_GIB }]);
      console.log(
        `${kind.name}: 1 GiB attachment, peak RSS register ${Math.round(register.peakKib / 1024)} MiB, backup ${Math.round(backup.peakKib / 1024)} MiB, restore ${Math.round(restore.peakKib / 1024)} MiB`,
      );
    } finally {
      await from.drop();
      await into.drop();
      for (const h of [source, out, target]) h.cleanup();
    }
  });
});
