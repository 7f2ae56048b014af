/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The mail steps of a case end to end on a real store and a real SMTP server: a reply e-mailed with
 * its PDF, a refused one queued and sent later from the outbox with the same Message-ID and the same
 * bytes, a protected reporter's e-mail without their name anywhere in it, and no address at all.
 */
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { outboxOf, queueMail, recordAttempt } from '../../src/domain/outbox.js';
import type { Profile } from '../../src/domain/profile.js';
import { attemptOf, prepareCaseMail, queuedOf, resendQueued, sendPrepared } from '../../src/mail/case-mailing.js';
import { MailError } from '../../src/mail/mail-error.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { tempHome } from '../helpers/cli.js';
import { closedPort, SMTP_PASSWORD, SMTP_USER, startSmtp, type TestSmtp } from '../helpers/smtp-server.js';
import { openStore, simpleCase } from '../helpers/store.js';

let server: TestSmtp | undefined;
let cleanup = () => {};
afterEach(async () => {
  await server?.stop();
  server = undefined;
  cleanup();
});

const NOW = new Date('2026-03-16T03:00:00Z');
const env = { LOKET_SMTP_PASSWORD: SMTP_PASSWORD };
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 9), Buffer.from('%%EOF\n')]);
const office = (port: number): Profile => ({
  ...defaultProfile(),
  mail: { smtp: { host: '127.0.0.1', port, secure: 'none', user: SMTP_USER, passwordFile: '' }, cc: ['arsip@kasn.go.id'] },
});
const letter = { number: 'B-12/JP.01/03/2026', hal: 'Jawaban atas Permohonan Sosialisasi', signed: false };

async function storeWith(over: Partial<Case>) {
  const made = tempHome();
  cleanup = made.cleanup;
  const store = openStore(made.home, () => NOW.getTime());
  const c = await store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda, { channel: 'email', ...over }), changes: {} }));
  return { store, c };
}

describe('e-mailing a case', () => {
  it('sends the reply with its PDF to the applicant, the Tembusan in CC', async () => {
    server = await startSmtp();
    const { c } = await storeWith({ applicant: { name: 'Dinas Kominfo', email: 'kominfo@contoh.go.id' } });
    const profile = office(server.port);
    const mail = prepareCaseMail({ c, profile, kind: 'reply', letter });
    const sent = await sendPrepared(profile, env, mail, [{ name: `surat-jawaban-${c.id}.pdf`, bytes: PDF }], NOW);
    expect(sent.messageId).toBe(mail.messageId);
    const got = await PostalMime.parse(server.received[0]!.raw);
    expect(server.received[0]!.to.sort()).toEqual(['arsip@kasn.go.id', 'kominfo@contoh.go.id']);
    expect(got.subject).toBe('Surat Jawaban Nomor B-12/JP.01/03/2026 — Hal Jawaban atas Permohonan Sosialisasi');
    expect(got.from?.name).toBe(profile.unit);
    expect(got.text).toContain(`nomor agenda ${c.id}`);
    expect(Buffer.from(got.attachments[0]!.content as ArrayBuffer).equals(PDF)).toBe(true);
  });

  it('queues a reply the server could not take, and sends it later from the outbox: same Message-ID, same bytes, every try recorded', async () => {
    const { store, c } = await storeWith({ applicant: { name: 'Dinas Kominfo', email: 'kominfo@contoh.go.id' } });
    const down = office(await closedPort());
    const mail = prepareCaseMail({ c, profile: down, kind: 'reply', letter });
    const failed = await sendPrepared(down, env, mail, [{ name: 'surat.pdf', bytes: PDF }], NOW).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(MailError);
    const { sha256 } = await store.storeAttachmentBytes(PDF);
    const at = '2026-03-16T10:00:00+07:00';
    await store.update(c.id, 'mail:queue', (x) =>
      queueMail(x, queuedOf(mail, [{ name: 'surat.pdf', sha256 }], { at, by: 'petugas' }), attemptOf(failed as MailError, at, 'petugas')),
    );

    server = await startSmtp();
    const [waiting] = outboxOf(await store.openCases());
    expect(waiting!.entry.attempts).toEqual([{ at, by: 'petugas', ok: false, answer: expect.stringContaining('ECONNREFUSED') }]);
    const sent = await resendQueued(office(server.port), env, waiting!.entry, (h) => store.readAttachment(h), NOW);
    const done = await store.update(c.id, 'mail:attempt', (x) => recordAttempt(x, waiting!.entry.id, attemptOf(sent, at, 'petugas')));
    expect(outboxOf([done])).toEqual([]);
    const got = await PostalMime.parse(server.received[0]!.raw);
    expect(got.messageId).toBe(mail.messageId);
    expect(got.subject).toBe(mail.subject);
    expect(Buffer.from(got.attachments[0]!.content as ArrayBuffer).equals(PDF)).toBe(true);
    expect(done.events.at(-1)).toMatchObject({
      action: 'mail:attempt',
      changes: { ok: true, messageId: mail.messageId, to: ['kominfo@contoh.go.id'] },
    });
  });

  it('e-mails a protected reporter at their own address only, without their name in the subject or anywhere else', async () => {
    server = await startSmtp();
    const { c } = await storeWith({
      service: 'pengaduan',
      channel: 'wbs',
      applicant: { name: 'Rahmat Hidayat', email: 'pelapor.rahasia@contoh.id' },
      subject: 'Laporan Rahmat Hidayat tentang pungutan',
      report: { type: 'pengaduan', protectIdentity: true },
    });
    const profile = office(server.port);
    const mail = prepareCaseMail({ c, profile, kind: 'report', letter: { number: 'B-3/JP.01/03/2026', hal: 'Tanggapan atas Pengaduan' } });
    await sendPrepared(profile, env, mail, [{ name: 'tanggapan.pdf', bytes: PDF }], NOW);
    const received = server.received[0]!;
    expect(received.to).toEqual(['pelapor.rahasia@contoh.id']);
    const parsed = await PostalMime.parse(received.raw);
    // Decoded, so an encoded header or body cannot hide the name from the check.
    for (const text of [received.raw.toString('utf8'), parsed.subject, parsed.text, JSON.stringify(parsed.headers)])
      expect(String(text).toLowerCase()).not.toContain('rahmat');
    expect(parsed.text).toContain('Yth. Saudara Pelapor,');
    expect(parsed.subject).toBe('Surat Tanggapan Nomor B-3/JP.01/03/2026 — Hal Tanggapan atas Pengaduan');
  });

  it('without an address, refuses before anything is sent (exit 2 naming --to)', async () => {
    const smtp = (server = await startSmtp());
    const { c } = await storeWith({ kind: 'walkin', channel: 'langsung', applicant: { name: 'Pengunjung' } });
    expect(() => prepareCaseMail({ c, profile: office(smtp.port), kind: 'reply', letter })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'to', key: 'mail.noRecipient' })] }),
    );
    expect(server.received).toEqual([]);
  });
});
