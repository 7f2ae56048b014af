/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The mailbox reader against a throwaway Dovecot (helpers/dovecot.ts): new messages listed with their
 * keys, read without being marked read, marked handled (seen, or moved), and one pass of the fetch
 * handing each to a registration on a real store: a message registered once however often it is
 * fetched, after a crash between registering and marking, or when two messages share a Message-ID.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImapSettings } from '../../src/domain/mail-settings.js';
import type { Case } from '../../src/domain/model.js';
import { exitCodeFor } from '../../src/errors.js';
import { fetchMailbox, type FetchedMessage } from '../../src/mail/fetch-mailbox.js';
import { openMailbox } from '../../src/mail/imap-reader.js';
import { MailError } from '../../src/mail/mail-error.js';
import { parseMessage } from '../../src/mail/message-parse.js';
import { AlreadyRegistered } from '../../src/store/already-registered.js';
import type { Store } from '../../src/store/store.js';
import { tempHome } from '../helpers/cli.js';
import { dovecotAvailable, IMAP_PASSWORD, IMAP_USER, startDovecot, type TestDovecot } from '../helpers/dovecot.js';
import { composed, deliver, folderState } from '../helpers/mailbox.js';
import { closedPort } from '../helpers/smtp-server.js';
import { openStore, simpleCase } from '../helpers/store.js';

let dovecot: TestDovecot;
let folders = 0;
beforeAll(async () => {
  if (dovecotAvailable) dovecot = await startDovecot();
});
afterAll(async () => dovecot?.stop());

const NOW = Date.parse('2026-03-16T10:00:00+07:00');
const LIMIT = 1024 * 1024;

/** Settings of a folder of its own for one test. */
function mailbox(over: Partial<ImapSettings> = {}): ImapSettings & { password: string } {
  folders++;
  return {
    host: '127.0.0.1',
    port: dovecot.port,
    secure: 'none',
    user: IMAP_USER,
    password: IMAP_PASSWORD,
    passwordFile: '',
    folder: `Masuk${folders}`,
    doneFolder: '',
    ...over,
  };
}

const letter = (n: number, over: Record<string, unknown> = {}) =>
  composed({
    from: { name: `Dinas Kominfo ${n}`, address: `kominfo${n}@contoh.go.id` },
    to: 'persuratan@contoh.go.id',
    subject: `Permohonan narasumber sosialisasi netralitas ${n}`,
    text: `Dengan hormat, kami mohon narasumber (${n}).`,
    messageId: `<permohonan-${n}@contoh.go.id>`,
    date: new Date('2026-03-16T01:00:00Z'),
    ...over,
  });

/** What the registration use case does with each message, reduced to the store's part: one case per message key. */
function registrar(store: Store, options: { crashAfterRegister?: boolean } = {}) {
  const registered: string[] = [];
  const skipped: string[] = [];
  const handle = async (m: FetchedMessage) => {
    if (await store.findByMessageKey(m.key.key)) {
      skipped.push(m.key.key);
      return 'done' as const;
    }
    if (m.size > LIMIT) return 'keep' as const;
    const parsed = await parseMessage(await m.raw(), {
      field: 'message',
      name: 'pesan.eml',
      maxAttachmentBytes: LIMIT,
      arrivedMs: m.arrivedMs,
      nowMs: NOW,
    });
    try {
      const c = await store.register(2026, (agenda) => ({
        value: simpleCase(2026, agenda, {
          channel: 'email',
          applicant: { name: parsed.fields.applicant, email: parsed.fields.email },
          subject: parsed.fields.subject!,
          receivedAt: parsed.fields.receivedAt!,
          mail: { source: { key: parsed.key.key, ...(parsed.key.messageId ? { messageId: parsed.key.messageId } : {}), folder: 'INBOX' } },
        }),
        changes: { agendaNumber: agenda },
      }));
      registered.push(c.id);
    } catch (error) {
      if (!(error instanceof AlreadyRegistered)) throw error;
      skipped.push(m.key.key);
      return 'done' as const;
    }
    if (options.crashAfterRegister) throw new Error('the process died here');
    return 'done' as const;
  };
  return { handle, registered, skipped };
}

const cases = async (store: Store): Promise<Case[]> => store.listCases({}, { first: 2026, last: 2026 });

describe.skipIf(!dovecotAvailable)('the office mailbox on a real IMAP server', () => {
  it('lists the unread messages with their keys, reads them without marking them read, and marks a handled one seen', async () => {
    const server = mailbox();
    const one = await letter(1);
    await deliver(dovecot.port, server.folder, [{ raw: one }, { raw: await letter(2) }, { raw: await letter(3), seen: true }]);
    const box = await openMailbox(server);
    try {
      const listed = await box.newMessages();
      expect(listed.map((m) => m.key.messageId)).toEqual(['<permohonan-1@contoh.go.id>', '<permohonan-2@contoh.go.id>']);
      expect(listed[0]!.key.key).toMatch(/^mid-[0-9a-f]{32}$/);
      expect(listed[0]!.size).toBe(one.length);
      expect(Buffer.from(await box.raw(listed[0]!.uid)).equals(one)).toBe(true);
      // Read, but still unread for the people who use the mailbox too.
      expect((await folderState(dovecot.port, server.folder)).map((s) => s.seen)).toEqual([false, false, true]);
      await box.done(listed[0]!.uid);
      expect((await box.newMessages()).map((m) => m.key.messageId)).toEqual(['<permohonan-2@contoh.go.id>']);
    } finally {
      await box.close();
    }
    expect((await folderState(dovecot.port, server.folder)).map((s) => s.seen)).toEqual([true, false, true]);
  });

  it('moves handled messages to the done folder (made when missing); there, every message left in the folder is new', async () => {
    const server = mailbox({ doneFolder: `Tercatat${folders + 1}` });
    await deliver(dovecot.port, server.folder, [{ raw: await letter(1), seen: true }, { raw: await letter(2) }]);
    const { home, cleanup } = tempHome();
    try {
      const store = openStore(home, () => NOW);
      const r = registrar(store);
      expect(await fetchMailbox(server, r.handle)).toEqual({ done: 2, kept: 0 });
      expect(r.registered).toEqual(['2026-0001', '2026-0002']);
      expect(await folderState(dovecot.port, server.folder)).toEqual([]);
      expect((await folderState(dovecot.port, server.doneFolder)).map((s) => [s.messageId, s.seen])).toEqual([
        ['<permohonan-1@contoh.go.id>', true],
        ['<permohonan-2@contoh.go.id>', true],
      ]);
    } finally {
      cleanup();
    }
  });

  it('registers each message once: fetched twice, two messages with one Message-ID, a crash between registering and marking', async () => {
    const server = mailbox();
    await deliver(dovecot.port, server.folder, [
      { raw: await letter(1) },
      { raw: await letter(1, { subject: 'Dikirim ulang' }) },
      { raw: await letter(2) },
    ]);
    const { home, cleanup } = tempHome();
    try {
      const store = openStore(home, () => NOW);
      // The process dies right after the first registration: the message is still unread in the mailbox.
      const crashing = registrar(store, { crashAfterRegister: true });
      await expect(fetchMailbox(server, crashing.handle)).rejects.toThrow('the process died here');
      expect(crashing.registered).toEqual(['2026-0001']);
      expect((await folderState(dovecot.port, server.folder)).map((s) => s.seen)).toEqual([false, false, false]);
      // The next pass: the first is known (marked now), its duplicate too, the third is new.
      const next = registrar(store);
      expect(await fetchMailbox(server, next.handle)).toEqual({ done: 3, kept: 0 });
      expect(next.registered).toEqual(['2026-0002']);
      expect(next.skipped).toHaveLength(2);
      // And once more: nothing new at all.
      expect(await fetchMailbox(server, registrar(store).handle)).toEqual({ done: 0, kept: 0 });
      expect((await cases(store)).map((c) => c.mail?.source?.messageId)).toEqual([
        '<permohonan-1@contoh.go.id>',
        '<permohonan-2@contoh.go.id>',
      ]);
      expect((await store.check()).findings).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('knows a message without a Message-ID by its headers, the same on every pass and as the parser computes it', async () => {
    const server = mailbox();
    const raw = [
      'From: Warga <warga@contoh.id>',
      'To: persuratan@contoh.go.id',
      'Subject: Pengaduan layanan',
      'Date: Mon, 16 Mar 2026 08:00:00 +0700',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Petugas tidak hadir.',
      '',
    ].join('\r\n');
    await deliver(dovecot.port, server.folder, [{ raw }]);
    const box = await openMailbox(server);
    try {
      const [first] = await box.newMessages();
      const [again] = await box.newMessages();
      expect(first!.key.key).toMatch(/^hdr-[0-9a-f]{32}$/);
      expect(again!.key).toEqual(first!.key);
      const parsed = await parseMessage(await box.raw(first!.uid), { field: 'message', name: 'x.eml', maxAttachmentBytes: LIMIT });
      expect(parsed.key).toEqual(first!.key);
    } finally {
      await box.close();
    }
  });

  it('a message dated in the future counts as received when the server took it in, with a warning', async () => {
    const server = mailbox();
    const arrived = new Date('2026-03-16T09:30:00+07:00');
    await deliver(dovecot.port, server.folder, [{ raw: await letter(7, { date: new Date('2027-01-01T00:00:00Z') }), arrived }]);
    const box = await openMailbox(server);
    try {
      const [m] = await box.newMessages();
      expect(m!.arrivedMs).toBe(arrived.getTime());
      const parsed = await parseMessage(await box.raw(m!.uid), {
        field: 'message',
        name: 'x.eml',
        maxAttachmentBytes: LIMIT,
        arrivedMs: m!.arrivedMs,
        nowMs: NOW,
      });
      expect(parsed.fields.receivedAt).toBe(arrived.toISOString());
      expect(parsed.warnings.map((w) => w.key)).toEqual(['mail.warn.future']);
    } finally {
      await box.close();
    }
  });

  it('a message larger than the limit is listed with its size and left in the mailbox, never downloaded', async () => {
    const server = mailbox();
    const big = await letter(8, {
      attachments: [{ filename: 'scan.pdf', content: Buffer.alloc(LIMIT + 1000, 1), contentType: 'application/pdf' }],
    });
    await deliver(dovecot.port, server.folder, [{ raw: big }]);
    const { home, cleanup } = tempHome();
    try {
      const store = openStore(home, () => NOW);
      let downloaded = false;
      const r = registrar(store);
      const result = await fetchMailbox(server, (m) => {
        const raw = m.raw;
        return r.handle({ ...m, raw: () => ((downloaded = true), raw()) });
      });
      expect(result).toEqual({ done: 0, kept: 1 });
      expect(downloaded).toBe(false);
      expect(await cases(store)).toEqual([]);
      expect((await folderState(dovecot.port, server.folder)).map((s) => s.seen)).toEqual([false]);
    } finally {
      cleanup();
    }
  });

  it('a wrong password, a server that is down, a folder that does not exist: exit 3 with the server answer', async () => {
    const failureOf = async (settings: ImapSettings & { password: string }) => {
      const e = await openMailbox(settings).then(
        async (box) => (await box.close(), undefined),
        (error: unknown) => error,
      );
      expect(e).toBeInstanceOf(MailError);
      expect(exitCodeFor(e)).toBe(3);
      return e as MailError;
    };
    expect(await failureOf({ ...mailbox(), folder: 'TidakAda' })).toMatchObject({ failure: 'folder', params: { folder: 'TidakAda' } });
    expect(await failureOf({ ...mailbox(), port: await closedPort() })).toMatchObject({ failure: 'unreachable', temporary: true });
    // Last: Dovecot makes the next login from the same address wait after a refused one.
    const auth = await failureOf({ ...mailbox(), password: 'salah' });
    expect(auth).toMatchObject({ server: 'imap', failure: 'auth', key: 'mail.imap.auth' });
    expect(auth.answer).not.toContain('salah');
  });
});
