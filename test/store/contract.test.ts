/**
 * What every store does, run against each implementation (helpers/stores.ts): the file store always,
 * PostgreSQL when LOKET_TEST_DATABASE_URL is set. Only the Store interface is used here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';
import { tempHome } from '../helpers/cli.js';

let clock = Date.parse('2026-03-02T09:00:00+07:00');
const now = () => clock;
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
  clock = Date.parse('2026-03-02T09:00:00+07:00');
});

const register = (store: Store, year = 2026, over: Partial<Case> = {}) =>
  store.register(year, (agenda) => ({
    value: simpleCase(year, agenda, { receivedAt: `${year}-03-02T09:00:00+07:00`, ...over }),
    changes: { agendaNumber: agenda },
  }));

describe.each(STORE_KINDS)('the $name store', (kind) => {
  const open = async (user?: string) => {
    const o = await kind.open(now, user);
    opened.push(o);
    return o;
  };

  it('starts empty and sound', async () => {
    const { store } = await open();
    expect((await store.config()).profile.timeZone).toBe('Asia/Jakarta');
    expect(await store.openCases()).toEqual([]);
    expect(await store.listCases({}, { first: 2000, last: 2100 })).toEqual([]);
    expect(await store.search('apa saja')).toEqual([]);
    expect((await store.check()).findings).toEqual([]);
  });

  it('numbers registrations 1, 2, 3 per year, never twice, with who and when', async () => {
    const { store, again } = await open('resepsionis');
    const a = await register(store);
    const b = await register(again());
    const c = await register(store, 2025);
    expect([a.id, b.id, c.id]).toEqual(['2026-0001', '2026-0002', '2025-0001']);
    // The database names the login that wrote each event too (issue 32).
    const login = kind.name === 'postgres' ? { login: new URL(process.env.LOKET_TEST_DATABASE_URL!).username || 'postgres' } : {};
    expect(a.events).toEqual([
      { at: '2026-03-02T09:00:00+07:00', by: 'resepsionis', ...login, action: 'register', changes: { agendaNumber: 1 } },
    ]);
    // Writers at once, from several handles: every number once, none skipped.
    const handles = [store, again(), again(), again()];
    await Promise.all(Array.from({ length: 16 }, (_, i) => register(handles[i % 4]!)));
    const numbers = (await store.listCases({}, { first: 2026, last: 2026 })).map((x) => x.agendaNumber);
    expect(numbers).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    await expect(store.get('2026-0099')).rejects.toMatchObject({ problems: [{ key: 'input.caseNotFound' }] });
    // A registration whose build fails uses no number.
    await expect(
      store.register(2026, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await register(store)).agendaNumber).toBe(19);
    expect((await store.check()).findings).toEqual([]);
  });

  it('records each change with its event, and a refused change changes nothing', async () => {
    const { store, again } = await open();
    await register(store);
    clock += 60_000;
    const changed = await store.update('2026-0001', 'dispose', (c) => ({
      value: { ...c, status: 'disposed', officer: 'Budi' },
      changes: { officer: 'Budi' },
    }));
    expect(changed.events.map((e) => e.action)).toEqual(['register', 'dispose']);
    expect(await again().get('2026-0001')).toEqual(changed);
    await expect(
      store.update('2026-0001', 'x', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.get('2026-0001')).toEqual(changed);
    // A clock set back is refused: the history stays in order.
    const behind = again(() => clock - 3_600_000);
    await expect(behind.update('2026-0001', 'analyse', (c) => ({ value: c, changes: {} }))).rejects.toMatchObject({
      problems: [{ key: 'input.clockBehind' }],
    });
  });

  it('gives a letter number once per case and kind, in sequence, and never into a closed year', async () => {
    const { store } = await open();
    await register(store);
    await register(store);
    const apply = (c: Case, l: { number: string; seq: number; year: number; date: string }) => ({
      value: { ...c, reply: { letterNumber: l.number, seq: l.seq, year: l.year, date: l.date } },
      changes: { letterNumber: l.number },
    });
    const first = await store.issueLetter('2026-0001', 'reply', '2026-03-03', 'B-{seq}/{YYYY}', apply);
    const again = await store.issueLetter('2026-0001', 'reply', '2026-03-03', 'B-{seq}/{YYYY}', apply);
    const second = await store.issueLetter('2026-0002', 'reply', '2026-03-03', 'B-{seq}/{YYYY}', apply);
    expect([first.letter.number, again.letter.number, second.letter.number]).toEqual(['B-1/2026', 'B-1/2026', 'B-2/2026']);
    expect(second.case.reply?.letterNumber).toBe('B-2/2026');
    await expect(store.issueLetter('2026-0002', 'other', '2025-12-30', 'B-{seq}/{YYYY}', apply)).rejects.toMatchObject({
      problems: [{ key: 'input.closedLetterYear' }],
    });
    expect((await store.check()).findings).toEqual([]);
  });

  it('finds open cases, lists by filter, searches every word newest first, and never by a shielded name', async () => {
    const { store } = await open();
    await register(store, 2026, { subject: 'Permohonan narasumber Kominfo' });
    // Received three days later (a store refuses a case received ahead of its clock).
    clock = Date.parse('2026-03-05T09:00:00+07:00');
    await register(store, 2026, {
      subject: 'Laporan pungli',
      service: 'pengaduan',
      channel: 'wbs',
      channelRef: 'WBS-77',
      applicant: { name: 'Rahmat Hidayat' },
      report: { type: 'pengaduan', protectIdentity: true },
      receivedAt: '2026-03-05T09:00:00+07:00',
    });
    await register(store, 2025, { status: 'answered', receivedAt: '2025-03-02T09:00:00+07:00', subject: 'Permohonan lama' });
    expect((await store.openCases()).map((c) => c.id)).toEqual(['2026-0001', '2026-0002']);
    expect((await store.listCases({ service: 'pengaduan' }, { first: 2025, last: 2026 })).map((c) => c.id)).toEqual(['2026-0002']);
    expect((await store.listCases({ from: '2026-03-03' }, { first: 2025, last: 2026 })).map((c) => c.id)).toEqual(['2026-0002']);
    expect((await store.listCases({}, { first: 2025, last: 2025 })).map((c) => c.id)).toEqual(['2025-0001']);
    expect((await store.search('permohonan')).map((s) => s.id)).toEqual(['2026-0001', '2025-0001']);
    expect((await store.search('narasumber KOMINFO')).map((s) => s.id)).toEqual(['2026-0001']);
    expect((await store.search('wbs-77')).map((s) => s.id)).toEqual(['2026-0002']);
    expect(await store.search('rahmat')).toEqual([]);
    expect((await store.search('100%_')).length).toBe(0);
    expect((await store.search('2026-0002'))[0]).toMatchObject({ applicant: '', identity: 'protected', reportType: 'pengaduan' });
  });

  it('keeps attachments once by SHA-256, issued documents, revocations and its secret', async () => {
    const { store, again } = await open();
    const a = await store.storeAttachmentBytes(Buffer.from('scan'));
    const b = await again().storeAttachmentBytes(Buffer.from('scan'));
    expect(a).toEqual(b);
    expect(a.size).toBe(4);
    expect(Buffer.from(await again().readAttachment(a.sha256)).toString()).toBe('scan');
    await expect(store.readAttachment('0'.repeat(64))).rejects.toMatchObject({ name: 'InputError' });
    const { home, cleanup } = tempHome();
    writeFileSync(join(home, 'ktp.jpg'), 'foto');
    const c = await store.storeAttachment(join(home, 'ktp.jpg'));
    cleanup();
    await register(store, 2026, { attachments: [{ role: 'id-document', name: 'ktp.jpg', ...c }] });
    const kept = await store.keepDocument({
      caseId: '2026-0001',
      kind: 'receipt',
      baseName: 'tanda-terima-2026-0001',
      bytes: Buffer.from('%PDF'),
      at: '2026-03-02T09:00:00+07:00',
      signed: false,
    });
    expect(kept.document).toMatchObject({ name: 'tanda-terima-2026-0001.pdf', kind: 'receipt' });
    expect(await again().findDocument(kept.document.sha256)).toMatchObject({ caseId: '2026-0001' });
    expect(await store.findDocument('e'.repeat(64))).toBeUndefined();
    const secret = await store.secret();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(await again().secret()).toBe(secret);
    const certificate = { code: 'ABCD-EFGH', issuedAt: '2026-03-02T09:00:00+07:00', letterNumber: 'S-1/2026' };
    await store.update('2026-0001', 'imnkk:certificate', (x) => ({
      value: { ...x, imnkk: { requirements: {}, verifications: [], certificate } },
      changes: {},
    }));
    expect((await store.findByCertificateCode('ABCD-EFGH'))?.id).toBe('2026-0001');
    const revoked = { ...certificate, revoked: { at: '2026-03-02T09:00:00+07:00', by: 'kepala', reason: 'salah' } };
    await store.update('2026-0001', 'imnkk:revoke', (x) => ({
      value: { ...x, imnkk: { ...x.imnkk!, certificate: revoked } },
      changes: {},
    }));
    expect(await store.revocations()).toEqual([{ code: 'ABCD-EFGH', caseId: '2026-0001', ...revoked.revoked }]);
    await expect(
      store.update('2026-0001', 'x', (x) => ({ value: { ...x, imnkk: { ...x.imnkk!, certificate } }, changes: {} })),
    ).rejects.toMatchObject({
      problems: [{ key: 'input.revocationKept' }],
    });
    expect((await store.check()).findings).toEqual([]);
  });

  it('registers a case with its document in one change; a document that fails leaves the case; never over another', async () => {
    const { store, again } = await open();
    const at = '2026-03-02T09:00:00+07:00';
    const build = (key?: string) => (agenda: number) => ({
      value: simpleCase(2026, agenda, { receivedAt: at, ...(key ? { channel: 'email', mail: { source: { key } } } : {}) }),
      changes: { agendaNumber: agenda },
    });
    const receipt = (c: Case) =>
      Promise.resolve({ kind: 'receipt', baseName: `tanda-terima-${c.id}`, bytes: Buffer.from(`%PDF ${c.id}`), at, signed: false });
    const made = await store.registerWithDocument(2026, build(), receipt);
    expect(made.failure).toBeUndefined();
    expect(made.case.id).toBe('2026-0001');
    expect(made.kept?.document).toMatchObject({
      caseId: '2026-0001',
      name: 'tanda-terima-2026-0001.pdf',
      kind: 'receipt',
      at,
      signed: false,
    });
    // Every workstation finds it; this one also has the copy to print.
    expect(readFileSync(made.kept!.path!, 'utf8')).toBe('%PDF 2026-0001');
    expect(await again().documents('2026-0001')).toEqual([made.kept!.document]);
    expect(Buffer.from(await again().readDocument('2026-0001', 'tanda-terima-2026-0001.pdf')).toString()).toBe('%PDF 2026-0001');
    expect(await again().findDocument(made.kept!.document.sha256)).toEqual(made.kept!.document);
    // The case is what `get` gives, events and all.
    expect(await again().get('2026-0001')).toMatchObject(made.case);

    // A receipt that cannot be made: the case is recorded all the same, with no document.
    const broken = await store.registerWithDocument(2026, build(), () => Promise.reject(new Error('template broken')));
    expect(broken.kept).toBeUndefined();
    expect((broken.failure as Error).message).toBe('template broken');
    expect((await again().get('2026-0002')).id).toBe('2026-0002');
    expect(await store.documents('2026-0002')).toEqual([]);

    // A case refused (the message was registered already): no document is kept for it, and no number is used.
    const key = `mid-${'1'.repeat(32)}`;
    await store.registerWithDocument(2026, build(key), receipt);
    await expect(again().registerWithDocument(2026, build(key), receipt)).rejects.toMatchObject({ name: 'AlreadyRegistered' });
    expect(await store.documents('2026-0004')).toEqual([]);
    expect((await register(store)).id).toBe('2026-0004');

    // The same receipt printed again differently is a new version beside it, never over it.
    const again2 = await store.keepDocument({
      caseId: '2026-0001',
      kind: 'receipt',
      baseName: 'tanda-terima-2026-0001',
      bytes: Buffer.from('%PDF v2'),
      at,
      signed: false,
    });
    expect(again2.document.name).toBe('tanda-terima-2026-0001-v2.pdf');
    expect(Buffer.from(await store.readDocument('2026-0001', 'tanda-terima-2026-0001.pdf')).toString()).toBe('%PDF 2026-0001');
    expect((await store.check()).findings).toEqual([]);
  });

  it('records configuration changes, imports cases and earlier agenda books', async () => {
    const { store, again } = await open();
    await store.updateConfig('config:set', (cfg) => ({
      value: { ...cfg, profile: { ...cfg.profile, city: 'Bandung' } },
      changes: { city: 'Bandung' },
    }));
    expect((await again().config()).profile.city).toBe('Bandung');
    expect((await again().config()).events.at(-1)).toMatchObject({ action: 'config:set', changes: { city: 'Bandung' } });
    const imported = await store.importCases(
      2024,
      [1, 2].map(
        () => (agenda: number) =>
          simpleCase(2024, agenda, {
            status: 'answered',
            receivedAt: '2024-05-01T09:00:00+07:00',
            // A migrated case brings its own history, which starts with its registration.
            events: [{ at: '2024-05-01T09:00:00+07:00', by: 'arsip', action: 'register', changes: {} }],
          }),
      ),
    );
    expect(imported.map((c) => c.id)).toEqual(['2024-0001', '2024-0002']);
    const book = [5, 9].map((n) => ({
      ...simpleCase(2023, n, { status: 'archived', receivedAt: '2023-02-01T09:00:00+07:00' }),
      imported: { file: 'agenda.xlsx', row: n },
    }));
    await store.importAgenda(2023, book, 'agenda.xlsx');
    expect([...(await store.agendaNumbers(2023))].sort()).toEqual([5, 9]);
    await expect(
      store.importAgenda(2023, [{ ...simpleCase(2023, 9), imported: { file: 'b.xlsx', row: 2 } }], 'b.xlsx'),
    ).rejects.toMatchObject({
      problems: [{ key: 'input.agendaClash' }],
    });
    // Registration goes on after the book's last number; the book's missing numbers are accepted gaps.
    expect((await register(store, 2023)).agendaNumber).toBe(10);
    expect((await store.check()).findings).toEqual([]);
  });

  describe.each(STORE_KINDS)('backed up and restored into the $name store', (target) => {
    it('gives back every case, letter, attachment, gap and the secret, and checks clean; never over cases', async () => {
      const { store } = await open();
      // Over 8 MiB: the database takes it in more than one part.
      const bytes = Buffer.alloc(9 << 20, 7);
      bytes.write('halaman terakhir', bytes.length - 16);
      const scan = await store.storeAttachmentBytes(bytes);
      await register(store, 2026, { attachments: [{ role: 'attachment', name: 'scan.pdf', ...scan }] });
      await register(store);
      await store.importAgenda(2023, [{ ...simpleCase(2023, 4, { status: 'archived' }), imported: { file: 'a.xlsx', row: 2 } }], 'a.xlsx');
      await store.issueLetter('2026-0002', 'reply', '2026-03-03', 'B-{seq}/{YYYY}', (c, l) => ({
        value: { ...c, reply: { letterNumber: l.number, seq: l.seq, year: l.year, date: l.date } },
        changes: { letterNumber: l.number },
      }));
      const kept = await store.keepDocument({
        caseId: '2026-0002',
        kind: 'reply',
        baseName: 'x',
        bytes: Buffer.from('%PDF-signed'),
        at: '2026-03-02T09:00:00+07:00',
        signed: true,
      });
      const { home, cleanup } = tempHome();
      const file = join(home, 'cadangan.jsonl');
      await store.backup(file, '2026-03-02T09:00:00+07:00');
      const into = await target.open(now);
      opened.push(into);
      // The target already keeps that attachment (a registration refused after its files were stored).
      await into.store.storeAttachmentBytes(bytes);
      await into.store.restore(file);
      for (const id of ['2026-0001', '2026-0002', '2023-0004']) expect(await into.store.get(id)).toEqual(await store.get(id));
      expect(await into.store.secret()).toBe(await store.secret());
      expect(await into.store.findDocument(kept.document.sha256)).toMatchObject({ signed: true });
      const check = await into.store.check();
      expect(check).toMatchObject({ findings: [], cases: 3, letters: 1, attachments: 1 });
      expect((await register(into.store)).agendaNumber).toBe(3);
      expect((await register(into.store, 2023)).agendaNumber).toBe(5);
      const next = await into.store.issueLetter('2026-0001', 'reply', '2026-03-04', 'B-{seq}/{YYYY}', (c, l) => ({
        value: c,
        changes: { letterNumber: l.number },
      }));
      expect(next.letter.seq).toBe(2);
      await expect(into.store.restore(file)).rejects.toMatchObject({ problems: [{ key: 'input.restoreNotEmpty' }] });
      cleanup();
    });
  });
});
