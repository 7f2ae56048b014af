/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 27: `loket mail fetch` and `loket mail waiting` end to end through the command line, on
 * each store, against a throwaway Dovecot (messages put in with IMAP APPEND, as a mail server
 * delivers them) and the in-process SMTP server for the receipts mailed back. Each message is
 * registered once: fetched twice, delivered twice under one Message-ID, after a failure between
 * registering and moving it, or saved as .eml and registered by hand first.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { officerDesk } from '../../src/app/desk.js';
import { fetchMail } from '../../src/app/mail-fetch.js';
import { createContext } from '../../src/cli/context.js';
import { runLoket } from '../helpers/loket.js';
import { dovecotAvailable, startDovecot, type TestDovecot } from '../helpers/dovecot.js';
import { composed, deliver, folderState } from '../helpers/mailbox.js';
import { MAIL_ENV, parsedMail, useImap, useSmtp } from '../helpers/mail-office.js';
import { closedPort, startSmtp, type TestSmtp } from '../helpers/smtp-server.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let dovecot: TestDovecot;
let folders = 0;
beforeAll(async () => {
  if (dovecotAvailable) dovecot = await startDovecot();
});
afterAll(async () => dovecot?.stop());

let home = '';
let env: Record<string, string> = {};
let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.stop();
  smtp = undefined;
});

const NOW = '2026-03-16T10:00:00+07:00';
const SENT = new Date('2026-03-16T01:00:00Z');
const ARRIVED = new Date('2026-03-16T01:05:00Z');
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 7), Buffer.from('\n%%EOF\n')]);
const run = (args: string[], now = NOW, more: Record<string, string> = MAIL_ENV) => runLoket(args, { home, now, env: { ...env, ...more } });

async function ok(args: string[], now = NOW) {
  const r = await run([...args, '--json'], now);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}

/** A letter by e-mail: from an agency, with a PDF attached and its own Message-ID. */
const letter = (n: number, subject: string, over: Record<string, unknown> = {}) =>
  composed({
    from: { name: `Dinas Kominfo ${n}`, address: `kominfo${n}@contoh.go.id` },
    to: 'persuratan@contoh.go.id',
    subject,
    text: `Dengan hormat, kami mohon tindak lanjut (${n}).`,
    messageId: `<surat-${n}-${folders}@contoh.go.id>`,
    date: SENT,
    attachments: [{ filename: `surat-${n}.pdf`, content: PDF, contentType: 'application/pdf' }],
    ...over,
  });

/** A folder of this test's own, set as the office's mailbox (on the file's Dovecot unless told), with SMTP for the receipts. */
async function mailbox(doneFolder = '', imapPort = dovecot.port): Promise<string> {
  folders++;
  const folder = `Masuk${folders}`;
  await useImap(run, imapPort, folder, doneFolder);
  smtp = await startSmtp();
  await useSmtp(run, smtp.port);
  return folder;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.skipIf(!dovecotAvailable).each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  it('registers each new message placed by its subject, mails its receipt back, and leaves the others unread for the counter', async () => {
    const folder = await mailbox();
    await deliver(dovecot.port, folder, [
      { raw: await letter(1, 'Permohonan narasumber sosialisasi netralitas ASN'), arrived: ARRIVED },
      { raw: await letter(2, 'Saran perbaikan layanan loket'), arrived: ARRIVED },
      { raw: await letter(3, 'Undangan rapat koordinasi'), arrived: ARRIVED },
      { raw: await letter(4, 'Pengaduan tentang sosialisasi yang batal'), arrived: ARRIVED },
    ]);
    const r = await run(['mail', 'fetch', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      dryRun: false,
      registered: [
        { id: '2026-0001', messageId: `<surat-1-${folders}@contoh.go.id>`, service: 'sosialisasi' },
        { id: '2026-0002', messageId: `<surat-2-${folders}@contoh.go.id>`, service: 'pengaduan' },
      ],
      waiting: [
        { reason: 'unplaced', subject: 'Undangan rapat koordinasi', candidates: [] },
        { reason: 'unplaced', candidates: ['sosialisasi', 'pengaduan'] },
      ],
      skipped: [],
    });
    const first = await ok(['show', '2026-0001']);
    expect(first).toMatchObject({
      channel: 'email',
      receivedAt: '2026-03-16T08:05:00+07:00',
      subject: 'Permohonan narasumber sosialisasi netralitas ASN',
      applicant: { name: 'Dinas Kominfo 1', email: 'kominfo1@contoh.go.id' },
      mail: { source: { messageId: `<surat-1-${folders}@contoh.go.id>`, folder } },
    });
    expect(first.attachments.map((a: { name: string; size: number }) => [a.name, a.size])).toEqual([
      [expect.stringMatching(/\.eml$/), expect.any(Number)],
      ['surat-1.pdf', PDF.length],
    ]);
    // A subject that says "saran" is a suggestion.
    expect(await ok(['show', '2026-0002'])).toMatchObject({ service: 'pengaduan', report: { type: 'saran' } });

    // Each receipt went back to its sender, the PDF the office keeps.
    expect(smtp!.received.map((m) => m.to)).toEqual([['kominfo1@contoh.go.id'], ['kominfo2@contoh.go.id']]);
    const receipt = await parsedMail(smtp!.received[0]!);
    expect(receipt.subject).toBe('Tanda Terima Nomor Agenda 2026-0001 — Hal Permohonan narasumber sosialisasi netralitas ASN');
    expect(receipt.text).toContain('paling lambat');
    const kept = (await ok(['documents', '2026-0001'])).documents.find((d: { kind: string }) => d.kind === 'receipt');
    expect(sha256(receipt.files[0]!.bytes)).toBe(kept.sha256);
    expect(first.events[0]).toMatchObject({ action: 'register' });
    const history = await ok(['history', '2026-0001']);
    expect(history.at(-1)).toMatchObject({
      action: 'mail:receipt',
      changes: { messageId: receipt.messageId, to: ['kominfo1@contoh.go.id'] },
    });

    // Registered ones are marked read; the waiting ones stay unread for the people who use the mailbox.
    expect((await folderState(dovecot.port, folder)).map((m) => m.seen)).toEqual([true, true, false, false]);
    const again = await ok(['mail', 'fetch', '--yes']);
    expect(again.registered).toEqual([]);
    expect(again.waiting).toHaveLength(2);
    const waiting = await ok(['mail', 'waiting']);
    expect(waiting).toMatchObject({ waiting: [{ reason: 'unplaced' }, { reason: 'unplaced' }], placeable: 0 });
    // The counter's start screen counts them ("Surat e-mail menunggu").
    const ctx = createContext(
      {},
      { env: { ...env, ...MAIL_ENV, LOKET_HOME: home, LOKET_NOW: NOW }, stdinIsTty: false, stdoutIsTty: false },
    );
    const desk = await officerDesk(ctx, 'resepsionis');
    await ctx.close();
    expect(desk.lists.find((l) => l.key === 'mail')).toMatchObject({ count: 2 });

    // The counter places them by hand.
    const placed = await ok(['mail', 'fetch', '--service', 'pengaduan', '--no-mail-receipt']);
    expect(placed.registered.map((x: { id: string }) => x.id)).toEqual(['2026-0003', '2026-0004']);
    expect(smtp!.received).toHaveLength(2);
    expect((await ok(['list'])).length).toBe(4);
  });

  it('at the counter, a message the subject rules cannot place is asked about; one left unanswered waits', async () => {
    const folder = await mailbox();
    await deliver(dovecot.port, folder, [
      { raw: await letter(1, 'Undangan rapat koordinasi'), arrived: ARRIVED },
      { raw: await letter(2, 'Mohon informasi'), arrived: ARRIVED },
    ]);
    const ctx = createContext(
      {},
      { env: { ...env, ...MAIL_ENV, LOKET_HOME: home, LOKET_NOW: NOW, LOKET_USER: 'resepsionis' }, stdinIsTty: false, stdoutIsTty: false },
    );
    const asked: string[] = [];
    const result = await fetchMail(ctx, {
      choose: async (m) => {
        asked.push(m.subject);
        return m.subject.startsWith('Undangan') ? 'sosialisasi' : undefined;
      },
    });
    await ctx.close();
    expect(asked).toEqual(['Undangan rapat koordinasi', 'Mohon informasi']);
    expect(result.registered).toEqual([expect.objectContaining({ id: '2026-0001', service: 'sosialisasi' })]);
    expect(result.waiting).toEqual([expect.objectContaining({ subject: 'Mohon informasi', reason: 'unplaced' })]);
  });

  it('a dry run registers nothing and marks nothing', async () => {
    const folder = await mailbox();
    const raw = await letter(1, 'Permohonan narasumber sosialisasi');
    // The same message twice: a real fetch makes one case of it, so the dry run says one, and the copy.
    await deliver(dovecot.port, folder, [
      { raw, arrived: ARRIVED },
      { raw, arrived: ARRIVED },
    ]);
    const dry = await ok(['mail', 'fetch', '--dry-run']);
    expect(dry).toMatchObject({
      dryRun: true,
      registered: [{ id: null, service: 'sosialisasi' }],
      waiting: [],
      skipped: [{ id: null, reason: 'sameMessage', messageId: `<surat-1-${folders}@contoh.go.id>` }],
    });
    const text = await run(['mail', 'fetch', '--dry-run']);
    expect(text.stdout).toContain('sama dengan pesan sebelumnya di kotak surat: dicatat sekali saja');
    expect(await ok(['list'])).toEqual([]);
    expect((await folderState(dovecot.port, folder)).map((m) => m.seen)).toEqual([false, false]);
    expect(smtp!.received).toEqual([]);
  });

  it('one Message-ID delivered twice makes one case; the second is skipped and marked', async () => {
    const folder = await mailbox();
    const raw = await letter(1, 'Permohonan narasumber sosialisasi');
    await deliver(dovecot.port, folder, [
      { raw, arrived: ARRIVED },
      { raw: Buffer.concat([Buffer.from('Received: from relay2.contoh.go.id\r\n'), raw]), arrived: ARRIVED },
    ]);
    const r = await ok(['mail', 'fetch']);
    expect(r.registered.map((x: { id: string }) => x.id)).toEqual(['2026-0001']);
    expect(r.skipped).toEqual([{ messageId: `<surat-1-${folders}@contoh.go.id>`, id: '2026-0001', reason: 'registered' }]);
    expect((await folderState(dovecot.port, folder)).map((m) => m.seen)).toEqual([true, true]);
    expect(await ok(['list'])).toHaveLength(1);
  });

  it('a failure between registering a message and moving it: exit 3 with the case listed, and the next fetch makes no second case', async () => {
    // A done folder the server refuses to create: the move fails after the case is recorded.
    const folder = await mailbox('~/Tercatat');
    await deliver(dovecot.port, folder, [{ raw: await letter(1, 'Permohonan narasumber sosialisasi'), arrived: ARRIVED }]);
    const crashed = await run(['mail', 'fetch', '--yes', '--json']);
    expect(crashed.code).toBe(3);
    expect(crashed.json.registered).toEqual([expect.objectContaining({ id: '2026-0001' })]);
    expect(crashed.json.failure).toMatch(/Invalid mailbox name/);
    expect(await ok(['list'])).toHaveLength(1);

    const done = `Tercatat${folders}`;
    await ok(['config', 'set', 'mail.imap.doneFolder', done]);
    const next = await ok(['mail', 'fetch', '--yes']);
    expect(next).toMatchObject({ registered: [], skipped: [{ id: '2026-0001', reason: 'registered' }] });
    expect(await ok(['list'])).toHaveLength(1);
    expect(await folderState(dovecot.port, folder)).toEqual([]);
    expect(await folderState(dovecot.port, done)).toEqual([expect.objectContaining({ messageId: `<surat-1-${folders}@contoh.go.id>` })]);
    // One receipt: the message was handled once.
    expect(smtp!.received).toHaveLength(1);
  });

  it('a message over the attachment limit waits unread, without being downloaded', async () => {
    const folder = await mailbox();
    await ok(['config', 'set', 'limits.attachmentMb', '1']);
    const big = Buffer.alloc(1_500_000, 1);
    await deliver(dovecot.port, folder, [
      {
        raw: await letter(1, 'Permohonan narasumber sosialisasi', { attachments: [{ filename: 'besar.pdf', content: big }] }),
        arrived: ARRIVED,
      },
    ]);
    const r = await ok(['mail', 'fetch']);
    expect(r).toMatchObject({ registered: [], waiting: [{ reason: 'tooLarge', from: expect.stringContaining('kominfo1@contoh.go.id') }] });
    expect(await ok(['list'])).toEqual([]);
    expect((await folderState(dovecot.port, folder)).map((m) => m.seen)).toEqual([false]);
  });

  it('a message dated in the future counts as received when the server took it in (or now), with a warning', async () => {
    const folder = await mailbox();
    await deliver(dovecot.port, folder, [
      { raw: await letter(1, 'Permohonan narasumber sosialisasi', { date: new Date('2027-01-01T00:00:00Z') }), arrived: ARRIVED },
      {
        raw: await letter(2, 'Permohonan narasumber sosialisasi', { date: new Date('2027-01-01T00:00:00Z') }),
        arrived: new Date('2027-01-01T00:00:00Z'),
      },
    ]);
    const r = await run(['mail', 'fetch', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((await ok(['show', '2026-0001'])).receivedAt).toBe('2026-03-16T08:05:00+07:00');
    expect((await ok(['show', '2026-0002'])).receivedAt).toBe(NOW);
    expect(r.json.registered[0].warnings).toEqual([expect.stringContaining('masa depan')]);
    expect(r.stderr).toContain('2026-0001: ');
  });

  it('an HTML body is kept as text: nothing in it runs, nothing it names is fetched', async () => {
    const folder = await mailbox();
    let requests = 0;
    const web: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    try {
      await deliver(dovecot.port, folder, [
        {
          raw: await letter(1, 'Permohonan narasumber sosialisasi', {
            text: undefined,
            html: `<html><head><link rel="stylesheet" href="${url}/gaya.css"><script>alert("x")</script></head><body><p>Dengan hormat,</p><p>kami mohon <b>narasumber</b>.</p><img src="${url}/jejak.png"><iframe src="${url}/bingkai"></iframe></body></html>`,
          }),
          arrived: ARRIVED,
        },
      ]);
      await ok(['mail', 'fetch']);
      const c = await ok(['show', '2026-0001']);
      expect(c.purpose).toContain('Dengan hormat');
      expect(c.purpose).toContain('kami mohon narasumber.');
      expect(c.purpose).not.toMatch(/alert|<|script/);
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((resolve) => web.close(() => resolve()));
    }
  });

  it('the mailbox refusing the login, or down: exit 3, nothing registered', async () => {
    // A Dovecot of its own: after a refused login, Dovecot holds back the next logins from the same
    // address by seconds (its anvil's auth penalty), which would slow every later test of the file.
    const refusing = await startDovecot();
    try {
      const folder = await mailbox('', refusing.port);
      await deliver(refusing.port, folder, [{ raw: await letter(1, 'Permohonan narasumber sosialisasi'), arrived: ARRIVED }]);
      const wrong = await run(['mail', 'fetch', '--json'], NOW, { ...MAIL_ENV, LOKET_IMAP_PASSWORD: 'salah' });
      expect(wrong.code).toBe(3);
      expect(wrong.json.error.message).toContain('LOKET_IMAP_PASSWORD');
    } finally {
      await refusing.stop();
    }
    await ok(['config', 'set', 'mail.imap.port', String(await closedPort())]);
    const down = await run(['mail', 'fetch', '--json']);
    expect(down.code).toBe(3);
    expect(down.json.error.message).toContain('ECONNREFUSED');
    expect(await ok(['list'])).toEqual([]);
  });

  it('a receipt the SMTP server cannot take: the case is registered all the same, the receipt waits in the outbox', async () => {
    const folder = await mailbox();
    await ok(['config', 'set', 'mail.smtp.port', String(await closedPort())]);
    await deliver(dovecot.port, folder, [{ raw: await letter(1, 'Permohonan narasumber sosialisasi'), arrived: ARRIVED }]);
    const r = await run(['mail', 'fetch', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.registered).toEqual([
      expect.objectContaining({ id: '2026-0001', receiptMail: expect.objectContaining({ sent: false }) }),
    ]);
    expect(r.stderr).toContain('loket outbox --send');
    expect(await ok(['outbox'])).toEqual([
      expect.objectContaining({ caseId: '2026-0001', kind: 'receipt', to: ['kominfo1@contoh.go.id'] }),
    ]);
    await ok(['config', 'set', 'mail.smtp.port', String(smtp!.port)]);
    expect(await ok(['outbox', '--send'])).toMatchObject({ results: [{ outcome: 'sent', answered: false }], waiting: 0 });
    expect(smtp!.received).toHaveLength(1);
    expect((await ok(['show', '2026-0001'])).status).toBe('registered');
  });

  it('a message saved as .eml and registered by hand is the same message: --from-eml mails the receipt, the fetch skips it', async () => {
    const folder = await mailbox();
    const raw = await letter(1, 'Permohonan narasumber sosialisasi');
    const file = join(home, 'permohonan.eml');
    writeFileSync(file, raw);
    const args = ['register', 'letter', '--yes', '--service', 'sosialisasi', '--letter-number', '005/1/2026', '--from-eml', file];
    const by = await ok(args);
    expect(by.receiptMail).toMatchObject({ sent: true, to: ['kominfo1@contoh.go.id'] });
    expect(smtp!.received).toHaveLength(1);
    const twice = await run([...args, '--json']);
    expect(twice.code).toBe(2);
    expect(twice.json.error.problems[0]).toMatchObject({ field: 'message' });
    const quiet = await run([...args, '--no-mail-receipt', '--json']);
    expect(quiet.code).toBe(2);

    await deliver(dovecot.port, folder, [{ raw, arrived: ARRIVED }]);
    expect(await ok(['mail', 'fetch'])).toMatchObject({ registered: [], skipped: [{ id: by.id }] });
    expect(await ok(['list'])).toHaveLength(1);
    expect(smtp!.received).toHaveLength(1);
  });
});
