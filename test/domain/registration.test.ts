import { describe, expect, it } from 'vitest';
import { buildCase, registrationDateProblems, type RegistrationInput } from '../../src/domain/registration.js';
import { ProblemList } from '../../src/errors.js';
import { jakartaClock } from '../helpers/calendar.js';

// The shipped profile's periods (5 working days, 1 office hour, 5 days' lead time), IM-NKK shortened
// to 6 months so that its due date stays in a year with a decreed list.
const PERIODS = {
  sosialisasi: { letterWorkingDays: 5, walkinOfficeHours: 1, leadTimeWorkingDays: 5 },
  pengaduan: { letterWorkingDays: 5, walkinOfficeHours: 0, leadTimeWorkingDays: 0 },
  imnkk: { months: 6 },
};
const clock = jakartaClock();
const CODE = 'K7QM-2XNA-P4RT-9HZC';

function input(over: Partial<RegistrationInput> & { received: string }): RegistrationInput {
  const { received, ...rest } = over;
  return {
    kind: 'letter',
    service: 'sosialisasi',
    channel: 'surat',
    receivedBy: 'resepsionis',
    applicant: { name: 'Dinas Kominfo' },
    subject: 'Permohonan narasumber',
    attachments: [],
    receivedMs: Date.parse(received),
    ...rest,
  };
}

describe('a new case: agenda id, due, lead time and IM-NKK clock (March 2026: 18–24 March off but 25 March)', () => {
  it.each<[string, Partial<RegistrationInput> & { received: string }, string | null]>([
    ['a letter on a Monday: 5 working days', { received: '2026-03-02T09:00:00+07:00' }, '2026-03-09'],
    ['a letter on Friday 13 March: over Nyepi and Idul Fitri', { received: '2026-03-13T10:00:00+07:00' }, '2026-03-27'],
    ['a letter at 23:30 UTC counts in Jakarta (the next day)', { received: '2026-03-01T23:30:00Z' }, '2026-03-09'],
    [
      'a walk-in: one office hour',
      { kind: 'walkin', channel: 'langsung', received: '2026-03-02T09:00:00+07:00' },
      '2026-03-02T10:00:00+07:00',
    ],
    [
      'a walk-in at Friday closing: Monday 08.30',
      { kind: 'walkin', channel: 'langsung', received: '2026-03-13T16:30:00+07:00' },
      '2026-03-16T08:30:00+07:00',
    ],
    [
      'a walk-in half an hour before the holidays: 25 March 08.00',
      { kind: 'walkin', channel: 'langsung', received: '2026-03-17T15:30:00+07:00' },
      '2026-03-25T08:00:00+07:00',
    ],
    [
      'a complaint walk-in (no counter hours): the letter rule',
      { service: 'pengaduan', kind: 'walkin', channel: 'langsung', received: '2026-03-02T09:00:00+07:00' },
      '2026-03-09',
    ],
    ['an IM-NKK request with requirements missing: waiting', { service: 'imnkk', received: '2026-03-02T09:00:00+07:00' }, null],
    [
      'an IM-NKK request complete at the counter: receipt + 6 months',
      {
        service: 'imnkk',
        received: '2026-03-02T09:00:00+07:00',
        imnkk: { ethicsRegulation: 'P', sindenAccount: 's', operatorLetter: 'ST', selfAssessment: '2026-03-02' },
      },
      '2026-09-02',
    ],
  ])('%s → %s', (_what, over, due) => {
    const c = buildCase(input(over), 7, PERIODS, 5, clock, CODE);
    expect(c.answerDue).toBe(due);
    expect(c).toMatchObject({ id: `${c.year}-0007`, agendaNumber: 7, trackingCode: CODE, status: 'registered', events: [] });
    if (c.service === 'imnkk') expect(c.imnkk?.clockStart).toBe(due ? '2026-03-02' : undefined);
  });

  it.each<[string, string, { ok: boolean; latestSubmission: string }]>([
    ['two weeks ahead: on time', '2026-03-02T09:00:00+07:00', { ok: true, latestSubmission: '2026-03-10' }],
    ['the Monday before: too late, the 10th was the last day', '2026-03-16T09:00:00+07:00', { ok: false, latestSubmission: '2026-03-10' }],
  ])('an event on 20 March asked %s', (_what, received, expected) => {
    const c = buildCase(input({ received, event: { date: '2026-03-20' } }), 1, PERIODS, 5, clock, CODE);
    expect(c.leadTime).toEqual(expected);
  });

  it('keeps only what was given: no empty letter, event or applicant fields', () => {
    const c = buildCase(
      input({ received: '2026-03-02T09:00:00+07:00', applicant: { name: 'A', email: undefined }, letter: {}, event: {} }),
      1,
      PERIODS,
      5,
      clock,
      CODE,
    );
    expect(c.applicant).toEqual({ name: 'A' });
    expect(c).not.toHaveProperty('letter');
    expect(c).not.toHaveProperty('event');
  });
});

describe('the dates a registration gives', () => {
  it.each<[{ letterDate?: string; eventDate?: string }, string[]]>([
    [{ letterDate: '2026-03-01', eventDate: '2026-03-20' }, []],
    [{ letterDate: '2026-03-02', eventDate: '2026-03-02' }, []],
    [{ letterDate: '2026-03-03' }, ['letterDate']],
    [{ eventDate: '2026-03-01' }, ['eventDate']],
  ])('%j against a receipt on 2 March: problems %j', (dates, fields) => {
    const problems = new ProblemList();
    registrationDateProblems(problems, { received: '2026-03-02', ...dates });
    expect(problems.items.map((p) => p.field)).toEqual(fields);
  });
});
