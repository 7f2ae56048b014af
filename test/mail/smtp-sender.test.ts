/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The SMTP sender against a real SMTP server on a loopback port (helpers/smtp-server.ts): the message
 * as received, parsed back, and every way a server says no, each a MailError (exit 3) with its answer.
 */
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/errors.js';
import { formatError } from '../../src/cli/format-output.js';
import type { Profile } from '../../src/domain/profile.js';
import { MailError } from '../../src/mail/mail-error.js';
import { smtpConnection } from '../../src/mail/servers.js';
import { sendMail, newMessageId, type OutgoingMail } from '../../src/mail/smtp-sender.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { closedPort, SMTP_PASSWORD, SMTP_USER, startSmtp, type TestSmtp } from '../helpers/smtp-server.js';

let server: TestSmtp | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 7), Buffer.from('\n%%EOF\n')]);

function office(port: number, over: Partial<NonNullable<Profile['mail']>['smtp']> = {}): Profile {
  return {
    ...defaultProfile(),
    mail: { smtp: { host: '127.0.0.1', port, secure: 'none', user: SMTP_USER, passwordFile: '', ...over } },
  };
}
const env = { LOKET_SMTP_PASSWORD: SMTP_PASSWORD };

const reply: OutgoingMail = {
  to: ['kominfo@contoh.go.id'],
  cc: ['arsip@kasn.go.id'],
  subject: 'Surat Jawaban Nomor B-12/JP.01/03/2026 — Hal Jawaban atas Permohonan Sosialisasi',
  text: 'Yth. Dinas Kominfo Kabupaten Contoh,\n\nBersama ini kami sampaikan Surat Jawaban.',
  attachments: [{ filename: 'surat-jawaban-2026-0042.pdf', content: PDF }],
  date: new Date('2026-03-16T02:00:00Z'),
};

/** The failure a send ends in. */
async function failure(p: Promise<unknown>): Promise<MailError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(MailError);
  expect(exitCodeFor(e)).toBe(3);
  return e as MailError;
}

describe('sending through the SMTP server', () => {
  it('delivers the message with its recipients, CC, subject, Message-ID and the attachment byte for byte', async () => {
    server = await startSmtp();
    const sent = await sendMail({ ...smtpConnection(office(server.port), env), fromName: 'KASN' }, reply);
    expect(sent.answer).toMatch(/^250 /);
    expect(sent.accepted.sort()).toEqual(['arsip@kasn.go.id', 'kominfo@contoh.go.id']);
    expect(sent.messageId).toMatch(/^<loket\.[0-9a-z]+\.[0-9a-f]{16}@kasn\.go\.id>$/);
    expect(server.received).toHaveLength(1);
    const got = server.received[0]!;
    expect(got.from).toBe('persuratan@kasn.go.id');
    expect(got.to.sort()).toEqual(['arsip@kasn.go.id', 'kominfo@contoh.go.id']);
    const mail = await PostalMime.parse(got.raw);
    expect(mail.subject).toBe(reply.subject);
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.from).toEqual({ name: 'KASN', address: 'persuratan@kasn.go.id' });
    expect(mail.to?.map((a) => a.address)).toEqual(['kominfo@contoh.go.id']);
    expect(mail.cc?.map((a) => a.address)).toEqual(['arsip@kasn.go.id']);
    expect(mail.text?.trim()).toBe(reply.text);
    expect(new Date(mail.date!).toISOString()).toBe('2026-03-16T02:00:00.000Z');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'surat-jawaban-2026-0042.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(mail.attachments[0]!.content as ArrayBuffer).equals(PDF)).toBe(true);
  });

  it('keeps the Message-ID it is given: a retry from the outbox is the same message twice, and a receiver can tell', async () => {
    server = await startSmtp();
    const messageId = newMessageId('persuratan@kasn.go.id');
    const conn = smtpConnection(office(server.port), env);
    const first = await sendMail(conn, { ...reply, messageId });
    const again = await sendMail(conn, { ...reply, messageId });
    expect([first.messageId, again.messageId]).toEqual([messageId, messageId]);
    const ids = await Promise.all(server.received.map(async (r) => (await PostalMime.parse(r.raw)).messageId));
    expect(ids).toEqual([messageId, messageId]);
  });

  it('a 550 refusal of the applicant is exit 3 with the answer, and nothing is delivered', async () => {
    server = await startSmtp({ refuse: ['kominfo@contoh.go.id'] });
    const e = await failure(sendMail(smtpConnection(office(server.port), env), { ...reply, cc: [] }));
    expect(e).toMatchObject({ server: 'smtp', failure: 'refused', responseCode: 550, temporary: false, key: 'mail.smtp.refused' });
    expect(e.answer).toContain('Recipient address rejected');
    expect(server.received).toEqual([]);
  });

  it('a refused CC does not stop the letter to the applicant: it is returned with its answer', async () => {
    server = await startSmtp({ refuse: ['arsip@kasn.go.id'] });
    const sent = await sendMail(smtpConnection(office(server.port), env), reply);
    expect(sent.accepted).toEqual(['kominfo@contoh.go.id']);
    expect(sent.rejected).toEqual([{ address: 'arsip@kasn.go.id', answer: expect.stringContaining('550') }]);
  });

  it('a server that is down is exit 3, "cannot be reached", worth retrying', async () => {
    const e = await failure(sendMail(smtpConnection(office(await closedPort()), env), reply));
    expect(e).toMatchObject({ failure: 'unreachable', temporary: true, key: 'mail.smtp.unreachable' });
    expect(e.answer).toMatch(/ECONNREFUSED/);
  });

  it('a wrong password is exit 3 naming the login and where the password comes from, never the password', async () => {
    server = await startSmtp();
    const e = await failure(sendMail(smtpConnection(office(server.port), { LOKET_SMTP_PASSWORD: 'salah-sekali' }), reply));
    expect(e).toMatchObject({ failure: 'auth', responseCode: 535, key: 'mail.smtp.auth' });
    const printed = formatError(e, true, 3);
    expect(printed.stderr.split('\n')[0]).toBe('Server e-mail tidak dapat digunakan (tidak ada yang dicatat terkirim):');
    expect(printed.stderr).toContain(SMTP_USER);
    expect(printed.stderr).toContain('LOKET_SMTP_PASSWORD');
    expect(printed.stderr + printed.stdout).not.toContain('salah-sekali');
    expect(server.received).toEqual([]);
  });

  it('a message over the server size limit is exit 3, "too large", with the answer', async () => {
    server = await startSmtp({ size: 2000 });
    const e = await failure(sendMail(smtpConnection(office(server.port), env), reply));
    expect(e).toMatchObject({ failure: 'tooLarge', responseCode: 552, key: 'mail.smtp.tooLarge' });
    expect(server.received).toEqual([]);
  });

  it('sends without a login to a server that takes mail without one (no user set)', async () => {
    server = await startSmtp({ auth: false });
    const sent = await sendMail(smtpConnection(office(server.port, { user: '' }), {}), reply);
    expect(sent.answer).toMatch(/^250 /);
    expect(server.received).toHaveLength(1);
  });

  it('refuses, before connecting, settings without a host or a usable sender address (exit 2, naming the keys)', () => {
    const profile = { ...office(25, { host: '' }), email: 'bukan alamat' };
    expect(() => smtpConnection(profile, env)).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ field: 'mail.smtp.host' }), expect.objectContaining({ field: 'email' })],
      }),
    );
  });
});
