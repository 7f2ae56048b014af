/** The outbox of a case: queued, each attempt recorded, pending until accepted or given up. */
import { describe, expect, it } from 'vitest';
import type { OutboxAttempt } from '../../src/domain/case-mail.js';
import { cancelMail, outboxOf, pendingMail, queueMail, recordAttempt, type QueuedMail } from '../../src/domain/outbox.js';
import { simpleCase } from '../helpers/store.js';

const mail = (queuedAt: string): QueuedMail => ({
  kind: 'reply',
  to: ['a@contoh.id'],
  cc: [],
  subject: 'Surat Jawaban',
  text: 'Yth.',
  messageId: `<m-${queuedAt}@kasn.go.id>`,
  documents: [],
  queuedAt,
  queuedBy: 'petugas',
});
const attempt = (at: string, ok: boolean, answer: string): OutboxAttempt => ({ at, by: 'petugas', ok, answer });

describe('the outbox', () => {
  it('gives entries ids 1, 2… and keeps the first failed try', () => {
    const c0 = simpleCase(2026, 1);
    const c1 = queueMail(c0, mail('2026-03-16T09:00:00+07:00'), attempt('2026-03-16T09:00:00+07:00', false, 'ECONNREFUSED')).value;
    const c2 = queueMail(c1, { ...mail('2026-03-16T09:05:00+07:00'), kind: 'receipt' });
    expect(c2.value.mail?.outbox?.map((e) => [e.id, e.kind, e.attempts.length])).toEqual([
      ['1', 'reply', 1],
      ['2', 'receipt', 0],
    ]);
    expect(c2.changes).toEqual({
      outbox: '2',
      kind: 'receipt',
      to: ['a@contoh.id'],
      messageId: '<m-2026-03-16T09:05:00+07:00@kasn.go.id>',
    });
  });

  it.each([
    ['a failed try keeps it waiting', [false], 1],
    ['an accepted one sends it', [false, true], 0],
  ] as const)('%s', (_, results, waiting) => {
    let c = queueMail(simpleCase(2026, 1), mail('2026-03-16T09:00:00+07:00')).value;
    results.forEach((ok, i) => (c = recordAttempt(c, '1', attempt(`2026-03-16T1${i}:00:00+07:00`, ok, ok ? '250 Ok' : '451 later')).value));
    expect(pendingMail(c)).toHaveLength(waiting);
    expect(c.mail!.outbox![0]!.attempts.map((a) => a.answer)).toEqual(results.map((ok) => (ok ? '250 Ok' : '451 later')));
  });

  it('records the Message-ID and recipients in the changes of the accepted try only', () => {
    const c = queueMail(simpleCase(2026, 1), mail('t')).value;
    expect(recordAttempt(c, '1', attempt('2026-03-16T10:00:00+07:00', false, '451')).changes).toEqual({
      outbox: '1',
      ok: false,
      answer: '451',
    });
    expect(recordAttempt(c, '1', attempt('2026-03-16T10:00:00+07:00', true, '250')).changes).toEqual({
      outbox: '1',
      ok: true,
      answer: '250',
      messageId: '<m-t@kasn.go.id>',
      to: ['a@contoh.id'],
      cc: [],
    });
  });

  it('never tries a sent or cancelled entry again, and lists only what waits, oldest first', () => {
    const a = queueMail(simpleCase(2026, 1), mail('2026-03-16T09:00:00+07:00')).value;
    const sent = recordAttempt(a, '1', attempt('2026-03-16T10:00:00+07:00', true, '250')).value;
    expect(() => recordAttempt(sent, '1', attempt('2026-03-16T11:00:00+07:00', true, '250'))).toThrow('no longer waits');
    const b = queueMail(simpleCase(2026, 2), mail('2026-03-16T08:00:00+07:00')).value;
    const c = queueMail(simpleCase(2026, 3), mail('2026-03-16T07:00:00+07:00')).value;
    const cancelled = cancelMail(c, '1', { at: '2026-03-16T10:00:00+07:00', by: 'petugas', reason: 'dijawab langsung' }).value;
    expect(outboxOf([sent, b, cancelled, a]).map((o) => o.caseId)).toEqual(['2026-0002', '2026-0001']);
  });
});
