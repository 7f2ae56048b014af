/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 32 for issue 28 (skipped without LOKET_TEST_DATABASE_URL): `loket serve` on PostgreSQL over
 * its own login (`loket db serve-login`), which reads what the public pages show and nothing more.
 * Every answer of the pages' port over that login is the one over the owner's; the login reads no
 * table, runs no function but the public ones, and its one write is a survey answer for an unused token.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerSurvey } from '../../src/app/answer-survey.js';
import { checklists } from '../../src/app/checklists.js';
import { trackingDigest } from '../../src/domain/tracking-lookup.js';
import { PgStore } from '../../src/store/pg-store.js';
import { publicStore } from '../../src/store/pg/public-store.js';
import type { Store } from '../../src/store/store.js';
import { storePort } from '../../src/web/store-port.js';
import type { PublicPort } from '../../src/web/public-port.js';
import { BIN } from '../helpers/cli.js';
import { runLoket, tempHome } from '../helpers/loket.js';
import { loginUrl, PASSWORD, sqlAs } from '../helpers/logins.js';
import { DATABASE_URL, freshDatabase } from '../helpers/stores.js';
import { buildWebOffice, type WebOffice } from '../helpers/web-office.js';

const FORM = { u1: '4', u2: '3', u3: '3', u4: '4', u5: '3', u6: '4', u7: '4', u8: '2', u9: '3' };

describe.skipIf(!DATABASE_URL)('the public page’s own login', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-serve-login-'));
  const { home, cleanup } = tempHome();
  const web = `web_${randomBytes(3).toString('hex')}`;
  let db: { url: string; drop(): Promise<void> };
  let office: WebOffice;
  let owner: Store;
  let pub: Store;

  beforeAll(async () => {
    db = await freshDatabase();
    office = await buildWebOffice(home, { LOKET_DATABASE_URL: db.url }, dir);
    const made = await runLoket(['db', 'serve-login', web, '--json'], {
      home,
      env: { LOKET_DATABASE_URL: db.url, LOKET_NEW_PASSWORD: PASSWORD },
    });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout + made.stderr).not.toContain(PASSWORD);
    owner = new PgStore({ url: db.url, user: 'web', now: Date.now, env: {}, home });
    pub = publicStore(loginUrl(db.url, web), {});
  }, 180_000);

  afterAll(async () => {
    await pub?.close();
    await owner?.close();
    await db?.drop();
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every page as the owner’s connection does', async () => {
    const ports: PublicPort[] = [storePort(owner, checklists()), storePort(pub, checklists())];
    const both = async <T>(ask: (port: PublicPort) => Promise<T>) => {
      const [a, b] = await Promise.all(ports.map(ask));
      expect(b).toEqual(a);
      return b!;
    };
    const letterhead = await both((p) => p.office());
    expect(letterhead.logo?.bytes.length).toBeGreaterThan(0);
    for (const code of [office.requestCode, office.reportCode, office.pendingCode, 'ABCD-EFGH-JKLM-NPQR', 'bukan kode'])
      await both((p) => p.status(code));
    expect((await both((p) => p.status(office.requestCode)))?.answer?.letterNumber).toBe(office.replyNumber);
    for (const code of [office.validCertificate, office.revokedCertificate, 'ABCD-EFGH-JKLM-NPQR']) await both((p) => p.certificate(code));
    expect((await both((p) => p.certificate(office.revokedCertificate))).status).toBe('revoked');
    for (const pdf of [
      office.signedReply,
      office.changedReply,
      office.foreignPdf,
      office.validCertificatePdf,
      office.revokedCertificatePdf,
      office.receiptPdf,
    ])
      await both((p) => p.document(readFileSync(pdf)));
    expect((await both((p) => p.document(readFileSync(office.signedReply)))).valid).toBe(true);
  });

  it('records a survey answer once per token, and nothing else', async () => {
    const token = await owner.surveyToken(office.requestId);
    expect(await pub.findSurveyToken(token)).toEqual({ service: 'sosialisasi', used: false });
    await answerSurvey(pub, { token }, FORM, '2026-03-10');
    await expect(answerSurvey(pub, { token }, FORM, '2026-03-10')).rejects.toMatchObject({ problems: [{ field: 'token' }] });
    await expect(answerSurvey(pub, { token: 'bukan-token' }, FORM, '2026-03-10')).rejects.toMatchObject({ problems: [{ field: 'token' }] });
    expect(await owner.surveyResponses('2026-03-10', '2026-03-10')).toEqual([
      expect.objectContaining({ date: '2026-03-10', service: 'sosialisasi', answers: [4, 3, 3, 4, 3, 4, 4, 2, 3] }),
    ]);
    await expect(pub.register(2026, () => ({}) as never)).rejects.toThrow(/public pages do not register/);
  });

  it('reads no table and runs no function but the public ones, through a SQL client too', async () => {
    const sql = await sqlAs(db.url, web);
    try {
      const tables = (await sql`select tablename from pg_tables where schemaname = current_schema()`).map((r) => r.tablename as string);
      expect(tables.length).toBeGreaterThan(15);
      for (const table of tables.filter((t) => t !== 'loket_schema')) {
        await expect(sql.unsafe(`select * from "${table}" limit 1`), table).rejects.toMatchObject({ code: '42501' });
        await expect(sql.unsafe(`delete from "${table}"`), table).rejects.toMatchObject({ code: '42501' });
      }
      await expect(sql`select loket_next_number('agenda', 2026)`).rejects.toMatchObject({ code: '42501' });
      await expect(sql`select loket_disable_login('x')`).rejects.toMatchObject({ code: '42501' });
      // A lookup needs what the visitor holds: without a tracking code's digest there is no case to read.
      expect((await sql`select loket_public_case('0') as v`)[0]!.v).toBeNull();
      const office = (await sql`select loket_public_office() as v`)[0]!.v as { profile: Record<string, unknown> };
      expect(Object.keys(office.profile)).not.toContain('officers');
      expect(Object.keys(office.profile)).not.toContain('signing');
    } finally {
      await sql.end();
    }
    // A login of the same server that is neither this store's public page nor one that reads its cases gets nothing.
    const { default: postgres } = await import('postgres');
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    const stranger = `asing_${randomBytes(3).toString('hex')}`;
    await admin.unsafe(`create role ${stranger} login`);
    await admin.unsafe(`grant usage on schema ${new URL(db.url).searchParams.get('search_path')} to ${stranger}`);
    const other = await sqlAs(db.url, stranger);
    try {
      for (const call of [
        other`select loket_public_office()`,
        other`select loket_public_secret()`,
        other`select loket_next_number('agenda', 2026)`,
      ])
        await expect(call).rejects.toMatchObject({ code: '42501' });
    } finally {
      await other.end();
      await admin.unsafe(`drop owned by ${stranger}`);
      await admin.unsafe(`drop role ${stranger}`);
      await admin.end();
    }
  });

  it('`loket serve` runs over that login', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: { PATH: process.env.PATH, HOME: home, LOKET_HOME: home, LOKET_DATABASE_URL: loginUrl(db.url, web) },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
        child.stderr.on('data', () => err.includes('http://') && (clearTimeout(t), resolve()));
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      const res = await fetch(`http://127.0.0.1:${port}/status/${office.requestCode}`, { headers: { Accept: 'application/json' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await storePort(owner, checklists()).status(office.requestCode))));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    }
  }, 60_000);

  /** A public store holding the request's case: asked until the database's answer is held (it listens by then). */
  async function holdingRequest(heldMs: number) {
    const held = publicStore(loginUrl(db.url, web), {}, { heldMs });
    try {
      await vi.waitFor(
        async () => {
          await held.findByTrackingCode(office.requestCode);
          expect(held.keptByTrackingCode!(office.requestCode)).toBeDefined();
        },
        { timeout: 10_000, interval: 20 },
      );
      return held;
    } catch (error) {
      await held.close();
      throw error;
    }
  }

  it('hands a case out without asking again for `heldMs` at most, notice or not', async () => {
    const held = await holdingRequest(200);
    try {
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(held.keptByTrackingCode!(office.requestCode)).toBeUndefined();
      expect((await held.findByTrackingCode(office.requestCode))?.trackingCode).toBe(office.requestCode);
      expect(held.keptByTrackingCode!(office.requestCode)).toBeDefined();
    } finally {
      await held.close();
    }
  });

  it('asks again in the background for a case handed out late in its `heldMs`, so the page asked for on time never waits', async () => {
    const held = await holdingRequest(1_000);
    try {
      const since = performance.now();
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      await sleep(850);
      // Past 80 % of the bound: handed out all the same, and asked for again meanwhile.
      expect(held.keptByTrackingCode!(office.requestCode)?.trackingCode).toBe(office.requestCode);
      await sleep(1_250 - (performance.now() - since));
      // Held again from that answer: without it, the case would be past its bound here.
      expect(held.keptByTrackingCode!(office.requestCode)?.trackingCode).toBe(office.requestCode);
    } finally {
      await held.close();
    }
  });

  it('hands out the view it made while the database sends the same case, and a new one once the case changes', async () => {
    // Last: it answers the pending case.
    const sql = await sqlAs(db.url, web);
    try {
      // The database sends the case once; asked with the version it sent, only that version.
      const digest = trackingDigest(office.pendingCode);
      const [first] = await sql`select loket_public_case(${digest}, '') as v`;
      expect(first!.v.case.trackingCode).toBe(office.pendingCode);
      const [again] = await sql`select loket_public_case(${digest}, ${first!.v.version}) as v`;
      expect(again!.v).toEqual({ version: first!.v.version });
      expect((await sql`select loket_public_case('0', '') as v`)[0]!.v).toBeNull();
    } finally {
      await sql.end();
    }
    // Held far longer than the test runs: only the database's notice of the change lets go of the case.
    const held = publicStore(loginUrl(db.url, web), {}, { heldMs: 3_600_000 });
    try {
      const port = storePort(held, checklists());
      expect(port.keptStatus!(office.pendingCode)).toBeUndefined();
      const before = await port.status(office.pendingCode);
      expect(await port.status(office.pendingCode)).toBe(before);
      expect(Object.isFrozen(before)).toBe(true);
      // Once the database gave it (and the store listens), the page is answered without asking again.
      await vi.waitFor(
        async () => {
          expect(await port.status(office.pendingCode)).toBe(before);
          expect(held.keptByTrackingCode!(office.pendingCode)).toBeDefined();
        },
        { timeout: 10_000, interval: 20 },
      );
      expect(port.keptStatus!(office.pendingCode)).toBe(before);
      const step = await runLoket(['send', before!.id, '--via', 'langsung', '--note', 'Dijelaskan langsung'], {
        home,
        now: '2026-05-06T10:30:00+07:00',
        env: { LOKET_DATABASE_URL: db.url },
        user: 'Budi Santoso',
      });
      expect(step.code, step.stderr).toBe(0);
      await vi.waitFor(() => expect(held.keptByTrackingCode!(office.pendingCode)).toBeUndefined(), { timeout: 10_000, interval: 20 });
      const after = await port.status(office.pendingCode);
      expect(after).not.toBe(before);
      expect(after?.answer?.via).toBe('langsung');
      expect(before?.answer).toBeNull();
    } finally {
      await held.close();
    }
  });
});
