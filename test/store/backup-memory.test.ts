/**
 * Issue 12, defect 2: backup and restore of a store with 1 GB of attachments in bounded memory.
 * Slow (about a minute, 3.5 GB of disk): runs when LOKET_SLOW_TESTS=1, as `.ci/run` sets it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, letterArgs, runCli, tempHome } from '../helpers/cli.js';

const MIB = 1024 * 1024;
const FILES = 16;
const FILE_SIZE = 64 * MIB;
const RSS_LIMIT_KIB = 150 * 1024;
// Reports the process's peak resident memory (KiB) on stderr as it exits.
const PEAK = `data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss-kib="+process.resourceUsage().maxRSS+"\\n"))`;

function peakRun(args: string[], home: string): Promise<{ code: number; peakKib: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK, BIN, ...args],
      { env: { PATH: process.env.PATH, LOKET_HOME: home, LOKET_NOW: '2026-03-16T09:00:00+07:00' }, maxBuffer: 16 * MIB },
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
