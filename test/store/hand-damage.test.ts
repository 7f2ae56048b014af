/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 24, point 7: hand damage that used to pass is refused. The "already validated" stamp is
 * keyed by the file's change time, which no hand edit can put back; a case's id, agenda number and
 * block are checked against each other on every read; a deleted block in the middle of a year, or a
 * deleted letter book, stops registration with exit 3 instead of giving numbers again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, signedOffice, tempHome } from '../helpers/loket.js';
import { simpleCase } from '../helpers/store.js';
import { FileStore } from '../../src/store/file-store.js';
import { DATABASE_URL, STORE_KINDS } from '../helpers/stores.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const run = (args: string[], now = NOW) => runLoket(args, { home, now });
const block = (b = '000') => join(home, 'store', `cases-2026-${b}.json`);

describe('hand edits the stamp cannot vouch for', () => {
  it('a same-size edit of a block with its modification time put back is validated, and refused (exit 3)', async () => {
    expect((await run(letterArgs())).code).toBe(0);
    expect((await run(['show', '2026-0001'])).code).toBe(0); // stamped as validated
    const file = block();
    // As an editor that keeps the times does: the modification time put back to the nanosecond.
    const reference = join(home, 'referensi');
    expect(spawnSync('cp', ['-p', file, reference]).status).toBe(0);
    const before = statSync(file, { bigint: true });
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('"status":"registered"', '"status":"hackedxxxx"');
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    expect(spawnSync('touch', ['-r', reference, file]).status).toBe(0);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    const show = await run(['show', '2026-0001']);
    expect(show.code).toBe(3);
    expect(show.stdout).not.toContain('hackedxxxx');
    expect(show.stderr).toContain('cases-2026-000.json');
  });
});

describe('a case where its number says', () => {
  it('an agenda number changed by hand: show of that number is exit 3, not another case', async () => {
    // 601 cases: block 001 holds 501..601.
    const store = new FileStore({ home, user: 'uji', now: () => Date.parse(NOW), lock: { timeoutMs: 5000 } });
    await store.importCases(
      2026,
      Array.from({ length: 601 }, () => (agenda: number) => simpleCase(2026, agenda)),
    );
    const file = block('001');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '"id":"2026-0600","year":2026,"agendaNumber":600',
        '"id":"2026-0600","year":2026,"agendaNumber":601',
      ),
    );
    const show = await run(['show', '2026-0601', '--json']);
    expect(show.code).toBe(3);
    expect(show.stdout).not.toContain('"id": "2026-0600"');
    expect(show.stderr).toMatch(/2026-0600/);
  });
});

describe('numbers are not given again after a file is lost', () => {
  it('a block in the middle of the year deleted: registration is exit 3 naming it, check reports it', async () => {
    const store = new FileStore({ home, user: 'uji', now: () => Date.parse(NOW), lock: { timeoutMs: 5000 } });
    await store.importCases(
      2026,
      Array.from({ length: 1001 }, () => (agenda: number) => simpleCase(2026, agenda)),
    );
    unlinkSync(block('001'));
    const r = await run(letterArgs());
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cases-2026-001.json');
    expect(JSON.parse(readFileSync(block('002'), 'utf8')).cases).toHaveLength(1);
    expect((await run(['check'])).code).toBe(3);
  });

  it('a letter book deleted: registration and letters are exit 3 naming it', async () => {
    await signedOffice(home);
    expect((await run(letterArgs())).code).toBe(0);
    expect((await run(['dispose', '2026-0001', '--to', 'Budi'])).code).toBe(0);
    expect((await run(['analyse', '2026-0001', '--feasible', 'yes', '--mode', 'daring'])).code).toBe(0);
    expect((await run(['decide', '2026-0001', '--decline', '--reason', 'Penuh'])).code).toBe(0);
    expect((await run(['reply', '2026-0001'])).code).toBe(0);
    renameSync(join(home, 'store', 'letters-2026.json'), join(home, 'surat-lama.json'));
    const r = await run(letterArgs());
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('letters-2026.json');
    expect(JSON.parse(readFileSync(block(), 'utf8')).cases).toHaveLength(1);
  });

  it('an imported book whose numbers skip a whole block is not a loss', async () => {
    const store = new FileStore({ home, user: 'uji', now: () => Date.parse(NOW), lock: { timeoutMs: 5000 } });
    const imported = (n: number) => ({ ...simpleCase(2026, n, { status: 'archived' as const }), imported: { file: 'a.xlsx', row: n } });
    await store.importAgenda(2026, [imported(1), imported(1200)], 'a.xlsx');
    const r = await run(letterArgs());
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.id).toBe('2026-1201');
  });
});

describe.skipIf(!DATABASE_URL)('the database: a document edited so that it is another case', () => {
  it('is refused on read (exit 3), not shown under the number asked for', async () => {
    const kind = STORE_KINDS.find((k) => k.name === 'postgres')!;
    const opened = await kind.open(() => Date.parse(NOW));
    try {
      for (let i = 0; i < 2; i++)
        await opened.store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda), changes: { agendaNumber: agenda } }));
      const { default: postgres } = await import('postgres');
      const sql = postgres(opened.env.LOKET_DATABASE_URL!, { max: 1, onnotice: () => undefined });
      await sql`update cases set doc = (select doc from cases where id = '2026-0001') where id = '2026-0002'`;
      await sql.end();
      await expect(opened.store.get('2026-0002')).rejects.toMatchObject({ key: 'store.invalid' });
    } finally {
      await opened.cleanup();
    }
  });
});
