import { describe, expect, it } from 'vitest';
import type { Case, Status } from '../../src/domain/model.js';
import {
  analyse,
  assertAllowed,
  decide,
  dispose,
  letterOf,
  recordReply,
  reopen,
  replyKind,
  send,
  type Step,
} from '../../src/domain/workflow.js';
import { simpleCase } from '../helpers/store.js';

const tz = 'Asia/Jakarta';
const at = (s: string) => Date.parse(s);
const base = (over: Partial<Case> = {}) => simpleCase(2026, 1, { answerDue: '2026-03-09', ...over });

describe('which step may follow which', () => {
  it.each([
    ['dispose', 'registered', true],
    ['dispose', 'disposed', true],
    ['dispose', 'answered', false],
    ['analyse', 'registered', false],
    ['analyse', 'disposed', true],
    ['decide', 'registered', false],
    ['decide', 'disposed', false],
    ['decide', 'analysed', true],
    ['reply', 'analysed', false],
    ['reply', 'decided', true],
    ['send', 'analysed', false],
    ['send', 'decided', true],
    ['send', 'answered', false],
    ['reopen', 'decided', false],
    ['reopen', 'answered', true],
  ] as [Step, Status, boolean][])('%s from %s: %s', (action, status, allowed) => {
    const run = () => assertAllowed(base({ status }), action);
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('a walk-in may be decided directly at the counter', () => {
    expect(() => assertAllowed(base({ kind: 'walkin', status: 'registered' }), 'decide')).not.toThrow();
    expect(() => assertAllowed(base({ kind: 'letter', status: 'registered' }), 'decide')).toThrow();
  });

  it('names what must happen first', () => {
    expect(() => assertAllowed(base({ status: 'analysed' }), 'reply')).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ field: 'status', params: expect.objectContaining({ need: 'decide', status: 'analysed' }) })],
      }),
    );
  });
});

describe('the steps', () => {
  const disposed = dispose(base(), { to: 'Budi', urgency: 'segera', atMs: at('2026-03-02T03:00:00Z'), by: 'Kepala', timeZone: tz }).value;
  const analysed = analyse(disposed, { feasible: true, mode: 'daring' }).value;

  it('disposition records officer, urgency, who and when', () => {
    expect(disposed).toMatchObject({
      status: 'disposed',
      officer: 'Budi',
      disposition: { to: 'Budi', urgency: 'segera', by: 'Kepala', at: '2026-03-02T10:00:00+07:00' },
    });
  });

  it('approval keeps schedule in the office zone, contact and the event place', () => {
    const d = decide(
      { ...analysed, event: { place: 'Aula' } },
      { outcome: 'approved', scheduleMs: at('2026-03-10T02:00:00Z'), contact: 'Budi, 0812-1111', timeZone: tz },
    ).value;
    expect(d.decision).toEqual({ outcome: 'approved', schedule: '2026-03-10T09:00:00+07:00', contact: 'Budi, 0812-1111', place: 'Aula' });
  });

  it('approval after an analysis that says infeasible is refused', () => {
    const no = analyse(disposed, { feasible: false }).value;
    expect(() =>
      decide(no, { outcome: 'approved', scheduleMs: at('2026-03-10T02:00:00Z'), contact: 'Budi, 0812-1111', timeZone: tz }),
    ).toThrow();
  });

  it.each([
    ['registered', true],
    ['disposed', true],
    ['answered', false],
  ] as [Status, boolean][])('incomplete straight from %s: %s', (status, allowed) => {
    const run = () => decide(base({ status }), { outcome: 'incomplete', missing: ['tor'] });
    if (allowed) expect(run().value.decision).toEqual({ outcome: 'incomplete', missing: ['tor'] });
    else expect(run).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('incomplete needs something missing', () => {
    expect(() => decide(analysed, { outcome: 'incomplete', missing: [] })).toThrow();
    expect(decide(analysed, { outcome: 'incomplete', missing: ['tor'] }).value.decision).toEqual({
      outcome: 'incomplete',
      missing: ['tor'],
    });
  });

  it.each([
    ['2026-03-09T16:59:00+07:00', true, 'on the due day'],
    ['2026-03-10T08:00:00+07:00', false, 'the next morning'],
  ])('send at %s is on time: %s (%s)', (when, onTime) => {
    const decided = {
      ...decide(analysed, { outcome: 'declined', reason: 'x' }).value,
      reply: { letterNumber: 'B-1', seq: 1, year: 2026, date: '2026-03-05' },
    };
    expect(send(decided, { via: 'email', atMs: at(when), timeZone: tz }).value).toMatchObject({ status: 'answered', answer: { onTime } });
  });

  it('an answer on the event day is on time by the standard but not before the event', () => {
    const decided = {
      ...decide({ ...analysed, event: { date: '2026-03-06' } }, { outcome: 'declined', reason: 'x' }).value,
      reply: { letterNumber: 'B-1', seq: 1, year: 2026, date: '2026-03-05' },
    };
    expect(send(decided, { via: 'email', atMs: at('2026-03-06T01:00:00Z'), timeZone: tz }).value.answer).toMatchObject({
      onTime: true,
      beforeEvent: false,
    });
    expect(send(decided, { via: 'email', atMs: at('2026-03-05T01:00:00Z'), timeZone: tz }).value.answer).toMatchObject({
      beforeEvent: true,
    });
  });

  it('a letter cannot be sent without its reply; a walk-in answered at the counter can', () => {
    const decided = decide(analysed, { outcome: 'declined', reason: 'x' }).value;
    expect(() => send(decided, { via: 'email', atMs: at('2026-03-05T03:00:00Z'), timeZone: tz })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ key: 'input.replyFirst' })] }),
    );
    const walkin = decide(base({ kind: 'walkin', answerDue: '2026-03-02T10:00:00+07:00' }), {
      outcome: 'declined',
      reason: 'x',
    }).value;
    expect(() => send(walkin, { via: 'langsung', atMs: at('2026-03-02T02:30:00Z'), timeZone: tz })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'note' })] }),
    );
    expect(
      send(walkin, { via: 'langsung', atMs: at('2026-03-02T02:30:00Z'), timeZone: tz, note: 'Diarahkan ke kanal daring', by: 'Siti' }).value
        .answer,
    ).toEqual({
      at: '2026-03-02T09:30:00+07:00',
      via: 'langsung',
      onTime: true,
      note: 'Diarahkan ke kanal daring',
      by: 'Siti',
    });
  });

  it.each<[string, Partial<Case>, { via: string; note?: string }, 'information' | 'refused']>([
    [
      'a visitor who only asked, at the counter',
      { kind: 'walkin', status: 'registered' },
      { via: 'langsung', note: 'Dijelaskan cara mengajukan' },
      'information',
    ],
    ['a letter that only asked, answered by e-mail', { status: 'disposed' }, { via: 'email', note: 'Persyaratan dikirim' }, 'information'],
    ['after the analysis, before a decision', { status: 'analysed' }, { via: 'pos', note: 'Informasi dikirim' }, 'information'],
    ['without saying what was said', { kind: 'walkin', status: 'registered' }, { via: 'langsung' }, 'refused'],
    ['an IM-NKK assessment', { service: 'imnkk', status: 'registered' }, { via: 'langsung', note: 'x' }, 'refused'],
    ['a complaint', { service: 'pengaduan', status: 'registered' }, { via: 'langsung', note: 'x' }, 'refused'],
    ['closed without any answer', { status: 'registered' }, { via: 'none', note: 'x' }, 'refused'],
  ])('answered with information alone: %s → %s', (_what, over, input, expected) => {
    const run = () => send(base(over), { ...input, atMs: at('2026-03-02T03:00:00Z'), timeZone: tz });
    if (expected === 'refused') expect(run).toThrow(expect.objectContaining({ name: 'InputError' }));
    else expect(run().value).toMatchObject({ status: 'answered', answer: { information: true, note: input.note, via: input.via } });
  });

  it('reopen keeps the history and gives the next reply a new letter kind', () => {
    const answered = base({
      status: 'answered',
      officer: 'Budi',
      answer: { at: '2026-03-05T09:00:00+07:00', via: 'email', onTime: true },
      reply: { letterNumber: 'B-1', seq: 1, year: 2026, date: '2026-03-05' },
    });
    const { value, changes } = reopen(answered, 'jadwal berubah');
    expect(value).toMatchObject({ status: 'disposed', reopenCount: 1 });
    expect(value.answer).toBeUndefined();
    expect(changes).toMatchObject({ reason: 'jadwal berubah', previousAnswer: answered.answer });
    expect(replyKind(answered)).toBe('reply');
    expect(replyKind(value)).toBe('reply-2');
  });
});

describe('the reply letter number', () => {
  const letter = { number: 'B-7/JP.01/03/2026', seq: 7, year: 2026, date: '2026-03-18' };
  it('is recorded on a decided case and read back the same', () => {
    const { value, changes } = recordReply(base({ status: 'decided' }), letter);
    expect(value.reply).toEqual({ letterNumber: 'B-7/JP.01/03/2026', seq: 7, year: 2026, date: '2026-03-18' });
    expect(letterOf(value.reply!)).toEqual(letter);
    expect(changes).toEqual({ letterNumber: 'B-7/JP.01/03/2026', date: '2026-03-18' });
  });
  it('is refused before a decision', () => {
    expect(() => recordReply(base({ status: 'analysed' }), letter)).toThrow(expect.objectContaining({ name: 'InputError' }));
  });
});
