/** @module-tag slow (runs only on PostgreSQL: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 32: what the database itself refuses to an officer's login, tried with a SQL client as an
 * officer's own psql would (skipped without LOKET_TEST_DATABASE_URL): no table yields a protected
 * reporter, no row is deleted, no audit event changed, no counter set by hand; and the pieces under
 * it: the password verifier PostgreSQL itself would make, and the migration that seals the reporters
 * of a database made before logins.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLoket, tempHome } from '../helpers/loket.js';
import { DATABASE_URL, freshDatabase, schemaUrl } from '../helpers/stores.js';
import { officersOf, officeWithLogins, sqlAs, type Officers } from '../helpers/logins.js';
import { PgStore } from '../../src/store/pg-store.js';
import { LOGINS_VERSION, migrate } from '../../src/store/pg/schema.js';
import { caseRow } from '../../src/store/pg/cases.js';
import { scramVerifier } from '../../src/store/pg/scram.js';
import { sealCase } from '../../src/store/sealed-identity.js';
import type { Case } from '../../src/domain/model.js';

const NOW = '2026-03-16T09:00:00+07:00';
let db: { url: string; drop(): Promise<void> };
let home = '';
let cleanup = () => {};
let officers: Officers;

beforeEach(async () => {
  if (!DATABASE_URL) return;
  db = await freshDatabase();
  ({ home, cleanup } = tempHome());
  officers = officersOf();
});
afterEach(async () => {
  if (!DATABASE_URL) return;
  await db.drop();
  cleanup();
});

type Client = Awaited<ReturnType<typeof sqlAs>>;

/** Every row of every table of the store that `sql` may read, as text (bytes as Latin-1), by table; refused tables say so. */
async function readable(sql: Client): Promise<Record<string, string>> {
  const tables = await sql`select tablename from pg_tables where schemaname = current_schema() order by tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    try {
      const rows = await sql.unsafe(`select * from "${tablename}"`);
      out[tablename] = JSON.stringify(rows, (_, v: unknown) =>
        v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer'
          ? Buffer.from((v as { data: number[] }).data).toString('latin1')
          : v,
      );
    } catch (error) {
      expect((error as { code?: string }).code, tablename).toBe('42501');
      out[tablename] = 'permission denied';
    }
  }
  return out;
}

/** The office with a WBS report whose reporter, phone and ID card (its file name and its bytes) are protected, with its receipt kept. */
async function officeWithReport(): Promise<string> {
  await officeWithLogins(home, db.url, NOW, officers);
  const card = join(tmpdir(), `ktp-rahmat-hidayat-${randomBytes(3).toString('hex')}.pdf`);
  writeFileSync(card, '%PDF-1.4\n% KTP Rahmat Hidayat 3171000000000001\n%%EOF\n');
  const { loginUrl } = await import('../helpers/logins.js');
  const r = await runLoket(
    [
      ...['register', 'letter', '--yes', '--json', '--service', 'pengaduan', '--channel', 'wbs'],
      ...['--applicant', 'Rahmat Hidayat', '--contact', '0812-9999-0000', '--subject', 'Pungutan liar', '--attach', card],
    ],
    { home, now: NOW, env: { LOKET_DATABASE_URL: loginUrl(db.url, officers.receptionist.login), LOKET_USER: '' } },
  );
  expect(r.code, r.stderr).toBe(0);
  expect(r.json.receipt).toBeTruthy();
  return r.json.id as string;
}

const NAME = /rahmat|99990000|3171000000000001/i;

describe.skipIf(!DATABASE_URL)('an officer’s login in a SQL client', () => {
  it('finds the protected reporter in no table, though the owner’s and the WBS handler’s find it', async () => {
    await officeWithReport();
    const owner = await sqlAs(db.url, new URL(DATABASE_URL!).username || 'postgres');
    const siti = await sqlAs(db.url, officers.receptionist.login);
    const budi = await sqlAs(db.url, officers.analyst.login);
    const wati = await sqlAs(db.url, officers.wbs.login);
    try {
      const all = await readable(owner);
      // The reporter is in the store: apart from the case, in the sealed tables.
      expect(Object.keys(all).filter((t) => NAME.test(all[t]!))).toEqual(['attachment_parts', 'sealed']);
      // Its receipt (which names the reporter) is kept apart too.
      expect(JSON.parse(all.sealed_documents!)).toHaveLength(1);
      for (const login of [siti, budi]) {
        const seen = await readable(login);
        expect(
          Object.entries(seen)
            .filter(([, text]) => NAME.test(text))
            .map(([table]) => table),
        ).toEqual([]);
        // They do read the tables (the case, its placeholders, the counters): nothing else is hidden from them.
        expect(seen.cases).toContain('Pungutan liar');
        expect(seen.cases).toContain('[dilindungi]');
        expect(seen.officer_logins).toBe('permission denied');
        expect(seen.sealed_documents).toBe('[]');
      }
      const handler = await readable(wati);
      expect(handler.sealed).toMatch(NAME);
      expect(handler.attachment_parts).toMatch(NAME);
      // Through loket too: the reporter's file is the handler's to open, not the receptionist's (exit 5).
      const [{ sha256 }] = (await owner`select sha256 from sealed_attachments`) as unknown as [{ sha256: string }];
      const { loginUrl } = await import('../helpers/logins.js');
      const over = (login: string) => new PgStore({ url: loginUrl(db.url, login), user: '', now: Date.now, env: {}, home });
      const [reception, handlerStore] = [over(officers.receptionist.login), over(officers.wbs.login)];
      await expect(reception.readAttachment(sha256)).rejects.toMatchObject({ key: 'roles.sealedAttachment' });
      expect(Buffer.from(await handlerStore.readAttachment(sha256)).toString()).toContain('KTP Rahmat Hidayat');
      await reception.close();
      await handlerStore.close();
      // Naming themselves wbs in the settings is an admin's change: the row does not change for them.
      const changed = await siti`
        update config set doc = jsonb_set(doc, '{profile,officers}', (
          select jsonb_agg(case when o->>'name' = 'Siti Aminah' then jsonb_set(o, '{roles}', '["penerima","wbs"]') else o end)
          from jsonb_array_elements(doc->'profile'->'officers') as o))`;
      expect(changed.count).toBe(0);
      expect((await siti`select loket_may_unseal() as may`)[0]!.may).toBe(false);
      expect(await siti`select * from sealed`).toEqual([]);
    } finally {
      for (const c of [owner, siti, budi, wati]) await c.end();
    }
  });

  it('deletes no row of any table, changes no audit event, and sets no counter', async () => {
    const id = await officeWithReport();
    const owner = await sqlAs(db.url, new URL(DATABASE_URL!).username || 'postgres');
    const siti = await sqlAs(db.url, officers.receptionist.login);
    const wati = await sqlAs(db.url, officers.wbs.login);
    try {
      const tables = (await siti`select tablename from pg_tables where schemaname = current_schema()`).map((r) => r.tablename as string);
      expect(tables.length).toBeGreaterThan(15);
      for (const login of [siti, wati])
        for (const table of tables) {
          await expect(login.unsafe(`delete from "${table}"`), table).rejects.toMatchObject({ code: '42501' });
          await expect(login.unsafe(`truncate "${table}"`), table).rejects.toMatchObject({ code: '42501' });
        }
      // An event is kept as written: not changed, not dropped, not added in another login's name.
      const refused = { code: '42501', message: expect.stringMatching(/audit events|names the login/) };
      for (const login of [siti, wati]) {
        await expect(login`update cases set doc = jsonb_set(doc, '{events,0,by}', '"Orang Lain"') where id = ${id}`).rejects.toMatchObject(
          refused,
        );
        await expect(login`update cases set doc = jsonb_set(doc, '{events}', '[]') where id = ${id}`).rejects.toMatchObject(refused);
      }
      const forged = { at: NOW, by: 'Wati', login: officers.wbs.login, action: 'reveal-identity', changes: {} };
      await expect(
        siti`update cases set doc = jsonb_set(doc, '{events}', doc->'events' || ${siti.json([forged] as never)}) where id = ${id}`,
      ).rejects.toMatchObject(refused);
      // The settings' events too, for the logins that may change the settings: an admin's (made here for the first admin).
      const adminLogin = `adm_${officers.wbs.login.slice(5)}`;
      const r = await runLoket(['officer', 'add', 'Admin Kantor', '--role', 'admin', '--login', adminLogin], {
        home,
        now: NOW,
        env: { LOKET_DATABASE_URL: db.url, LOKET_USER: '', LOKET_NEW_PASSWORD: 'sandi-rahasia-123' },
      });
      expect(r.code, r.stderr).toBe(0);
      const admin = await sqlAs(db.url, adminLogin);
      try {
        await expect(admin`update config set doc = jsonb_set(doc, '{events,0,action}', '"x"')`).rejects.toMatchObject(refused);
        expect((await admin`update config set doc = jsonb_set(doc, '{profile,city}', '"Bogor"')`).count).toBe(1);
      } finally {
        await admin.end();
      }
      // Counters: not set by hand, not skipped by asking for a number and not using it.
      const mark = async () =>
        (await owner`select kind, year, last from counters order by kind, year`).map((r) => `${r.kind} ${r.year} ${r.last}`);
      const before = await mark();
      expect(before).toEqual(['agenda 2026 1']);
      await expect(siti`update counters set last = 99`).rejects.toMatchObject({ code: '42501' });
      await expect(siti`insert into counters values ('letter', 2026, 7)`).rejects.toMatchObject({ code: '42501' });
      expect((await siti`select loket_next_number('agenda', 2026) as n`)[0]!.n).toBe(2);
      const [row] = await owner`select * from cases where id = ${id}`;
      const copy = { ...row!, id: '2026-0007', agenda: 7, tracking: 'x'.repeat(64) };
      await expect(siti`insert into cases ${siti(copy as never)}`).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('not the next one'),
      });
      await expect(siti`update facts set secret = 'tebakan'`).rejects.toMatchObject({ code: '42501' });
      expect(await mark()).toEqual(before);
    } finally {
      for (const c of [owner, siti, wati]) await c.end();
    }
  });
});

describe.skipIf(!DATABASE_URL)('a case changed through a SQL client', () => {
  it('changes only with an event of a step the login may take, and its columns say what its document says', async () => {
    const id = await officeWithReport();
    const siti = await sqlAs(db.url, officers.receptionist.login);
    const budi = await sqlAs(db.url, officers.analyst.login);
    const event = (login: string, by: string, action: string) => ({
      at: '2026-03-16T09:30:00+07:00',
      by,
      login,
      action,
      changes: { status: 'decided' },
    });
    const decided = (login: typeof siti, e: object) =>
      login`update cases set status = 'decided', doc = jsonb_set(jsonb_set(doc, '{events}', (doc->'events') || ${login.json([e] as never)}), '{status}', '"decided"')
        where id = ${id}`;
    try {
      const before = (await siti`select status, doc from cases where id = ${id}`)[0]!;
      // The tester's attack: a receptionist records a decision loket refuses her (exit 5).
      await expect(decided(siti, event(officers.receptionist.login, 'Siti Aminah', 'decide'))).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('may not record decide'),
      });
      // Nor under the name of a step she may take, nor under an action loket never writes.
      await expect(decided(siti, event(officers.receptionist.login, 'Siti Aminah', 'x'))).rejects.toMatchObject({
        message: expect.stringContaining('no step of a case'),
      });
      // Nor without any event, nor with a column that says another status than the document.
      await expect(
        siti`update cases set doc = jsonb_set(doc, '{status}', '"decided"'), status = 'decided' where id = ${id}`,
      ).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('only with an audit event'),
      });
      await expect(siti`update cases set status = 'answered', open = false where id = ${id}`).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('columns'),
      });
      const after = (await siti`select status, doc from cases where id = ${id}`)[0]!;
      expect(after).toEqual(before);
      // The analyst's login may record the analyst's step (what loket itself does through it).
      expect((await decided(budi, event(officers.analyst.login, 'Budi Santoso', 'decide'))).count).toBe(1);
    } finally {
      for (const c of [siti, budi]) await c.end();
    }
  });
});

describe.skipIf(!DATABASE_URL)('under the logins', () => {
  it('a password reaches the server as the SCRAM verifier PostgreSQL itself makes of it', async () => {
    const { default: postgres } = await import('postgres');
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    const role = `scram_${randomBytes(4).toString('hex')}`;
    try {
      await admin.unsafe(`set password_encryption = 'scram-sha-256'`);
      await admin.unsafe(`create role ${role} password 'Kata Sandi-ku 42'`);
      const [{ stored }] = (await admin`select rolpassword as stored from pg_authid where rolname = ${role}`) as unknown as [
        { stored: string },
      ];
      const [, iterations, salt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(stored)!;
      expect(scramVerifier('Kata Sandi-ku 42', Buffer.from(salt!, 'base64'), Number(iterations))).toBe(stored);
      expect(scramVerifier('Kata Sandi-ku 43', Buffer.from(salt!, 'base64'), Number(iterations))).not.toBe(stored);
    } finally {
      await admin.unsafe(`drop role if exists ${role}`);
      await admin.end();
    }
  });

  it('the migration seals the reporters of the cases already stored exactly as loket seals a new one', async () => {
    // Cases as a store of the earlier version held them: made here whole, written into a schema not yet migrated.
    const made = new PgStore({ url: db.url, user: 'Siti Aminah', now: () => Date.parse(NOW), env: {}, home });
    const r = (args: string[]) => runLoket(args, { home, now: NOW, user: 'Siti Aminah', env: { LOKET_DATABASE_URL: db.url } });
    const card = join(home, 'ktp-pelapor.jpg');
    writeFileSync(card, 'bytes of a card');
    const base = ['register', 'letter', '--yes', '--json', '--no-receipt', '--service', 'pengaduan', '--subject', 'Laporan'];
    for (const args of [
      [
        ...base,
        '--channel',
        'wbs',
        '--applicant',
        'Rahmat Hidayat',
        '--institution',
        'Dinas X',
        '--contact',
        '0812-3456-7890',
        '--attach',
        card,
      ],
      [...base, '--channel', 'surat', '--anonymous', '--attach', card],
      [...base, '--channel', 'email', '--protect-identity', '--applicant', 'Sari', '--email', 'sari@contoh.id'],
      [...base, '--channel', 'surat', '--applicant', 'Dinas Terbuka', '--attach', card],
    ])
      expect((await r(args)).stderr).toBe('');
    const cases = await Promise.all(['2026-0001', '2026-0002', '2026-0003', '2026-0004'].map((id) => made.get(id)));
    await made.close();
    expect(cases[0]!.applicant.name).toBe('Rahmat Hidayat');

    const { default: postgres } = await import('postgres');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create schema ${schema}`);
    const sql = postgres(schemaUrl(schema), { max: 1, onnotice: () => undefined });
    try {
      await migrate(sql, 'test', () => 'ab'.repeat(32), LOGINS_VERSION - 1);
      for (const c of cases) {
        const row = caseRow(c);
        await sql`insert into cases ${sql({ ...row, summary: sql.json(row.summary as never), doc: sql.json(c as never) } as never)}`;
      }
      await migrate(sql, 'test', () => 'ab'.repeat(32));
      const stored = new Map((await sql`select id, doc from cases`).map((x) => [x.id as string, x.doc as Case]));
      const sealed = new Map((await sql`select case_id, doc from sealed`).map((x) => [x.case_id as string, x.doc]));
      for (const c of cases) {
        const expected = sealCase(c);
        expect(stored.get(c.id), c.id).toEqual(expected.open);
        expect(sealed.get(c.id), c.id).toEqual(expected.sealed);
      }
      expect([...sealed.keys()].sort()).toEqual(['2026-0001', '2026-0002', '2026-0003']);
      expect(stored.get('2026-0001')!.applicant).toEqual({ name: '[dilindungi]', institution: '[dilindungi]', contact: '[dilindungi]' });
      // And read back by the owner (or a WBS handler), the case is whole again.
      const back = new PgStore({ url: schemaUrl(schema), user: 'x', now: Date.now, env: {}, home });
      expect(await back.get('2026-0001')).toEqual(cases[0]);
      await back.close();
    } finally {
      await sql.end();
      await admin.unsafe(`drop schema ${schema} cascade`);
      await admin.end();
    }
  });
});
