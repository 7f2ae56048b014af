/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 19 against a real PostgreSQL (skipped without LOKET_TEST_DATABASE_URL; CI starts one): the
 * office's work through the command line on a database, moving an office in and out, credentials
 * never printed, versions refused, 8 processes × 50 registrations, a writer killed, the server lost.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, SIGNERS, tempHome } from '../helpers/loket.js';
import { DATABASE_URL, freshDatabase } from '../helpers/stores.js';

const WORKER = fileURLToPath(new URL('../helpers/register-worker.mjs', import.meta.url));
const CLI_WORKER = fileURLToPath(new URL('../helpers/register-cli-worker.mjs', import.meta.url));
const NOW = '2026-03-02T09:00:00+07:00';

let db: { url: string; drop(): Promise<void> };
let home = '';
let cleanup = () => {};
beforeEach(async () => {
  if (!DATABASE_URL) return;
  db = await freshDatabase();
  ({ home, cleanup } = tempHome());
});
afterEach(async () => {
  if (!DATABASE_URL) return;
  await db.drop();
  cleanup();
});
const run = (args: string[], now = NOW, env: Record<string, string> = {}) =>
  runLoket(args, { home, now, env: { LOKET_DATABASE_URL: db.url, ...env } });
const ok = async (args: string[], now?: string) => {
  const r = await run(args, now);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
};

/** Runs a register worker (built code) against the database: the store's own, or the command line's. */
function worker(count: number, tag: string, cli = false) {
  const args = cli ? [CLI_WORKER, String(count), tag] : [WORKER, home, String(count), tag];
  // Its connections are named, so that the test can end exactly those (other test files share the server).
  const env = {
    ...process.env,
    LOKET_DATABASE_URL: db.url,
    LOKET_HOME: home,
    LOKET_NOW: NOW,
    LOKET_LANG: 'id',
    PGAPPNAME: `loket-${tag}-${process.pid}`,
  };
  const child = spawn(process.execPath, args, { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // Each acknowledgement names the case it registered.
  const acks = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('ack '))
      .map((l) => l.split(' ')[1] ?? '');
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, acks, stderr: () => err };
}

describe.skipIf(!DATABASE_URL)('loket on PostgreSQL', () => {
  it('carries a case from the counter to the reply, and a protected report, with documents kept in the database', async () => {
    await ok(['init', '--yes', ...SIGNERS]);
    const reg = await ok(letterArgs(['--event-date', '2026-04-08', '--event-place', 'Aula']).filter((a) => a !== '--no-receipt'));
    expect(reg.json).toMatchObject({ id: '2026-0001', answerDue: '2026-03-09' });
    await ok(['dispose', '1', '--to', 'Budi Santoso'], '2026-03-02T10:00:00+07:00');
    await ok(['analyse', '1', '--feasible', 'yes'], '2026-03-02T10:00:00+07:00');
    await ok(['decide', '1', '--decline', '--reason', 'Jadwal penuh.'], '2026-03-03T10:00:00+07:00');
    const reply = await ok(['reply', '1', '--json'], '2026-03-03T11:00:00+07:00');
    expect(reply.json.letterNumber).toBe('B-1/JP.01/03/2026');
    await ok(['send', '1', '--via', 'pos'], '2026-03-03T12:00:00+07:00');
    expect((await ok(['show', '1', '--json'])).json).toMatchObject({ status: 'answered', answer: { onTime: true } });
    const wbs = await ok([
      'register',
      'letter',
      '--yes',
      '--json',
      '--service',
      'pengaduan',
      '--channel',
      'wbs',
      '--applicant',
      'Rahmat Hidayat',
      '--subject',
      'Pungli',
      '--about',
      '1',
    ]);
    expect((await ok(['list', '--json'])).stdout).not.toContain('Rahmat');
    expect((await ok(['find', 'rahmat', '--json'])).json).toEqual([]);
    expect((await ok(['show', '1', '--json'])).json.reports).toEqual([{ id: wbs.json.id, reportType: 'pengaduan', status: 'registered' }]);
    expect((await ok(['due', '--json'])).json.upcoming.map((i: { id: string }) => i.id)).toEqual([]);
    const { default: postgres } = await import('postgres');
    const sql = postgres(db.url, { max: 1 });
    const docs = await sql`select name from documents order by name`;
    await sql.end();
    expect(docs.map((d) => d.name)).toEqual([
      'surat-jawaban-2026-0001-B-1-JP.01-03-2026.pdf',
      'tanda-terima-2026-0001.pdf',
      'tanda-terima-2026-0002.pdf',
    ]);
    expect((await ok(['check', '--json'])).json).toMatchObject({ ok: true, cases: 2, letters: 1 });
  }, 60_000);

  it('moves an office in with db import, and out again with backup and restore into files', async () => {
    const files = tempHome();
    const inFiles = (args: string[]) => runLoket(args, { home: files.home, now: NOW });
    await inFiles(['init', '--yes', ...SIGNERS]);
    for (let i = 0; i < 3; i++) await inFiles(letterArgs());
    await inFiles(['decide', '2', '--incomplete']);
    await inFiles(['reply', '2']);
    const imported = await ok(['db', 'import', '--from', files.home, '--json']);
    expect(imported.json).toMatchObject({ cases: 3, letters: 1 });
    expect((await run(['db', 'import', '--from', files.home])).code).toBe(2);
    expect((await ok(letterArgs())).json.id).toBe('2026-0004');
    const out = tempHome();
    const backup = await ok(['backup', '--out', `${out.home}/kantor.jsonl`, '--json']);
    const target = tempHome();
    const restored = await runLoket(['restore', backup.json.file, '--json'], { home: target.home, now: NOW });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.json).toMatchObject({ cases: 4 });
    expect((await runLoket(['show', '2', '--json'], { home: target.home, now: NOW })).json).toEqual(
      (await ok(['show', '2', '--json'])).json,
    );
    for (const t of [files, out, target]) t.cleanup();
  }, 60_000);

  it('never prints a password, and refuses a database it cannot use with exit 3, untouched', async () => {
    const secret = 'S3cr3t-pw';
    const closed = await runLoket(['list'], {
      home,
      now: NOW,
      env: { LOKET_DATABASE_URL: `postgres://loket:${secret}@127.0.0.1:9/loket` },
    });
    expect(closed.code).toBe(3);
    expect(closed.stderr).toContain('postgres://loket:***@127.0.0.1:9/loket');
    expect(closed.stderr + closed.stdout).not.toContain(secret);
    const { default: postgres } = await import('postgres');
    const sql = postgres(db.url, { max: 1 });
    await sql`update loket_schema set version = 99`;
    for (const args of [['list'], ['db', 'migrate']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/versi 99/);
    }
    expect((await sql`select version from loket_schema`)[0]!.version).toBe(99);
    await sql`drop table loket_schema`;
    const fresh = await run(['list']);
    expect(fresh.code).toBe(3);
    expect(fresh.stderr).toContain('loket db migrate');
    await sql.end();
  });

  it('refuses a case row edited by hand with exit 3, as the files refuse a damaged file', async () => {
    await ok(letterArgs());
    await ok(letterArgs());
    const { default: postgres } = await import('postgres');
    const sql = postgres(db.url, { max: 1, onnotice: () => undefined });
    await sql`update cases set doc = jsonb_set(doc, '{status}', '"hackedxxxx"') where id = '2026-0001'`;
    await sql`update cases set doc = jsonb_set(doc, '{id}', '"2026-0001"') where id = '2026-0002'`;
    for (const args of [['show', '2026-0001'], ['due'], ['list'], ['dispose', '2026-0001', '--to', 'Budi'], ['show', '2026-0002']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/cases 2026-000[12]/);
    }
    expect((await sql`select doc->>'status' as status from cases where id = '2026-0001'`)[0]!.status).toBe('hackedxxxx');
    await sql.end();
  });

  it('8 processes × 50 registrations give 400 cases numbered 1–400, and check is clean', async () => {
    const workers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((tag) => worker(50, tag));
    const codes = await Promise.all(workers.map((w) => w.exit));
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual(Array(8).fill(0));
    const ids = workers.flatMap((w) => w.acks());
    expect(new Set(ids).size).toBe(400);
    const listed = (await ok(['list', '--from', '2026-01-01', '--json'])).json as { agendaNumber: number }[];
    expect(listed.map((c) => c.agendaNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect((await ok(['check', '--json'])).json).toMatchObject({ ok: true, cases: 400 });
  }, 120_000);

  it('a writer killed with SIGKILL loses no acknowledged case; the server going away mid-run is exit 3 and half of nothing', async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < 4; round++) {
      const w = worker(1000, `r${round}`);
      await new Promise<void>((resolve) => {
        const tick = setInterval(() => w.acks().length >= 3 + round && (clearInterval(tick), resolve()), 5);
      });
      w.child.kill('SIGKILL');
      await w.exit;
      acknowledged.push(...w.acks());
    }
    const listed = (await ok(['list', '--from', '2026-01-01', '--json'])).json as { id: string }[];
    const ids = new Set(listed.map((c) => c.id));
    for (const id of acknowledged) expect(ids.has(id), `acknowledged ${id} is missing`).toBe(true);
    expect((await ok(['check', '--json'])).json).toMatchObject({ ok: true });
    // The server ends every connection of the writer (as a shutdown does): the command stops with exit 3.
    const w = worker(100_000, 'lost', true);
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => w.acks().length >= 5 && (clearInterval(tick), resolve()), 5);
    });
    const { default: postgres } = await import('postgres');
    const admin = postgres(DATABASE_URL!, { max: 1 });
    // Each registration opens its connection: they are ended as they appear, until the command gives up.
    let ended = false;
    void w.exit.then(() => (ended = true));
    while (!ended) {
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${`loket-lost-${process.pid}`}`;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await admin.end();
    expect(await w.exit, w.stderr()).toBe(3);
    expect(w.stderr()).toContain('basis data postgres://postgres@');
    const after = (await ok(['list', '--from', '2026-01-01', '--json'])).json as { id: string }[];
    for (const id of w.acks()) expect(after.some((c) => c.id === id)).toBe(true);
    expect((await ok(['check', '--json'])).json).toMatchObject({ ok: true });
  }, 120_000);
});
