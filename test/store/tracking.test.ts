/** Finding a case by its tracking code, on every store; and the code a case stored before codes is given. */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyTrackingCode } from '../../src/domain/tracking-lookup.js';
import type { Case } from '../../src/domain/model.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { randomBytes } from 'node:crypto';
import { DATABASE_URL, schemaUrl, STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

const now = () => Date.parse('2026-03-02T09:00:00+07:00');
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const CODES = ['K7QM-2XNA-P4RT-9HZC', 'ABCD-EFGH-JKLM-NPQR', '2345-6789-ABCD-EFGH'];

const register = (store: Store, trackingCode?: string) =>
  store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, trackingCode ? { trackingCode } : {}),
    changes: { agendaNumber: agenda },
  }));

describe.each(STORE_KINDS)('tracking codes on the $name store', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('finds each case by its own code, and nothing by a code one symbol off, a lower-case one or an empty one', async () => {
    const { store, again } = await open();
    for (const code of CODES) await register(store, code);
    const other = again();
    for (const [i, code] of CODES.entries()) expect((await other.findByTrackingCode(code))?.id).toBe(`2026-000${i + 1}`);
    for (const typed of ['K7QM-2XNA-P4RT-9HZD', 'k7qm-2xna-p4rt-9hzc', 'K7QM2XNAP4RT9HZC', '', 'K7QM']) {
      expect(await other.findByTrackingCode(typed), typed).toBeUndefined();
    }
  });

  it('sees a case registered by another handle after it first looked (the file store re-reads a changed block)', async () => {
    const { store, again } = await open();
    await register(store, CODES[0]);
    const server = again();
    expect(await server.findByTrackingCode(CODES[1]!)).toBeUndefined();
    await register(store, CODES[1]);
    expect((await server.findByTrackingCode(CODES[1]!))?.id).toBe('2026-0002');
  });

  it('shows a case as it is now to a handle that found it before, and still finds the others of its changed block', async () => {
    const { store, again } = await open();
    for (const code of CODES) await register(store, code);
    const server = again();
    expect((await server.findByTrackingCode(CODES[0]!))?.status).toBe('registered');
    await store.update('2026-0001', 'dispose', (c) => ({ value: { ...c, status: 'disposed' }, changes: {} }));
    expect((await server.findByTrackingCode(CODES[0]!))?.status).toBe('disposed');
    expect((await server.findByTrackingCode(CODES[2]!))?.id).toBe('2026-0003');
    // What a handle gives is read-only (the file store's is frozen): trying to change it changes nothing the next lookup finds.
    const given = (await server.findByTrackingCode(CODES[1]!)) as Case;
    try {
      given.status = 'archived';
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
    }
    expect((await server.findByTrackingCode(CODES[1]!))?.status).toBe('registered');
  });

  it('gives a case stored without a code the one derived from the store secret: the same on every read, and findable', async () => {
    const { store, again } = await open();
    await register(store, CODES[0]);
    await register(store);
    const secret = await store.secret();
    const expected = legacyTrackingCode(secret, '2026-0002');
    expect((await store.get('2026-0002')).trackingCode).toBe(expected);
    expect((await again().get('2026-0002')).trackingCode).toBe(expected);
    expect((await again().findByTrackingCode(expected))?.id).toBe('2026-0002');
    // A change keeps it (the file store writes it with the block).
    const changed = await store.update('2026-0002', 'dispose', (c) => ({ value: { ...c, status: 'disposed' }, changes: {} }));
    expect(changed.trackingCode).toBe(expected);
    expect((await again().findByTrackingCode(expected))?.status).toBe('disposed');
    expect((await store.check()).findings).toEqual([]);
  });
});

describe.skipIf(!STORE_KINDS.some((k) => k.name === 'postgres'))('db migrate on a database from before tracking codes', () => {
  it('gives every case the derived code and its digest, and the store finds it', async () => {
    const pg = STORE_KINDS.find((k) => k.name === 'postgres')!;
    const o = await pg.open(now);
    opened.push(o);
    await register(o.store, CODES[0]);
    await register(o.store, CODES[1]);
    const cases = [await o.store.get('2026-0001'), await o.store.get('2026-0002')];
    const { DB_VERSION, MIGRATIONS, migrate } = await import('../../src/store/pg/schema.js');
    const { PgStore } = await import('../../src/store/pg-store.js');
    const { caseRow } = await import('../../src/store/pg/cases.js');
    const { default: postgres } = await import('postgres');
    // As a database was before the tracking migration: a schema of the version before it, its cases without codes.
    const before = MIGRATIONS.findIndex((m) => m.includes('add column tracking'));
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create schema ${name}`);
    const sql = postgres(schemaUrl(name), { max: 1, onnotice: () => undefined });
    const store = new PgStore({ url: schemaUrl(name), user: 'petugas', now, env: {}, home: o.home });
    try {
      await migrate(sql, name, () => 'cd'.repeat(32), before);
      for (const c of cases) {
        const doc: Partial<typeof c> = { ...c };
        delete doc.trackingCode;
        const row: Partial<ReturnType<typeof caseRow>> = caseRow(c);
        delete row.tracking;
        await sql`insert into cases ${sql({ ...row, summary: sql.json(row.summary as never), doc: sql.json(doc as never) } as never)}`;
      }
      expect(await store.migrate()).toEqual({ from: before, to: DB_VERSION });
      const secret = await store.secret();
      for (const id of ['2026-0001', '2026-0002']) {
        const code = legacyTrackingCode(secret, id);
        expect((await store.get(id)).trackingCode).toBe(code);
        expect((await store.findByTrackingCode(code))?.id).toBe(id);
      }
      expect(await store.findByTrackingCode(CODES[0]!)).toBeUndefined();
    } finally {
      await store.close();
      await sql.end();
      await admin.unsafe(`drop schema ${name} cascade`);
      await admin.end();
    }
  });
});
