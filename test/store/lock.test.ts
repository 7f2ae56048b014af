/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/** Issue 12, defect 1: a writer paused while holding the lock loses nobody's work. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, letterArgs, runCli, tempHome } from '../helpers/cli.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

/** Starts `loket register` that pauses before its first write while holding the lock. */
function pausingWriter(subject: string) {
  const child = spawn(process.execPath, [BIN, ...letterArgs(['--subject', subject])], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOKET_HOME: home,
      LOKET_NOW: NOW,
      LOKET_USER: 'Ani di loket 1',
      // Long enough to be stopped (SIGSTOP) while it holds the lock, short enough not to slow the suite.
      LOKET_TEST_PAUSE_BEFORE_WRITE_MS: '800',
    },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, out: () => out, err: () => err };
}

/** Waits until the lock folder names `pid` as its holder (polling a file: no fixed sleep). */
async function lockHeldBy(pid: number): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    try {
      if (JSON.parse(readFileSync(`${home}/.lock/owner.json`, 'utf8')).pid === pid) return;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`process ${pid} never took the lock`);
}

const subjects = () =>
  JSON.parse(readFileSync(`${home}/store/cases-2026-000.json`, 'utf8')).cases.map((c: { subject: string }) => c.subject);

describe('the lock under a paused writer (kill -STOP / -CONT)', () => {
  it('others wait and then exit 3 naming who holds it; the resumed writer finishes; nothing is lost or numbered twice', async () => {
    expect((await runCli(letterArgs(['--subject', 'Pertama']), { home, now: NOW })).code).toBe(0);
    const a = pausingWriter('Kasus A');
    await lockHeldBy(a.child.pid!);
    a.child.kill('SIGSTOP');
    try {
      const b = await runCli(letterArgs(['--subject', 'Kasus B']), {
        home,
        now: NOW,
        user: 'Budi di loket 2',
        env: { LOKET_LOCK_TIMEOUT_MS: '500' },
      });
      expect(b.code).toBe(3);
      expect(b.stderr).toContain('Ani di loket 1');
      expect(b.stderr).toContain(String(a.child.pid));
    } finally {
      a.child.kill('SIGCONT');
    }
    expect(await a.exit, a.err()).toBe(0);
    const c = await runCli(letterArgs(['--subject', 'Kasus C']), { home, now: NOW });
    expect(c.code, c.stderr).toBe(0);
    expect(subjects()).toEqual(['Pertama', 'Kasus A', 'Kasus C']);
    expect(JSON.parse(a.out()).id).toBe('2026-0002');
    expect(c.json.id).toBe('2026-0003');
    expect((await runCli(['check', '--json'], { home })).code).toBe(0);
  });

  it('a writer that finds its lock gone when it resumes writes nothing and says so (exit 3)', async () => {
    const a = pausingWriter('Kasus A');
    await lockHeldBy(a.child.pid!);
    a.child.kill('SIGSTOP');
    try {
      // Someone removes the lock by hand while A is stopped, and B registers.
      rmSync(`${home}/.lock`, { recursive: true });
      const b = await runCli(letterArgs(['--subject', 'Kasus B']), { home, now: NOW });
      expect(b.code, b.stderr).toBe(0);
    } finally {
      a.child.kill('SIGCONT');
    }
    expect(await a.exit).toBe(3);
    expect(a.err()).toMatch(/tidak ada yang ditulis/);
    expect(subjects()).toEqual(['Kasus B']);
    expect((await runCli(['check', '--json'], { home })).code).toBe(0);
  });

  it('a lock left by a process that died on this machine is taken over at once', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('exit', r));
    mkdirSync(`${home}/.lock`);
    writeFileSync(
      `${home}/.lock/owner.json`,
      JSON.stringify({ token: 'x', user: 'crashed', pid: dead.pid, host: hostname(), since: '2026-03-16T01:00:00Z' }),
    );
    // A one-second wait is all it gets: a takeover that took longer would end in exit 3.
    const r = await runCli(letterArgs(), { home, now: NOW, env: { LOKET_LOCK_TIMEOUT_MS: '1000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(`${home}/.lock`)).toBe(false);
  });

  it('a lock folder with no owner record (a crash between creating it and writing the record) is taken over', async () => {
    mkdirSync(`${home}/.lock`);
    const r = await runCli(letterArgs(), { home, now: NOW, env: { LOKET_LOCK_TIMEOUT_MS: '3000' } });
    expect(r.code, r.stderr).toBe(0);
  });

  it('a .lock that is a plain file is exit 3 naming it, not a stack trace (defect 12)', async () => {
    writeFileSync(`${home}/.lock`, 'x');
    const r = await runCli(letterArgs(), { home, now: NOW });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('.lock');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
