/** @module-tag slow (runs only on PostgreSQL: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 32 on a real PostgreSQL (skipped without LOKET_TEST_DATABASE_URL): each officer logs in as
 * themselves and the login says who acts; every refused step is exit 5 with nothing written; only the
 * WBS handler's login reveals a protected reporter; a removed officer cannot connect; only the
 * owner's login makes logins, and the password is never shown or kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { DATABASE_URL, freshDatabase } from '../helpers/stores.js';
import { loginUrl, officersOf, officeWithLogins, PASSWORD, sqlAs, type Officers } from '../helpers/logins.js';

const NOW = '2026-03-16T09:00:00+07:00';
let db: { url: string; drop(): Promise<void> };
let home = '';
let cleanup = () => {};
let officers: Officers;
/** A folder outside the data folder, for what commands write out (backups, documents). */
let out = '';
let cleanOut = () => {};

beforeEach(async () => {
  if (!DATABASE_URL) return;
  db = await freshDatabase();
  ({ home, cleanup } = tempHome());
  ({ home: out, cleanup: cleanOut } = tempHome());
  officers = officersOf();
});
afterEach(async () => {
  if (!DATABASE_URL) return;
  await db.drop();
  cleanup();
  cleanOut();
});

/** Runs a command over an officer's own login, as their workstation would: no name given. */
const as = (o: { login: string }, args: string[], env: Record<string, string> = {}) =>
  runLoket(args, { home, now: NOW, env: { LOKET_DATABASE_URL: loginUrl(db.url, o.login), LOKET_USER: '', ...env } });
/** Runs a command over the owner's connection (the one that made the tables). */
const owner = (args: string[], env: Record<string, string> = {}) =>
  runLoket(args, { home, now: NOW, user: 'Admin Kantor', env: { LOKET_DATABASE_URL: db.url, ...env } });

/** What the database holds, read over the owner's connection: every row of every loket table, as text. */
async function everything(): Promise<string> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(db.url, { max: 1, onnotice: () => undefined });
  try {
    const tables = await sql`select tablename from pg_tables where schemaname = current_schema() order by tablename`;
    const out: string[] = [];
    for (const { tablename } of tables) {
      const rows = await sql.unsafe(`select * from "${tablename}" order by 1`);
      out.push(`${tablename}: ${JSON.stringify(rows)}`);
    }
    return out.join('\n');
  } finally {
    await sql.end();
  }
}

const WBS = ['register', 'letter', '--yes', '--json', '--service', 'pengaduan', '--channel', 'wbs'];

describe.skipIf(!DATABASE_URL)('officers who log in to the database as themselves', () => {
  it('act as their login, whatever name is given; every refused step is exit 5 and writes nothing', async () => {
    const o = officers;
    await officeWithLogins(home, db.url, NOW, o);
    const reg = await as(o.receptionist, letterArgs());
    expect(reg.code, reg.stderr).toBe(0);
    const before = await everything();
    for (const [who, args, key] of [
      [o.receptionist, ['dispose', '1', '--to', 'Budi Santoso'], 'tidak berwenang untuk disposisi'],
      [o.analyst, ['dispose', '1', '--to', 'Budi Santoso'], 'tidak berwenang untuk disposisi'],
      [o.leader, ['decide', '1', '--decline', '--reason', 'Jadwal penuh.'], 'tidak berwenang untuk keputusan'],
      [o.receptionist, ['officer', 'add', 'Teman', '--role', 'admin'], 'pengelolaan petugas'],
      [o.receptionist, ['config', 'set', 'city', 'Bandung'], 'perubahan pengaturan'],
      [o.leader, ['calendar', 'close', '2026-03-20', '--name', 'Libur'], 'perubahan kalender'],
      [o.signatory, ['sign', '1'], 'tidak punya konsep'],
      [o.wbs, ['backup', '--out', join(out, 'b.jsonl')], 'pencadangan'],
      // What must read every protected reporter's file is for a login that may.
      [o.analyst, ['check'], 'pemeriksaan membaca setiap lampiran'],
    ] as [{ login: string }, string[], string][]) {
      const r = await as(who, [...args, '--json']);
      expect(r.code, `${who.login}: ${args.join(' ')}\n${r.stderr}`).toBe(key.startsWith('tidak punya') ? 2 : 5);
      expect(r.stderr).toContain(key);
    }
    // A name given that is not the login's own: refused, whoever it names (exit 5, JSON as every refusal).
    const claimed = await as(o.receptionist, ['dispose', '1', '--to', 'Budi Santoso', '--as', 'Kepala Pokja', '--json']);
    expect(claimed.code).toBe(5);
    expect(claimed.json.error).toMatchObject({ exitCode: 5 });
    expect(claimed.stderr).toContain(`petugas yang bertindak adalah pemilik login (${o.receptionist.login}: Siti Aminah)`);
    expect((await as(o.leader, ['dispose', '1', '--to', 'Budi Santoso'], { LOKET_USER: 'Siti Aminah' })).code).toBe(5);
    // The owner's login is for administration: no case step, and no acting as an officer who has a login.
    const ownerStep = await owner(['register', ...letterArgs().slice(1), '--json']);
    expect(ownerStep.code).toBe(5);
    expect(ownerStep.stderr).toContain('hanya untuk administrasi, bukan untuk pencatatan surat atau kunjungan');
    expect((await owner(['config', 'set', 'city', 'Bandung'], { LOKET_USER: 'Kepala Pokja' })).code).toBe(5);
    expect(await everything()).toBe(before);

    // The steps go on with the officers whose roles they are, each recorded with the login that took it.
    expect((await as(o.leader, ['dispose', '1', '--to', 'Budi Santoso'])).code).toBe(0);
    expect((await as(o.analyst, ['analyse', '1', '--feasible', 'tidak'])).code).toBe(0);
    expect((await as(o.analyst, ['decide', '1', '--decline', '--reason', 'Jadwal penuh.'])).code).toBe(0);
    expect((await as(o.analyst, ['reply', '1', '--place', 'Kota Contoh'])).code).toBe(0);
    const signed = await as(o.signatory, ['sign', '1', '--json']);
    expect(signed.json).toMatchObject({ letterNumber: 'B-1/JP.01/03/2026', signedBy: 'Ratna Dewi' });
    // Administration stays with the owner's login, which records itself.
    expect((await owner(['config', 'set', 'city', 'Bandung'])).code).toBe(0);
    const events = (await as(o.analyst, ['history', '1', '--json'])).json as { by: string; login: string; action: string }[];
    expect(events.map((e) => [e.action, e.by, e.login])).toEqual([
      ['register', 'Siti Aminah', o.receptionist.login],
      ['dispose', 'Kepala Pokja', o.leader.login],
      ['analyse', 'Budi Santoso', o.analyst.login],
      ['decide', 'Budi Santoso', o.analyst.login],
      ['letter:draft', 'Budi Santoso', o.analyst.login],
      ['letter:reply', 'Ratna Dewi', o.signatory.login],
    ]);
    expect((await as(o.analyst, ['history', '1'])).stdout).toContain(`Kepala Pokja (login ${o.leader.login})  disposisi`);
    const config = (await owner(['config', 'get', 'city', '--json'])).json;
    expect(config.value).toBe('Bandung');
  });

  it('only the WBS handler reveals a protected reporter, with a reason, in the step that records it', async () => {
    const o = officers;
    await officeWithLogins(home, db.url, NOW, o);
    const file = join(home, 'ktp-rahmat-hidayat.pdf');
    writeFileSync(file, '%PDF-1.4\nKTP Rahmat Hidayat\n%%EOF\n');
    const args = [...WBS, '--applicant', 'Rahmat Hidayat', '--contact', '0812-9999-0000', '--subject', 'Pungutan liar'];
    const reg = await as(o.receptionist, [...args, '--attach', file]);
    expect(reg.code, reg.stderr).toBe(0);
    const id = reg.json.id as string;
    for (const who of [o.receptionist, o.analyst, o.leader]) {
      const r = await as(who, ['show', id, '--reveal-identity', '--reason', 'penasaran', '--json']);
      expect(r.code, who.login).toBe(5);
      expect(r.stdout + r.stderr).not.toContain('Rahmat');
      // What the others read is the case behind its placeholders, and its receipt is not theirs to open.
      const shown = await as(who, ['show', id, '--json']);
      expect(shown.json.missing).toEqual([]);
      expect(JSON.stringify(shown.json)).not.toMatch(/Rahmat|99990000/);
    }
    const receipt = await as(o.analyst, ['documents', id, '--out', join(out, 'analis'), '--json']);
    expect(receipt.code, receipt.stdout).toBe(5);
    expect(receipt.stderr).toContain('memuat identitas pelapor yang dilindungi');
    // A reveal whose record cannot be written (a clock behind the case's last event) reveals nothing.
    const behind = await as(o.wbs, ['show', id, '--reveal-identity', '--reason', 'Permintaan Inspektorat', '--json'], {
      LOKET_NOW: '2026-03-16T08:00:00+07:00',
    });
    expect(behind.code).toBe(2);
    expect(behind.stdout + behind.stderr).not.toContain('Rahmat');
    const revealed = await as(o.wbs, ['show', id, '--reveal-identity', '--reason', 'Permintaan Inspektorat', '--json']);
    expect(revealed.code, revealed.stderr).toBe(0);
    expect(revealed.json.applicant).toMatchObject({ name: 'Rahmat Hidayat', contact: '081299990000' });
    expect(revealed.json.attachments.map((a: { name: string }) => a.name)).toEqual(['ktp-rahmat-hidayat.pdf']);
    const history = (await as(o.wbs, ['history', id, '--json'])).json as { action: string; by: string; login: string }[];
    expect(history.map((e) => [e.action, e.by, e.login])).toEqual([
      ['register', 'Siti Aminah', o.receptionist.login],
      ['reveal-identity', 'Wati', o.wbs.login],
    ]);
    // The WBS handler opens the receipt (it names the reporter); the owner's backup holds the reporter whole.
    expect((await as(o.wbs, ['documents', id, '--out', join(out, 'wbs'), '--json'])).code).toBe(0);
    const backup = await owner(['backup', '--out', join(out, 'cadangan.jsonl'), '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    const restored = tempHome();
    try {
      expect((await runLoket(['restore', backup.json.file], { home: restored.home, now: NOW, user: 'Admin Kantor' })).code).toBe(0);
      const back = await runLoket(['show', id, '--reveal-identity', '--reason', 'uji pemulihan', '--json'], {
        home: restored.home,
        now: NOW,
        user: 'Wati',
      });
      expect(back.json.applicant.name).toBe('Rahmat Hidayat');
    } finally {
      restored.cleanup();
    }
    // Through a SQL client, the handler's login reads the sealed part; the receptionist's does not.
    const wati = await sqlAs(db.url, o.wbs.login);
    const siti = await sqlAs(db.url, o.receptionist.login);
    try {
      expect((await wati`select doc->'applicant'->>'name' as name from sealed`).map((r) => r.name)).toEqual(['Rahmat Hidayat']);
      expect(await siti`select * from sealed`).toEqual([]);
    } finally {
      await wati.end();
      await siti.end();
    }
  });

  it('a removed officer cannot connect, and keeps their name in the history; an admin with a login removes too', async () => {
    const o = officers;
    await officeWithLogins(home, db.url, NOW, o);
    await as(o.receptionist, letterArgs());
    await as(o.leader, ['dispose', '1', '--to', 'Budi Santoso']);
    expect((await as(o.analyst, ['analyse', '1', '--feasible', 'ya'])).code).toBe(0);
    expect((await owner(['officer', 'remove', 'Budi Santoso'])).code).toBe(0);
    const after = await as(o.analyst, ['decide', '1', '--decline', '--reason', 'x.', '--json']);
    expect(after.code).toBe(3);
    expect(after.stderr).toMatch(/not permitted to log in|tidak diizinkan/);
    const budi = await sqlAs(db.url, o.analyst.login);
    await expect(budi`select 1`).rejects.toMatchObject({ code: '28000' });
    await budi.end();
    const history = (await as(o.leader, ['history', '1', '--json'])).json as { by: string; login: string }[];
    expect(history.map((e) => e.by)).toContain('Budi Santoso');
    expect(history.map((e) => e.login)).toContain(o.analyst.login);
    // The first admin gets a login of their own; over it, they take the signatory off the list.
    const adminLogin = `admin_${o.analyst.login.slice(5)}`;
    expect(
      (await owner(['officer', 'add', 'Admin Kantor', '--role', 'admin', '--login', adminLogin], { LOKET_NEW_PASSWORD: PASSWORD })).code,
    ).toBe(0);
    const admin = { login: adminLogin };
    expect((await as(admin, ['officer', 'remove', 'Ratna Dewi'])).code).toBe(0);
    const ratna = await sqlAs(db.url, o.signatory.login);
    await expect(ratna`select 1`).rejects.toMatchObject({ code: '28000' });
    await ratna.end();
    // Over their own login, an admin is no owner: making a login is the owner's (exit 5), as are the case steps.
    const made = await as(admin, ['officer', 'add', 'Teman Baru', '--login', `teman_${o.analyst.login.slice(5)}`, '--json'], {
      LOKET_NEW_PASSWORD: PASSWORD,
    });
    expect(made.code).toBe(5);
    expect(made.stderr).toContain('hanya dapat dibuat melalui login pemilik basis data');
  });

  it('a login is made over the owner’s connection only, with a password never shown, stored or asked for under --yes', async () => {
    const o = officers;
    await officeWithLogins(home, db.url, NOW, o);
    const login = `baru_${o.analyst.login.slice(5)}`;
    const noPassword = await owner(['officer', 'add', 'Petugas Baru', '--login', login, '--yes', '--json']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.json.error.problems[0].field).toBe('LOKET_NEW_PASSWORD');
    const secret = 'Sandi-Petugas-Baru-42';
    const added = await owner(['officer', 'add', 'Petugas Baru', '--login', login], { LOKET_NEW_PASSWORD: secret });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`login basis data: ${login}`);
    expect(added.stdout + added.stderr).not.toContain(secret);
    const held = await everything();
    expect(held).toContain(login);
    expect(held).not.toContain(secret);
    // The same name as a role loket did not make, and a name that is not a login's, are refused.
    const taken = await owner(['officer', 'add', 'Orang Lain', '--login', 'postgres', '--json'], { LOKET_NEW_PASSWORD: secret });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('tidak dibuat oleh loket');
    const badName = await owner(['officer', 'add', 'Orang Lain', '--login', 'Budi Santoso', '--json'], { LOKET_NEW_PASSWORD: secret });
    expect(badName.code).toBe(2);
    expect(badName.json.error.problems[0].field).toBe('--login');
    // Listed with their login; added again without --login, an officer keeps it.
    expect((await owner(['officer', 'add', 'Petugas Baru', '--role', 'analis'])).code).toBe(0);
    const list = (await owner(['officer', 'list', '--json'])).json as { name: string; login?: string }[];
    expect(list.find((x) => x.name === 'Petugas Baru')).toMatchObject({ login, roles: ['analis'] });
    const own = { LOKET_DATABASE_URL: loginUrl(db.url, login, secret), LOKET_USER: '' };
    expect((await runLoket(['list', '--json'], { home, now: NOW, env: own })).code).toBe(0);
  });

  it('the files have no logins (exit 2), and work as before', async () => {
    const files = tempHome();
    try {
      const r = await runLoket(['officer', 'add', 'Siti Aminah', '--login', 'siti', '--json'], { home: files.home, now: NOW });
      expect(r.code).toBe(2);
      expect(r.json.error.problems[0]).toMatchObject({ field: '--login' });
      expect((await runLoket(['officer', 'list', '--json'], { home: files.home, now: NOW })).json).toEqual([]);
    } finally {
      files.cleanup();
    }
  });
});
