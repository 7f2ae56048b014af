/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 24, points 3 and 5, against a real PostgreSQL (skipped without LOKET_TEST_DATABASE_URL): an
 * address is masked however it is written, only PostgreSQL URLs are taken and a malformed one is
 * exit 2; a password on the command line is warned about; a row held by a frozen workstation is
 * waited for LOKET_LOCK_TIMEOUT_MS and then exit 3 saying so; a read-only server, a permission denied
 * and a key already there are exit 3 with the server's words; nothing is written by any of them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { DATABASE_URL, freshDatabase } from '../helpers/stores.js';

const NOW = '2026-03-02T09:00:00+07:00';
const SECRET = 'S3cretPw!x';
const STACK = /at .*\.(js|ts):\d+/;

let db: { url: string; drop(): Promise<void> };
let home = '';
let cleanup = () => {};
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  if (DATABASE_URL) db = await freshDatabase();
});
afterEach(async () => {
  if (DATABASE_URL) await db.drop();
  cleanup();
});
const run = (args: string[], env: Record<string, string> = {}) =>
  runLoket(args, { home, now: NOW, env: { LOKET_DATABASE_URL: db.url, ...env } });

describe('database addresses (issue 24, point 3)', () => {
  it.each([
    [`loket:${SECRET}@127.0.0.1/loket`, /bukan alamat PostgreSQL/],
    [`mysql://loket:${SECRET}@127.0.0.1/loket`, /bukan alamat PostgreSQL/],
    [`postgres://loket:${SECRET}@[bad:1/loket`, /tidak dapat dibaca/],
    [`postgres://loket:${SECRET}@127.0.0.1:99999/loket`, /tidak dapat dibaca/],
    [`postgres://loket:${SECRET}@127.0.0.1/loket?hots=/tmp`, /parameter yang tidak dikenal: hots/],
  ])('--database %s is exit 2 naming the option, the password masked in text and JSON', async (url, message) => {
    for (const json of [false, true]) {
      const r = await runLoket(['--database', url, 'due', ...(json ? ['--json'] : [])], { home, now: NOW });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('--database');
      expect(r.stderr).toMatch(message);
      expect(r.stderr + r.stdout).not.toContain(SECRET);
      expect(r.stderr).not.toMatch(STACK);
    }
    const fromEnv = await runLoket(['due'], { home, now: NOW, env: { LOKET_DATABASE_URL: url } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('LOKET_DATABASE_URL');
    expect(fromEnv.stderr).not.toContain(SECRET);
  });

  it('a Unix socket that is not there (?host=/tmp/none) is exit 3 naming the address, not a stack trace', async () => {
    const r = await runLoket(['--database', 'postgres:///loket?host=/tmp/tidak-ada', 'due'], { home, now: NOW });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('postgres:///loket?host=/tmp/tidak-ada');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe.skipIf(!DATABASE_URL)('the database under faults (issue 24, point 5)', () => {
  it('a password given with --database works, with a warning that others can read it and how to keep it out', async () => {
    const u = new URL(db.url);
    u.password = SECRET;
    const r = await runLoket(['--database', u.toString(), 'due', '--json'], { home, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/baris perintah/);
    expect(r.stderr).toMatch(/LOKET_DATABASE_URL/);
    expect(r.stderr).toMatch(/pgpass/);
    expect(r.stderr + r.stdout).not.toContain(SECRET);
    const quiet = await run(['due', '--json']);
    expect(quiet.stderr).not.toMatch(/baris perintah/);
  });

  it('a row held by a frozen workstation: the others wait LOKET_LOCK_TIMEOUT_MS, then exit 3 saying what they waited for; nothing written', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    const { default: postgres } = await import('postgres');
    const frozen = postgres(db.url, { max: 1, onnotice: () => undefined });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // A workstation stopped in the middle of a registration: the agenda counter row locked, never committed.
    const tx = frozen.begin(async (sql) => {
      await sql`select last from counters where kind = 'agenda' for update`;
      locked();
      await held;
    });
    try {
      await holding;
      const r = await run(letterArgs(['--subject', 'Menunggu']), { LOKET_LOCK_TIMEOUT_MS: '1000' });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/sudah ditunggu 1 detik/);
      expect(r.stderr).toMatch(/workstation lain/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      release();
      await tx;
      await frozen.end();
    }
    const listed = (await run(['list', '--json'])).json as { subject: string }[];
    expect(listed.map((c) => c.subject)).toEqual(['Permohonan narasumber']);
    expect((await run(letterArgs())).json.id).toBe('2026-0002');
  });

  /** A login role on the test server with `grants` on the test's schema; its URL. */
  async function role(grants: (sql: import('postgres').Sql, name: string, schema: string) => Promise<unknown>): Promise<string> {
    const { default: postgres } = await import('postgres');
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    const name = `r_${randomBytes(5).toString('hex')}`;
    const schema = new URL(db.url).searchParams.get('search_path')!;
    await admin.unsafe(`create role ${name} login`);
    await admin.unsafe(`grant usage on schema ${schema} to ${name}`);
    await grants(admin, name, schema);
    await admin.end();
    const u = new URL(db.url);
    u.username = name;
    return u.toString();
  }

  it('a read-only server is exit 3 with its words; nothing written', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    const url = await role(async (sql, name, schema) => {
      await sql.unsafe(`grant select, insert, update, delete on all tables in schema ${schema} to ${name}`);
      await sql.unsafe(`alter role ${name} set default_transaction_read_only = on`);
    });
    const r = await run(letterArgs(['--subject', 'Hanya baca']), { LOKET_DATABASE_URL: url });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/menolak perubahan: .*read-only/);
    expect(r.stderr).not.toMatch(STACK);
    expect(((await run(['list', '--json'])).json as unknown[]).length).toBe(1);
  });

  it('a permission denied is exit 3 with its words', async () => {
    const url = await role((sql, name, schema) => sql.unsafe(`grant select on ${schema}.loket_schema to ${name}`));
    const r = await run(letterArgs(), { LOKET_DATABASE_URL: url });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/permission denied/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a restore holding a case twice (its digest made to fit) is exit 3 with the server words, nothing restored', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    const file = join(home, '..', `${new URL(db.url).searchParams.get('search_path')}.jsonl`);
    expect((await run(['backup', '--out', file])).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"t":"case"'));
    lines.splice(at, 0, lines[at]!);
    const end = JSON.parse(lines.pop()!);
    end.counts.cases++;
    end.sha256 = createHash('sha256')
      .update(lines.map((l) => `${l}\n`).join(''))
      .digest('hex');
    writeFileSync(file, `${[...lines, JSON.stringify(end)].join('\n')}\n`);
    const target = await freshDatabase();
    try {
      const r = await runLoket(['restore', file], { home: join(home, 'baru'), now: NOW, env: { LOKET_DATABASE_URL: target.url } });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/duplicate key/);
      expect(r.stderr).not.toMatch(STACK);
      const after = await runLoket(['check', '--json'], { home: join(home, 'baru'), now: NOW, env: { LOKET_DATABASE_URL: target.url } });
      expect(after.json).toMatchObject({ ok: true, cases: 0 });
    } finally {
      await target.drop();
    }
  });
});
