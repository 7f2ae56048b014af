/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 24, point 2: an output path is written only when it is new or a regular file. A device
 * (`/dev/null`), a FIFO or a socket is exit 2 naming it, and left exactly as it was (the write renames
 * over its target, which would have turned it into a plain file).
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let outside = '';
const cleanups: (() => void)[] = [];
let server: Server | undefined;
beforeEach(() => {
  const a = tempHome();
  const b = tempHome();
  [home, outside] = [a.home, b.home];
  cleanups.push(a.cleanup, b.cleanup);
});
afterEach(() => {
  server?.close();
  cleanups.splice(0).forEach((c) => c());
});
const run = (args: string[]) => runLoket(args, { home, now: NOW });

/** What the target is: its kind, and for a device its numbers (which a replaced file would not keep). */
function kind(path: string): string {
  const s = lstatSync(path);
  return s.isCharacterDevice() ? `char ${s.rdev}` : s.isFIFO() ? 'fifo' : s.isSocket() ? 'socket' : s.isDirectory() ? 'folder' : 'file';
}

async function targets(): Promise<string[]> {
  const fifo = join(outside, 'antrean');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const socket = join(outside, 'soket');
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(socket, resolve));
  return ['/dev/null', fifo, socket];
}

describe('--out and every output path onto something that is not a regular file', () => {
  // The rename of an ordinary write would have turned each into a plain 0600 file (as root, /dev/null too).
  it('receipt, backup, recap --pdf and --xlsx refuse a device, a FIFO and a socket (exit 2), each left as it was', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    for (const target of await targets()) {
      const before = kind(target);
      for (const args of [
        ['receipt', '2026-0001', '--out', target],
        ['backup', '--out', target],
        ['recap', '--month', '2026-03', '--pdf', target],
        ['due', '--xlsx', target],
      ]) {
        const r = await run(args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(/bukan berkas biasa/);
        expect(kind(target), args.join(' ')).toBe(before);
      }
    }
  });

  it('a folder gets the document inside it; a FIFO of that name inside is refused', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    const folder = join(outside, 'map');
    mkdirSync(folder);
    const ok = await run(['receipt', '2026-0001', '--out', folder, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(kind(ok.json.receipt)).toBe('file');
    const fifoInside = join(outside, 'map2');
    mkdirSync(fifoInside);
    expect(spawnSync('mkfifo', [join(fifoInside, 'tanda-terima-2026-0001.pdf')]).status).toBe(0);
    const r = await run(['receipt', '2026-0001', '--out', fifoInside]);
    expect(r.code).toBe(2);
    expect(kind(join(fifoInside, 'tanda-terima-2026-0001.pdf'))).toBe('fifo');
  });
});
