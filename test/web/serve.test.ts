/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/** `loket serve` as a process, and the tracking code where the counter sees it: register, show, the profile's address. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const NOW = '2026-03-02T09:00:00+07:00';
const CODE = /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/;

describe('the tracking code at the counter', () => {
  it('is in the registration JSON and text, in show (text and JSON), and differs per case', async () => {
    const a = await runLoket(letterArgs(), { home, now: NOW });
    const b = await runLoket(letterArgs(), { home, now: NOW });
    expect(a.json.trackingCode).toMatch(CODE);
    expect(b.json.trackingCode).not.toBe(a.json.trackingCode);
    const text = await runLoket(
      letterArgs().filter((x) => x !== '--json'),
      { home, now: NOW },
    );
    expect(text.stdout).toMatch(/Kode lacak: [A-Z2-9-]{19} /);
    const shown = await runLoket(['show', a.json.id], { home, now: NOW });
    expect(shown.stdout).toMatch(new RegExp(`Kode lacak\\s+${a.json.trackingCode}`));
    expect((await runLoket(['show', a.json.id, '--json'], { home, now: NOW })).json.trackingCode).toBe(a.json.trackingCode);
  });

  it('serve.publicUrl must be an http(s) address', async () => {
    const bad = await runLoket(['config', 'set', 'serve.publicUrl', 'layanan.go.id/?x', '--json'], { home, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.json.error.problems[0].field).toBe('serve.publicUrl');
    expect((await runLoket(['config', 'set', 'serve.publicUrl', 'https://layanan.contoh.go.id'], { home, now: NOW })).code).toBe(0);
    expect((await runLoket(['config', 'get', 'serve.publicUrl', '--json'], { home, now: NOW })).json).toMatchObject({
      value: 'https://layanan.contoh.go.id',
    });
  });
});

/** Starts `loket serve --port 0` and resolves with the process and its address once it says where it listens. */
function serve(extra: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...extra], {
    env: { ...process.env, LOKET_HOME: home, LOKET_NOW: NOW },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /berjalan di (http:\/\/[^\s]+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  return { child, url, exited, out: () => stdout, err: () => stderr };
}

describe('loket serve', () => {
  it('answers, logs each request without its code, and stops on SIGTERM with exit 0', async () => {
    const reg = await runLoket(letterArgs(), { home, now: NOW });
    const s = serve();
    const url = await s.url;
    const r = await fetch(`${url}/status/${reg.json.trackingCode}`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { id: string }).id).toBe(reg.json.id);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.out()).toContain('dihentikan (1 permintaan dilayani)');
    expect(s.err()).toMatch(/GET \/status\/[A-Z2-9]{4}… 200/);
    expect(s.err()).not.toContain(reg.json.trackingCode);
  });

  it('refuses a port in use and a port that is not one (exit 2)', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const busy = await runLoket(['serve', '--port', String(port), '--json'], { home, now: NOW });
      expect(busy.code).toBe(2);
      expect(busy.json.error.problems[0]).toMatchObject({ field: '--port' });
      expect((await runLoket(['serve', '--port', '70000'], { home, now: NOW })).code).toBe(2);
    } finally {
      taken.close();
    }
  });
});
