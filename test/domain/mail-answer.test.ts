/** The answer step when the answer leaves by e-mail, and a retry from the outbox, as tables of cases. */
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/domain/case-mail.js';
import { answeredByMail, isAnswerMail, outboxAttempt } from '../../src/domain/mail-answer.js';
import type { Case } from '../../src/domain/model.js';
import { simpleCase } from '../helpers/store.js';

const TZ = 'Asia/Jakarta';
const at = (iso: string) => Date.parse(iso);
const MAIL = { messageId: '<loket.1@kasn.go.id>', to: ['kominfo@contoh.go.id'], cc: ['arsip@kasn.go.id'], answer: '250 Ok' };

function entry(id: string, kind: string, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id,
    kind,
    to: ['kominfo@contoh.go.id'],
    cc: [],
    subject: 's',
    text: 't',
    messageId: `<loket.${id}@kasn.go.id>`,
    documents: [],
    queuedAt: '2026-03-10T09:00:00+07:00',
    queuedBy: 'petugas',
    attempts: [],
    ...over,
  };
}

const decided = (outbox: OutboxEntry[] = []): Case =>
  simpleCase(2026, 1, {
    status: 'decided',
    decision: { outcome: 'declined', reason: 'Penuh', at: '2026-03-05T09:00:00+07:00', by: 'b' },
    reply: { letterNumber: 'B-1/JP.01/03/2026', seq: 1, year: 2026, date: '2026-03-06' },
    mail: { outbox },
  } as Partial<Case>);

describe('which e-mails answer their case', () => {
  it.each([
    ['reply', true],
    ['report', true],
    ['thanks', true],
    ['certificate', true],
    ['recommendation', true],
    ['receipt', false],
  ])('%s: %s', (kind, answers) => expect(isAnswerMail({ kind })).toBe(answers));
});

describe('answered by e-mail', () => {
  it.each([
    ['before the due date', '2026-03-09T10:00:00+07:00', true],
    ['after the due date', '2026-03-10T10:00:00+07:00', false],
  ])('accepted %s: answered, onTime %s, the mail named in the changes', (_when, iso, onTime) => {
    const { value, changes } = answeredByMail(decided(), { atMs: at(iso), timeZone: TZ, by: 'petugas', mail: MAIL });
    expect(value).toMatchObject({ status: 'answered', answer: { via: 'email', at: iso, onTime } });
    expect(changes).toEqual({ status: 'answered', at: iso, via: 'email', onTime, ...MAIL });
  });

  it('gives up another answer still waiting in the outbox, and leaves a waiting receipt alone', () => {
    const c = decided([entry('1', 'reply'), entry('2', 'receipt')]);
    const { value } = answeredByMail(c, { atMs: at('2026-03-09T10:00:00+07:00'), timeZone: TZ, by: 'petugas', mail: MAIL });
    expect(value.mail?.outbox?.map((e) => [e.id, e.cancelled?.reason ?? null])).toEqual([
      ['1', 'answered'],
      ['2', null],
    ]);
  });

  it('refuses a case that cannot be answered yet, as the send step does', () => {
    const registered = simpleCase(2026, 1);
    expect(() => answeredByMail(registered, { atMs: at('2026-03-09T10:00:00+07:00'), timeZone: TZ, by: 'p', mail: MAIL })).toThrow();
  });
});

describe('a retry from the outbox', () => {
  const attempt = (ok: boolean, iso = '2026-03-09T10:00:00+07:00') => ({
    at: iso,
    atMs: at(iso),
    timeZone: TZ,
    by: 'petugas',
    ok,
    answer: ok ? '250 Ok' : '421 try later',
  });

  it.each([
    ['an answer accepted', 'reply', true, true, 'answered'],
    ['an answer refused', 'reply', false, false, 'decided'],
    ['a receipt accepted', 'receipt', true, false, 'decided'],
  ])('%s: answered %s', (_what, kind, ok, answered, status) => {
    const change = outboxAttempt(decided([entry('1', kind)]), '1', attempt(ok));
    expect(change.answered).toBe(answered);
    expect(change.value.status).toBe(status);
    expect(change.value.mail?.outbox?.[0]?.attempts).toHaveLength(1);
    expect(!!change.value.mail?.outbox?.[0]?.sentAt).toBe(ok);
  });

  it('an answer accepted for a case answered another way meanwhile keeps its attempt, and answers nothing', () => {
    const answered = { ...decided([entry('1', 'reply')]), status: 'answered' as const };
    const change = outboxAttempt(answered, '1', attempt(true));
    expect(change.answered).toBe(false);
    expect(change.value.mail?.outbox?.[0]?.sentAt).toBe('2026-03-09T10:00:00+07:00');
  });
});
