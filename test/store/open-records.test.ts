/**
 * The compact records `due` reads (domain/open-record.ts), on each store: they follow every
 * registration, change and close in the same write; a store without them (written by an earlier
 * loket, or a case changed without its record) gives every open case all the same and gets them
 * built; `check` finds a record that disagrees with its case.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { openRecordOf, sameOpenRecord, type OpenRecord } from '../../src/domain/open-record.js';
import { FileStore } from '../../src/store/file-store.js';
import { openBlock } from '../../src/store/store-files.js';
import type { Store } from '../../src/store/store.js';
import { PgStore } from '../../src/store/pg-store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';
import { variedCase } from '../helpers/varied-cases.js';

let clock = Date.parse('2026-03-25T09:00:00+07:00');
const now = () => clock;
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const register = (store: Store, over: Partial<Case> = {}, i = 1) =>
  store.register(2026, (agenda) => ({
    value: { ...variedCase(i), ...simpleCase(2026, agenda, over), ...over },
    changes: { agendaNumber: agenda },
  }));

/** What the records must be: those of the open cases, derived from the cases themselves, in the same order. */
async function expectRecordsFollow(store: Store): Promise<OpenRecord[]> {
  const records = await store.openRecords();
  const expected = (await store.openCases()).map((c) => openRecordOf(c)!);
  expect(records.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  records.forEach((r, i) => expect(sameOpenRecord(r, expected[i]), r.id).toBe(true));
  return records;
}

async function database(o: OpenedStore) {
  const { default: postgres } = await import('postgres');
  return postgres(o.env.LOKET_DATABASE_URL!, { max: 1, onnotice: () => undefined });
}

const recordFiles = (home: string) => readdirSync(join(home, 'store')).filter((n) => /^\.?open-/.test(n));

describe.each(STORE_KINDS)('the records of open cases on the $name store', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('follow registration, every change and the close, in the same write; a protected reporter stays out', async () => {
    const o = await open();
    const { store } = o;
    await register(store, { applicant: { name: 'Siti Aminah', contact: '0812-7777' } });
    await register(store, {
      service: 'pengaduan',
      channel: 'wbs',
      applicant: { name: 'Rahmat Hidayat', contact: '0813-9999' },
      report: { type: 'pengaduan' },
    });
    await register(store, { kind: 'walkin', answerDue: '2026-03-25T10:00:00+07:00' });
    expect((await expectRecordsFollow(store)).map((r) => r.id)).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    clock += 60_000;
    await store.update('2026-0001', 'dispose', (c) => ({
      value: { ...c, status: 'disposed', officer: 'Budi' },
      changes: { officer: 'Budi' },
    }));
    await store.update('2026-0003', 'send', (c) => ({ value: { ...c, status: 'answered' }, changes: {} }));
    const records = await expectRecordsFollow(o.again());
    expect(records.map((r) => [r.id, r.officer ?? null, r.status])).toEqual([
      ['2026-0001', 'Budi', 'disposed'],
      ['2026-0002', null, 'registered'],
    ]);
    expect(records[1]).toMatchObject({ applicant: '', identity: 'protected' });
    expect(JSON.stringify(records)).not.toMatch(/Rahmat|0813/);
    if (kind.name === 'files') {
      // What the store keeps beside the block holds no more than the records.
      const kept = readFileSync(join(o.home, 'store', 'open-2026-000.json'), 'utf8');
      expect(kept).toContain('Siti Aminah');
      expect(kept).not.toMatch(/Rahmat|0813|2026-0003/);
    } else {
      const sql = await database(o);
      const rows = await sql`select id, due_record from cases order by id`;
      expect(rows.map((r) => [r.id, r.due_record?.status ?? null])).toEqual([
        ['2026-0001', 'disposed'],
        ['2026-0002', 'registered'],
        ['2026-0003', null],
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Rahmat|0813/);
      await sql.end();
    }
    // Opened again: the record is back.
    clock += 60_000;
    await store.update('2026-0003', 'reopen', (c) => ({ value: { ...c, status: 'decided' }, changes: {} }));
    expect((await expectRecordsFollow(store)).map((r) => r.id)).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect((await store.check()).findings).toEqual([]);
  });

  it('a store written before the records gives every open case at once, and gets its records built', async () => {
    const o = await open();
    for (let i = 1; i <= 12; i++) await register(o.store, {}, i);
    const before = await expectRecordsFollow(o.store);
    if (kind.name === 'files') {
      for (const name of recordFiles(o.home)) rmSync(join(o.home, 'store', name));
      expect(await expectRecordsFollow(o.again())).toHaveLength(before.length);
      // Built by that first read, for the next one.
      expect(recordFiles(o.home).sort()).toEqual(['.open-2026-000.json.valid', 'open-2026-000.json']);
    } else {
      const sql = await database(o);
      await sql`update cases set due_record = null`;
      expect(await expectRecordsFollow(o.again())).toHaveLength(before.length);
      // `db migrate` builds them.
      await (o.again() as PgStore).migrate();
      expect((await sql`select count(*)::int as n from cases where open and due_record is null`)[0]!.n).toBe(0);
      await sql.end();
    }
    expect(await expectRecordsFollow(o.again())).toEqual(before);
    expect((await o.store.check()).findings).toEqual([]);
  });

  it('a case changed without its record (an older loket, a hand edit) is reported from the case', async () => {
    const o = await open();
    await register(o.store);
    await register(o.store);
    if (kind.name === 'files') {
      // As a loket of the previous version writes: the block alone.
      const db = await openBlock((o.store as FileStore).paths, { year: 2026, block: 0 });
      db.data.cases[1]!.subject = 'Ditulis oleh versi lama';
      const { withLock } = await import('../../src/store/lock.js');
      await withLock(join(o.home, '.lock'), 'lama', { timeoutMs: 5000 }, () => db.write());
    } else {
      const sql = await database(o);
      await sql`update cases set doc = jsonb_set(doc, '{subject}', '"Ditulis oleh versi lama"') where id = '2026-0002'`;
      await sql.end();
    }
    const records = await expectRecordsFollow(o.again());
    expect(records[1]!.subject).toBe('Ditulis oleh versi lama');
  });

  it('check finds a record that disagrees with its case; a rebuild sets it right', async () => {
    const o = await open();
    await register(o.store);
    await register(o.store);
    if (kind.name === 'files') {
      const path = join(o.home, 'store', 'open-2026-000.json');
      const stamp = join(o.home, 'store', '.open-2026-000.json.valid');
      const tampered = readFileSync(path, 'utf8').replace('Permohonan nomor 2', 'Permohonan lain');
      // Edited by hand: the stamp no longer names the file, so nothing reads it (and nothing reports it).
      writeFileSync(path, tampered);
      expect((await expectRecordsFollow(o.again()))[1]!.subject).toBe('Permohonan nomor 2');
      // Edited with the stamp made to match: what `due` would read, so `check` reports it.
      writeFileSync(path, tampered);
      const s = statSync(path, { bigint: true });
      const [version, blockKey] = readFileSync(stamp, 'utf8').split(' ');
      writeFileSync(stamp, `${version} ${blockKey} ${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`);
      expect((await o.again().openRecords())[1]!.subject).toBe('Permohonan lain');
      expect((await o.store.check()).findings).toEqual([{ key: 'check.openRecord', params: { file: path, id: '2026-0002' } }]);
      rmSync(path);
    } else {
      const sql = await database(o);
      await sql`update cases set due_record = jsonb_set(due_record, '{subject}', '"Permohonan lain"') where id = '2026-0002'`;
      await sql`update cases set due_record = '{"v": 1}' where id = '2026-0001'`;
      expect((await o.store.check()).findings).toEqual([
        { key: 'check.dueRecord', params: { file: 'cases 2026', id: '2026-0001' } },
        { key: 'check.dueRecord', params: { file: 'cases 2026', id: '2026-0002' } },
      ]);
      // A record that is not one is read from its case meanwhile.
      expect((await o.again().openRecords()).map((r) => r.subject)).toEqual(['Permohonan nomor 1', 'Permohonan lain']);
      await (o.again() as PgStore).migrate();
      await sql.end();
    }
    await expectRecordsFollow(o.again());
    expect((await o.store.check()).findings).toEqual([]);
  });
});
