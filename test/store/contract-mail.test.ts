/**
 * What the mail needs of every store, run against each (helpers/stores.ts): a case found by the
 * message it came from, never two cases for one message (even from several handles at once, and
 * without using an agenda number), bytes read back by SHA-256, and an outbox kept on the case.
 */
import { rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { messageKey } from '../../src/domain/message-key.js';
import { outboxOf, pendingMail, queueMail, recordAttempt } from '../../src/domain/outbox.js';
import { AlreadyRegistered } from '../../src/store/already-registered.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

let clock = Date.parse('2026-03-02T09:00:00+07:00');
const now = () => clock;
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
  clock = Date.parse('2026-03-02T09:00:00+07:00');
});

const KEY_A = messageKey([['message-id', '<permohonan-1@contoh.go.id>']]).key;
const KEY_B = messageKey([['message-id', '<permohonan-2@contoh.go.id>']]).key;

const register = (store: Store, key?: string, over: Partial<Case> = {}) =>
  store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, { channel: 'email', ...(key ? { mail: { source: { key, folder: 'INBOX' } } } : {}), ...over }),
    changes: { agendaNumber: agenda },
  }));

describe.each(STORE_KINDS)('the $name store, for the mail', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('finds a case by the message it was registered from, and refuses a second case for that message', async () => {
    const { store, again } = await open();
    await register(store);
    const a = await register(store, KEY_A);
    expect(await store.findByMessageKey(KEY_B)).toBeUndefined();
    expect((await again().findByMessageKey(KEY_A))?.id).toBe(a.id);
    const second = await register(again(), KEY_A).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AlreadyRegistered);
    expect(second).toMatchObject({ caseId: a.id, problems: [{ key: 'mail.alreadyRegistered', params: { id: a.id } }] });
    // The refusal used no agenda number: the next case is the next number, and the store is sound.
    expect((await register(store, KEY_B)).id).toBe('2026-0003');
    expect((await store.listCases({}, { first: 2026, last: 2026 })).length).toBe(3);
    expect((await store.check()).findings).toEqual([]);
  });

  it('makes one case of a message that several handles register at the same moment', async () => {
    const { store, again } = await open();
    const handles = [store, again(), again(), again()];
    const results = await Promise.allSettled(handles.map((h) => register(h, KEY_A)));
    const made = results.filter((r) => r.status === 'fulfilled');
    expect(made.length).toBe(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyRegistered);
    const cases = await store.listCases({}, { first: 2026, last: 2026 });
    expect(cases.map((c) => c.id)).toEqual(['2026-0001']);
    // Gap-free afterwards.
    expect((await register(store)).id).toBe('2026-0002');
  });

  it('reads kept bytes back by SHA-256; an unknown one is exit 2', async () => {
    const { store } = await open();
    const pdf = new TextEncoder().encode('%PDF-1.7 surat jawaban');
    const { sha256 } = await store.storeAttachmentBytes(pdf);
    expect(Buffer.from(await store.readAttachment(sha256)).equals(Buffer.from(pdf))).toBe(true);
    await expect(store.readAttachment('0'.repeat(64))).rejects.toMatchObject({ problems: [{ key: 'mail.storedMissing' }] });
  });

  it('keeps an outbox on the case: queued, each attempt an event of the history, listed until accepted', async () => {
    const { store, again } = await open();
    const c = await register(store, undefined, { applicant: { name: 'Dinas Kominfo', email: 'kominfo@contoh.go.id' } });
    const { sha256 } = await store.storeAttachmentBytes(new TextEncoder().encode('%PDF-1.7'));
    clock += 60_000;
    const queued = await store.update(c.id, 'mail:queue', (x) =>
      queueMail(
        x,
        {
          kind: 'reply',
          to: ['kominfo@contoh.go.id'],
          cc: [],
          subject: 'Surat Jawaban Nomor B-1/JP.01/03/2026 — Hal Jawaban atas Permohonan Sosialisasi',
          text: 'Yth. Dinas Kominfo,',
          messageId: '<loket.1@kasn.go.id>',
          documents: [{ name: 'surat-jawaban-2026-0001.pdf', sha256 }],
          queuedAt: '2026-03-02T09:01:00+07:00',
          queuedBy: 'petugas',
        },
        { at: '2026-03-02T09:01:00+07:00', by: 'petugas', ok: false, answer: 'connect ECONNREFUSED 127.0.0.1:2525' },
      ),
    );
    expect(outboxOf(await again().openCases()).map((o) => [o.caseId, o.entry.id])).toEqual([[c.id, '1']]);
    clock += 60_000;
    const failed = await store.update(c.id, 'mail:attempt', (x) =>
      recordAttempt(x, '1', { at: '2026-03-02T09:02:00+07:00', by: 'petugas', ok: false, answer: '451 4.3.0 try again later' }),
    );
    clock += 60_000;
    const sent = await store.update(c.id, 'mail:attempt', (x) =>
      recordAttempt(x, '1', { at: '2026-03-02T09:03:00+07:00', by: 'petugas', ok: true, answer: '250 2.0.0 Ok: queued' }),
    );
    expect(pendingMail(queued)).toHaveLength(1);
    expect(pendingMail(failed)[0]!.attempts.map((a) => a.ok)).toEqual([false, false]);
    expect(pendingMail(sent)).toEqual([]);
    expect(outboxOf(await again().openCases())).toEqual([]);
    expect(sent.events.slice(1).map((e) => [e.action, e.changes.ok ?? null, e.changes.messageId ?? null])).toEqual([
      ['mail:queue', null, '<loket.1@kasn.go.id>'],
      ['mail:attempt', false, null],
      ['mail:attempt', true, '<loket.1@kasn.go.id>'],
    ]);
    expect((await store.check()).findings).toEqual([]);
  });

  if (kind.name === 'files')
    it('answers the same after its derived key files are deleted (they are rebuilt from the cases)', async () => {
      const { store, home } = await open();
      const a = await register(store, KEY_A);
      const keys = () => readdirSync(join(home, 'store')).filter((n) => n.startsWith('mailkeys-'));
      expect(await store.findByMessageKey(KEY_A)).toMatchObject({ id: a.id });
      expect(keys().length).toBeGreaterThan(0);
      for (const n of keys()) rmSync(join(home, 'store', n));
      expect(await store.findByMessageKey(KEY_A)).toMatchObject({ id: a.id });
      await expect(register(store, KEY_A)).rejects.toBeInstanceOf(AlreadyRegistered);
    });
});
