/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 27: the answer that really leaves by e-mail, end to end through the command line, on each
 * store, against a real SMTP server on a loopback port. The message the server received is parsed
 * and checked (recipients, subject, the attachment's bytes against the issued PDF, no protected
 * name); every failure (no address, a 550, the server down, a wrong password, a message over the
 * server's limit) is checked against the store: nothing recorded, the case not answered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendAnswerByEmail } from '../../src/app/mail-answer.js';
import { createContext } from '../../src/cli/context.js';
import { StoreError } from '../../src/errors.js';
import { registrationArgs, runLoket, tempHome } from '../helpers/loket.js';
import { MAIL_ENV, parsedMail, useSmtp } from '../helpers/mail-office.js';
import { makeP12 } from '../helpers/signing.js';
import { closedPort, startSmtp, type TestSmtp } from '../helpers/smtp-server.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
let server: TestSmtp | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const REG = '2026-03-16T09:00:00+07:00';
const SEND = '2026-03-20T10:00:00+07:00';
const APPLICANT = 'kominfo@contoh.go.id';
const CC = 'arsip@kasn.go.id';
const run = (args: string[], now = REG, more: Record<string, string> = {}) => runLoket(args, { home, now, env: { ...env, ...more } });
const send = (args: string[], more: Record<string, string> = MAIL_ENV) => run(['send', ...args, '--json'], SEND, more);

const keys = tempHome();
afterAll(keys.cleanup);
const P12 = join(keys.home, 'kantor.p12');
beforeAll(() => makeP12(P12, { passphrase: 'rahasia', from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59Z' }));

async function ok(args: string[], now = REG, more: Record<string, string> = {}) {
  const r = await run([...args, '--json'], now, more);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}

/** A declined sosialisasi request with its reply printed: the letter to e-mail. Returns the reply's file. */
async function replied(extra: string[] = ['--email', APPLICANT], more: Record<string, string> = {}): Promise<{ id: string; file: string }> {
  const { id } = await ok([...registrationArgs('sosialisasi', 'Dinas Kominfo Kab. Contoh', 'Permohonan narasumber'), ...extra]);
  await ok(['dispose', id, '--to', 'Budi Santoso']);
  await ok(['analyse', id, '--feasible', 'no']);
  await ok(['decide', id, '--decline', '--reason', 'Jadwal narasumber pada tanggal tersebut telah penuh.']);
  const reply = await ok(['reply', id], '2026-03-17T09:00:00+07:00', more);
  return { id, file: reply.file };
}

/** The case's events and status, to check that a refused send recorded nothing. */
async function state(id: string) {
  const c = await ok(['show', id]);
  return { status: c.status, events: c.events.length, answer: c.answer ?? null, outbox: c.mail?.outbox ?? [] };
}

describe.each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  it('e-mails the signed reply to the applicant with the Tembusan in CC, and answers the case once the server accepted it', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port, { cc: [CC] });
    await ok(['config', 'set', 'signing.p12', P12]);
    const { id, file } = await replied(undefined, { LOKET_SIGNING_PASSPHRASE: 'rahasia' });

    const r = await send([id, '--via', 'email']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ status: 'answered', answer: { via: 'email', at: SEND, onTime: true } });
    expect(smtp.received).toHaveLength(1);
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.envelope).toEqual([CC, APPLICANT]);
    expect(mail.to?.map((a) => a.address)).toEqual([APPLICANT]);
    expect(mail.cc?.map((a) => a.address)).toEqual([CC]);
    expect(mail.from?.address).toBe('persuratan@kasn.go.id');
    expect(mail.subject).toBe('Surat Jawaban Nomor B-1/JP.01/03/2026 — Hal Jawaban atas Permohonan Sosialisasi Netralitas ASN');
    expect(mail.text).toContain(`nomor agenda ${id}`);
    expect(mail.text).toContain('telah ditandatangani secara elektronik');
    expect(mail.messageId).toBe(r.json.mail.messageId);
    // The bytes the office issued and signed, not a new rendering.
    expect(mail.files).toHaveLength(1);
    expect(mail.files[0]!.bytes.equals(readFileSync(file))).toBe(true);
    expect(mail.files[0]!.bytes.includes('/ByteRange')).toBe(true);

    const history = await ok(['history', id]);
    expect(history.at(-1)).toMatchObject({
      action: 'send',
      at: SEND,
      changes: {
        status: 'answered',
        via: 'email',
        messageId: mail.messageId,
        to: [APPLICANT],
        cc: [CC],
        answer: expect.stringMatching(/^250/),
      },
    });
  });

  it('carries the invitation to the satisfaction survey, with its link, when the office has a public page', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await replied();
    await ok(['config', 'set', 'serve.publicUrl', 'https://layanan.contoh.go.id']);
    expect((await send([id, '--via', 'email'])).code).toBe(0);
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.text).toMatch(/https:\/\/layanan\.contoh\.go\.id\/survei\/[0-9a-z]{20}\b/i);
    expect(mail.text!.indexOf('/survei/')).toBeLessThan(mail.text!.indexOf('Untuk keterangan lebih lanjut'));
  });

  it('a letter an analyst prepared leaves only once its signatory signed it, and by those who may send', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const as = (user: string, args: string[], now = REG) =>
      runLoket([...args, '--json'], { home, now, user, env: { ...env, ...MAIL_ENV } });
    // Registered before the office lists its officers (the counter's step is not what this is about).
    const { id } = await ok([...registrationArgs('sosialisasi', 'Dinas Kominfo Kab. Contoh', 'Permohonan'), '--email', APPLICANT]);
    for (const [name, role] of [
      ['Admin Kantor', 'admin'],
      ['Kepala Pokja', 'disposisi'],
      ['Budi Santoso', 'analis'],
      ['Ratna Dewi', 'penandatangan'],
    ])
      expect((await as('Admin Kantor', ['officer', 'add', name!, '--role', role!])).code).toBe(0);
    await as('Kepala Pokja', ['dispose', id, '--to', 'Budi Santoso']);
    await as('Budi Santoso', ['analyse', id, '--feasible', 'tidak']);
    await as('Budi Santoso', ['decide', id, '--decline', '--reason', 'Jadwal narasumber penuh.']);
    expect((await as('Budi Santoso', ['reply', id])).json).toMatchObject({ draft: true, letterNumber: null });
    // A draft (KONSEP, no number) is no answer: nothing leaves.
    const draft = await as('Budi Santoso', ['send', id, '--via', 'email'], SEND);
    expect(draft.code).toBe(2);
    expect(smtp.received).toEqual([]);
    const signed = await as('Ratna Dewi', ['sign', id], '2026-03-17T09:00:00+07:00');
    expect(signed.code, signed.stderr).toBe(0);
    expect((await as('Ratna Dewi', ['send', id, '--via', 'email'], SEND)).code).toBe(5);
    expect(smtp.received).toEqual([]);
    const sent = await as('Budi Santoso', ['send', id, '--via', 'email'], SEND);
    expect(sent.code, sent.stderr).toBe(0);
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.files[0]!.bytes.equals(readFileSync(signed.json.file))).toBe(true);
    expect(mail.subject).toContain(signed.json.letterNumber);
  });

  it('without an address: exit 2 naming --to, nothing sent, nothing recorded; --to gives one', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await replied([]);
    const before = await state(id);
    const refused = await send([id, '--via', 'email']);
    expect(refused.code).toBe(2);
    expect(refused.json.error.problems.map((p: { field: string }) => p.field)).toEqual(['--to']);
    expect(smtp.received).toEqual([]);
    expect(await state(id)).toEqual(before);

    const bad = await send([id, '--via', 'email', '--to', 'bukan-alamat']);
    expect(bad.code).toBe(2);
    expect(bad.json.error.problems[0].field).toBe('--to');

    const sent = await send([id, '--via', 'email', '--to', 'sekretariat@contoh.go.id', '--to', 'kepala@contoh.go.id']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(smtp.received[0]!.to.sort()).toEqual(['kepala@contoh.go.id', 'sekretariat@contoh.go.id']);
  });

  it('--to and --queue belong to e-mail; another way of sending works as before', async () => {
    const { id } = await replied();
    const wrong = await send([id, '--via', 'pos', '--to', APPLICANT]);
    expect(wrong.code).toBe(2);
    expect(wrong.json.error.problems[0].field).toBe('--to');
    const pos = await send([id, '--via', 'pos'], {});
    expect(pos.code, pos.stderr).toBe(0);
    expect(pos.json).toMatchObject({ status: 'answered', answer: { via: 'pos' } });
  });

  it('without a mail server set: exit 2 naming mail.smtp.host, nothing recorded', async () => {
    const { id } = await replied();
    const before = await state(id);
    const r = await send([id, '--via', 'email']);
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe('mail.smtp.host');
    expect(await state(id)).toEqual(before);
  });

  it('a 550 refusal: exit 3 with the server answer, the case not answered, nothing recorded', async () => {
    const smtp = (server = await startSmtp({ refuse: [APPLICANT] }));
    await useSmtp(run, smtp.port);
    const { id } = await replied();
    const before = await state(id);
    const r = await send([id, '--via', 'email']);
    expect(r.code).toBe(3);
    expect(r.json.error.message).toMatch(/550/);
    expect(r.json.error.message).toContain('User unknown');
    expect(await state(id)).toEqual(before);
    expect(smtp.received).toEqual([]);
  });

  it('a wrong password: exit 3 naming the login, nothing recorded', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await replied();
    const before = await state(id);
    const r = await send([id, '--via', 'email'], { LOKET_SMTP_PASSWORD: 'salah' });
    expect(r.code).toBe(3);
    expect(r.json.error.message).toMatch(/535/);
    expect(r.json.error.message).toContain('LOKET_SMTP_PASSWORD');
    expect(r.stdout + r.stderr).not.toContain('salah');
    expect(await state(id)).toEqual(before);
  });

  it('a letter over the server size limit: exit 3 (552), nothing recorded', async () => {
    const smtp = (server = await startSmtp({ size: 4000 }));
    await useSmtp(run, smtp.port);
    const { id } = await replied();
    const before = await state(id);
    const r = await send([id, '--via', 'email']);
    expect(r.code).toBe(3);
    expect(r.json.error.message).toMatch(/552|size/i);
    expect(await state(id)).toEqual(before);
  });

  it('a store that fails right after the server accepted: exit 3 saying the e-mail left, with its Message-ID', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await replied();
    const ctx = createContext(
      {},
      { env: { ...env, ...MAIL_ENV, LOKET_HOME: home, LOKET_NOW: SEND, LOKET_USER: 'petugas' }, stdinIsTty: false, stdoutIsTty: false },
    );
    const store = ctx.store();
    // The record of the answer fails (a lock held too long): the e-mail has already left.
    const failing = Object.assign(Object.create(store) as typeof store, {
      update: async () => {
        throw new StoreError('store.locked', { path: 'store', seconds: 5 });
      },
    });
    const session = { ...ctx, store: () => failing };
    const error = await sendAnswerByEmail(session, { id }).catch((e: unknown) => e);
    await ctx.close();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).key).toBe('mail.sentNotRecorded');
    const mail = await parsedMail(smtp.received[0]!);
    expect((error as StoreError).params).toMatchObject({ id, messageId: mail.messageId, to: APPLICANT });
    expect((await state(id)).status).toBe('decided');
  });

  it('the server down: exit 3; --queue keeps it in the outbox, `outbox --send` sends it later with the same Message-ID and bytes', async () => {
    await useSmtp(run, await closedPort());
    const { id, file } = await replied();
    const before = await state(id);
    const down = await send([id, '--via', 'email']);
    expect(down.code).toBe(3);
    expect(down.json.error.message).toContain('ECONNREFUSED');
    expect(await state(id)).toEqual(before);

    const queued = await send([id, '--via', 'email', '--queue']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.json).toMatchObject({ status: 'decided', mail: null, queued: { outbox: '1', to: [APPLICANT] } });
    expect(queued.stderr).toContain('loket outbox --send');
    const again = await send([id, '--via', 'email', '--queue']);
    expect(again.code).toBe(2);
    expect(again.json.error.problems[0].field).toBe('--queue');

    const listed = await ok(['outbox']);
    expect(listed).toEqual([
      expect.objectContaining({
        caseId: id,
        outbox: '1',
        kind: 'reply',
        to: [APPLICANT],
        attempts: 1,
        lastAnswer: expect.stringContaining('ECONNREFUSED'),
      }),
    ]);
    // Still down: the try is recorded, the case still waits, exit 3.
    const stillDown = await run(['outbox', '--send', '--json'], '2026-03-20T11:00:00+07:00', MAIL_ENV);
    expect(stillDown.code).toBe(3);
    expect(stillDown.json).toMatchObject({ results: [{ caseId: id, outcome: 'failed' }], waiting: 1 });

    const smtp = (server = await startSmtp());
    await ok(['config', 'set', 'mail.smtp.port', String(smtp.port)]);
    const later = '2026-03-20T13:00:00+07:00';
    const retried = await run(['outbox', '--send', '--json'], later, MAIL_ENV);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.json).toMatchObject({ results: [{ caseId: id, outcome: 'sent', answered: true }], waiting: 0 });
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.messageId).toBe(queued.json.queued.messageId);
    expect(mail.files[0]!.bytes.equals(readFileSync(file))).toBe(true);
    const c = await ok(['show', id]);
    expect(c).toMatchObject({ status: 'answered', answer: { via: 'email', at: later } });
    expect(c.events.slice(-3).map((e: { action: string }) => e.action)).toEqual(['mail:queue', 'mail:attempt', 'send']);
    expect(c.events.at(-1).changes).toMatchObject({ messageId: mail.messageId, to: [APPLICANT], ok: true });
    expect(await ok(['outbox'])).toEqual([]);
  });

  it('a protected reporter is mailed only at the address they gave, nobody in CC, their name nowhere in the e-mail or the output', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port, { cc: [CC] });
    const { id } = await ok([
      'register',
      'letter',
      '--yes',
      '--no-receipt',
      '--service',
      'pengaduan',
      '--channel',
      'wbs',
      '--applicant',
      'Rahmat Hidayat',
      '--email',
      'pelapor.rahasia@contoh.id',
      '--subject',
      'Laporan Rahmat Hidayat tentang pungutan di loket',
    ]);
    await ok(['dispose', id, '--to', 'Budi Santoso']);
    await ok(['examine', id, '--finding', 'Petugas meminta biaya di luar ketentuan.']);
    await ok(['decide', id, '--substantiated', 'yes', '--follow-up', 'Petugas diberi teguran tertulis.']);
    await ok(['reply', id], '2026-03-17T09:00:00+07:00');
    const other = await send([id, '--via', 'email', '--to', 'atasan@contoh.go.id']);
    expect(other.code).toBe(2);
    expect(other.json.error.problems[0].field).toBe('--to');

    const r = await send([id, '--via', 'email']);
    expect(r.code, r.stderr).toBe(0);
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.envelope).toEqual(['pelapor.rahasia@contoh.id']);
    expect(mail.subject).toBe('Surat Tanggapan Nomor B-1/JP.01/03/2026 — Hal Tanggapan atas Pengaduan');
    for (const text of [mail.raw, mail.subject, mail.text, JSON.stringify(mail.headers), mail.files[0]!.name])
      expect(String(text).toLowerCase()).not.toContain('rahmat');
    expect(mail.text).toContain('Yth. Saudara Pelapor,');
    // What the office's screens show keeps the address out as it keeps the name (the subject is the reporter's own words).
    for (const shown of [r.stdout, (await run(['show', id, '--json'])).stdout, (await run(['history', id, '--json'])).stdout])
      expect(shown).not.toContain('pelapor.rahasia');
    expect((await ok(['history', id])).at(-1)).toMatchObject({ action: 'send', changes: { via: 'email', messageId: mail.messageId } });
  });

  it('a thank-you letter for an appreciation, and a walk-in complainant without an address refused', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await ok([
      ...registrationArgs('pengaduan', 'Warga Baik', 'Terima kasih atas pelayanan yang cepat'),
      '--report-type',
      'apresiasi',
      '--email',
      'warga@contoh.id',
    ]);
    await ok(['reply', id], '2026-03-17T09:00:00+07:00');
    const r = await send([id, '--via', 'email']);
    expect(r.code, r.stderr).toBe(0);
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.subject).toBe('Surat Ucapan Terima Kasih Nomor B-1/JP.01/03/2026 — Hal Ucapan Terima Kasih atas Apresiasi');
    expect(mail.envelope).toEqual(['warga@contoh.id']);

    const walkin = await ok([
      'register',
      'walkin',
      '--yes',
      '--no-receipt',
      '--visitor',
      'Pengunjung',
      '--service',
      'pengaduan',
      '--purpose',
      'Keluhan antrean',
    ]);
    await ok(['dispose', walkin.id, '--to', 'Budi Santoso']);
    await ok(['examine', walkin.id, '--finding', 'Antrean panjang pada jam sibuk.']);
    await ok(['decide', walkin.id, '--substantiated', 'partly', '--follow-up', 'Loket tambahan dibuka.']);
    await ok(['reply', walkin.id], '2026-03-17T09:00:00+07:00');
    const refused = await send([walkin.id, '--via', 'email']);
    expect(refused.code).toBe(2);
    expect(refused.json.error.problems[0].field).toBe('--to');
    expect(smtp.received).toHaveLength(1);
  });

  it('the IM-NKK certificate goes with its recommendation letter, both PDFs as issued', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    const { id } = await ok([
      ...registrationArgs('imnkk', 'Pemerintah Kabupaten Contoh', 'Permohonan pengukuran IM-NKK'),
      '--email',
      'ortala@contoh.go.id',
      '--ethics-regulation',
      'Perbup 12/2025',
      '--sinden-account',
      'pemkab-contoh',
      '--operator-letter',
      'ST/1/2026',
      '--self-assessment-complete',
    ]);
    await ok(['imnkk', 'verify', id, '--date', '2026-06-10', '--mode', 'luring'], '2026-06-10T09:00:00+07:00');
    await ok(['imnkk', 'plenary', id, '--date', '2026-09-15', '--decree', '12/KEP/2026', '--score', '218'], '2026-09-15T09:00:00+07:00');
    const cert = await ok(['imnkk', 'certificate', id], '2026-09-21T09:00:00+07:00');
    const r = await run(['send', id, '--via', 'email', '--json'], '2026-09-22T09:00:00+07:00', MAIL_ENV);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ status: 'answered', answer: { via: 'email', onTime: true } });
    const mail = await parsedMail(smtp.received[0]!);
    expect(mail.envelope).toEqual(['ortala@contoh.go.id']);
    expect(mail.subject).toBe(`Surat Rekomendasi Nomor ${cert.letterNumber} — Hal Penyampaian Hasil Pengukuran IM-NKK dan Rekomendasi`);
    expect(mail.text).toContain('beserta Sertifikat IM-NKK terlampir');
    expect(
      mail.files.map((f) => f.bytes.equals(readFileSync((f.name ?? '').startsWith('sertifikat') ? cert.certificate : cert.recommendation))),
    ).toEqual([true, true]);
  });
});
