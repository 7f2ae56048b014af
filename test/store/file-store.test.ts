import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { openStore, simpleCase } from '../helpers/store.js';
import type { FileStore } from '../../src/store/file-store.js';

let home = '';
let cleanup = () => {};
let clock = Date.parse('2026-03-02T02:00:00Z');
let store: FileStore;

beforeEach(() => {
  ({ home, cleanup } = tempHome());
  store = openStore(home, () => clock, 'siti');
});
afterEach(() => cleanup());

const register = (year: number, over = {}) =>
  store.register(year, (n) => ({ value: simpleCase(year, n, over), changes: { agendaNumber: n } }));

describe('audit trail', () => {
  it('records who, when (from the clock) and the fields changed, append-only', async () => {
    await register(2026);
    clock += 3_600_000;
    await store.update('2026-0001', 'dispose', (c) => ({
      value: { ...c, status: 'disposed', officer: 'Budi' },
      changes: { officer: 'Budi' },
    }));
    const c = await store.get('2026-0001');
    expect(c.events).toEqual([
      { at: '2026-03-02T09:00:00+07:00', by: 'siti', action: 'register', changes: { agendaNumber: 1 } },
      { at: '2026-03-02T10:00:00+07:00', by: 'siti', action: 'dispose', changes: { officer: 'Budi' } },
    ]);
  });

  it('an update that throws writes nothing', async () => {
    await register(2026);
    const before = readFileSync(store.paths.cases({ year: 2026, block: 0 }));
    await expect(
      store.update('2026-0001', 'x', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(readFileSync(store.paths.cases({ year: 2026, block: 0 })).equals(before)).toBe(true);
  });

  it('an unknown or malformed id is an input error', async () => {
    await expect(store.get('2026-0009')).rejects.toMatchObject({ name: 'InputError' });
    await expect(store.get('42')).rejects.toMatchObject({ name: 'InputError' });
  });
});

describe('partition by year', () => {
  it('keeps each agenda year in its own file, numbered from 1, and reads only years with open cases', async () => {
    await register(2025, { status: 'answered' });
    await register(2025);
    await register(2026);
    expect((await store.get('2025-0002')).agendaNumber).toBe(2);
    expect((await store.get('2026-0001')).agendaNumber).toBe(1);
    expect((await store.openCases()).map((c) => c.id)).toEqual(['2025-0002', '2026-0001']);
    await store.update('2025-0002', 'send', (c) => ({ value: { ...c, status: 'answered' }, changes: {} }));
    expect((await store.readMeta())!.openBlocks).toEqual(['2026-000']);
    expect((await store.openCases()).map((c) => c.id)).toEqual(['2026-0001']);
    await store.update('2025-0002', 'reopen', (c) => ({ value: { ...c, status: 'decided' }, changes: {} }));
    expect((await store.readMeta())!.openBlocks).toEqual(['2025-000', '2026-000']);
  });
});

describe('outgoing letter numbers', () => {
  const apply = (
    c: Parameters<Parameters<FileStore['issueLetter']>[4]>[0],
    l: { number: string; seq: number; year: number; date: string },
  ) => ({
    value: { ...c, reply: { letterNumber: l.number, seq: l.seq, year: l.year, date: l.date } },
    changes: { letterNumber: l.number },
  });

  it('are given once per case and kind, in sequence per letter year', async () => {
    await register(2025);
    await register(2026);
    const a = await store.issueLetter('2025-0001', 'reply', '2026-01-05', 'B-{seq}/JP.01/{MM}/{YYYY}', apply);
    const again = await store.issueLetter('2025-0001', 'reply', '2026-01-06', 'B-{seq}/JP.01/{MM}/{YYYY}', apply);
    const b = await store.issueLetter('2026-0001', 'reply', '2026-01-07', 'B-{seq}/JP.01/{MM}/{YYYY}', apply);
    expect(a.letter.number).toBe('B-1/JP.01/01/2026');
    expect(again.letter.number).toBe('B-1/JP.01/01/2026');
    expect(b.letter.number).toBe('B-2/JP.01/01/2026');
    expect((await store.readLetters(2026)).letters.map((l) => l.caseId)).toEqual(['2025-0001', '2026-0001']);
  });

  it('a number allocated before a crash is reused, not skipped or doubled', async () => {
    await register(2026);
    await store.issueLetter('2026-0001', 'reply', '2026-03-05', 'B-{seq}/{YYYY}', apply);
    // Simulate a crash between the letter book and the case: the case lost its number.
    const doc = JSON.parse(readFileSync(store.paths.cases({ year: 2026, block: 0 }), 'utf8'));
    delete doc.cases[0].reply;
    writeFileSync(store.paths.cases({ year: 2026, block: 0 }), JSON.stringify(doc));
    const { letter } = await store.issueLetter('2026-0001', 'reply', '2026-03-06', 'B-{seq}/{YYYY}', apply);
    expect(letter.number).toBe('B-1/2026');
    expect((await store.readLetters(2026)).lastSeq).toBe(1);
  });
});

describe('search across years', () => {
  it('finds by applicant, subject, letter number and id, and sees changes after the index was built', async () => {
    await register(2024, { applicant: { name: 'Dinas Kominfo Kab. Lama' } });
    await register(2026, { letter: { number: '005/123/2026' } });
    expect((await store.search('kominfo')).map((r) => r.id)).toEqual(['2024-0001']);
    expect(existsSync(store.paths.index({ year: 2024, block: 0 }))).toBe(true);
    expect((await store.search('005/123')).map((r) => r.id)).toEqual(['2026-0001']);
    expect((await store.search('2026-0001')).map((r) => r.id)).toEqual(['2026-0001']);
    await store.update('2024-0001', 'edit', (c) => ({ value: { ...c, subject: 'Pengaduan pelayanan publik' }, changes: {} }));
    expect((await store.search('pelayanan publik')).map((r) => r.id)).toEqual(['2024-0001']);
    expect(await store.search('tidak ada')).toEqual([]);
  });
});

describe('blocks of agenda numbers', () => {
  it('a busy year spills into the next block without a gap, and every case is still found and checked', async () => {
    const { checkStore } = await import('../../src/store/file-check.js');
    await store.importCases(
      2026,
      Array.from(
        { length: 499 },
        () => (n: number) =>
          simpleCase(2026, n, {
            status: 'answered',
            events: [{ at: '2026-03-02T09:00:00+07:00', by: 'x', action: 'register', changes: {} }],
          }),
      ),
    );
    const c500 = await register(2026);
    const c501 = await register(2026);
    expect([c500.id, c501.id]).toEqual(['2026-0500', '2026-0501']);
    expect(existsSync(store.paths.cases({ year: 2026, block: 1 }))).toBe(true);
    expect((await store.readBlock({ year: 2026, block: 0 })).cases).toHaveLength(500);
    expect((await store.get('2026-0501')).agendaNumber).toBe(501);
    expect((await store.readMeta())!.openBlocks).toEqual(['2026-000', '2026-001']);
    expect((await store.openCases()).map((c) => c.id)).toEqual(['2026-0500', '2026-0501']);
    expect((await store.search('nomor 501')).map((r) => r.id)).toEqual(['2026-0501']);
    expect((await checkStore(store)).findings).toEqual([]);
    expect(await store.casesOfYear(2026)).toHaveLength(501);
  });
});

describe("a new case's document", () => {
  const at = '2026-03-02T09:00:00+07:00';
  const name = 'tanda-terima-2026-0001.pdf';
  const build = (n: number) => ({ value: simpleCase(2026, n, { receivedAt: at }), changes: { agendaNumber: n } });
  const receipt = (c: { id: string }) =>
    Promise.resolve({ kind: 'receipt', baseName: `tanda-terima-${c.id}`, bytes: Buffer.from(`%PDF ${c.id}`), at, signed: false });
  /** What an earlier store left under the next case's id: a register line and/or a file of its own. */
  const leftOver = (what: { line?: boolean; file?: string }) => {
    if (what.line) {
      const line = { sha256: 'e'.repeat(64), caseId: '2026-0001', name, at, signed: false, kind: 'receipt' };
      mkdirSync(dirname(store.paths.issued), { recursive: true });
      writeFileSync(store.paths.issued, `${JSON.stringify(line)}\n`);
    }
    const path = store.paths.document('2026-0001', name);
    if (what.file !== undefined) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, what.file);
    }
    return path;
  };

  it('is kept without searching the register while its name is free on disk', async () => {
    // A register line left without its file (a store changed by hand) is not looked at: had the
    // register been searched, the name would be -v2.
    leftOver({ line: true });
    const made = await store.registerWithDocument(2026, build, receipt);
    expect(made.kept?.document.name).toBe(name);
    expect(readFileSync(made.kept!.path!, 'utf8')).toBe('%PDF 2026-0001');
  });

  it.each([
    ['listed in the register', true],
    ['that the register does not list (a documents folder kept through the restore of an older backup)', false],
  ])('takes the next free name over a file of other bytes %s, which stays as it was', async (_, line) => {
    const earlier = leftOver({ line, file: '%PDF earlier' });
    const made = await store.registerWithDocument(2026, build, receipt);
    expect(made.kept?.document.name).toBe('tanda-terima-2026-0001-v2.pdf');
    expect(readFileSync(earlier, 'utf8')).toBe('%PDF earlier');
    expect(readFileSync(made.kept!.path!, 'utf8')).toBe('%PDF 2026-0001');
    expect((await store.documents('2026-0001')).map((d) => d.name)).toEqual(
      line ? [name, 'tanda-terima-2026-0001-v2.pdf'] : ['tanda-terima-2026-0001-v2.pdf'],
    );
  });

  it('keeps its own name over a file of the same bytes that the register lacks (a keep cut short before its register line)', async () => {
    leftOver({ file: '%PDF 2026-0001' });
    const made = await store.registerWithDocument(2026, build, receipt);
    expect(made.kept?.document.name).toBe(name);
    expect((await store.documents('2026-0001')).map((d) => d.name)).toEqual([name]);
  });
});
