import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../src/data.js';
import { awaitedPapers, deskLists, type DeskInput, type DeskListKey } from '../../src/domain/desk-lists.js';
import type { Case } from '../../src/domain/model.js';
import type { Officer } from '../../src/domain/profile.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { jakartaClock } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
const clock = jakartaClock();

const OFFICERS: Officer[] = [
  { name: 'Siti Aminah', nip: '', roles: ['penerima'] },
  { name: 'Kepala Pokja', nip: '', roles: ['disposisi'] },
  { name: 'Budi Santoso', nip: '', roles: ['analis'] },
  { name: 'Ani Lestari', nip: '', roles: ['analis'] },
  { name: 'Dr. Ratna Dewi', nip: '', roles: ['penandatangan'] },
];

// Friday 27 November 2026, 10.00 WIB.
const DATE = '2026-11-27';
const NOW = Date.parse('2026-11-27T10:00:00+07:00');
const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`;
const complete = { applicant: { name: 'Dinas Kominfo', contact: '081234567890' } } as const;

const c = (n: number, over: Partial<Case>): Case =>
  simpleCase(2026, n, { receivedAt: at('2026-11-20'), answerDue: '2026-11-27', ...complete, ...over });
const budi = { status: 'disposed' as const, officer: 'Budi Santoso' };

const CASES: Case[] = [
  c(1, { status: 'registered', answerDue: '2026-12-01' }), // 1 not disposed, due Tuesday
  c(2, { status: 'registered', answerDue: '2026-11-26' }), // 2 not disposed, already late
  c(3, { ...budi, answerDue: '2026-11-27' }), // 3 Budi's, due today
  c(4, { ...budi, answerDue: '2026-11-25' }), // 4 Budi's, two working days late
  c(5, { ...budi, answerDue: '2026-12-04' }), // 5 Budi's, due next week
  c(6, { ...budi, answerDue: '2026-12-04', event: { date: '2026-11-30' } }), // 6 Budi's: the event on Monday makes it due today
  c(7, { status: 'disposed', officer: 'Ani Lestari' }), // 7 Ani's
  c(8, { ...budi, kind: 'walkin', channel: 'langsung', receivedAt: at(DATE, '08:00'), answerDue: at(DATE, '09:00') }), // 8 walk-in, an hour late
  c(9, { kind: 'walkin', channel: 'langsung', receivedAt: at(DATE, '09:30'), answerDue: at(DATE, '10:30') }), // 9 walk-in today, in time
  c(10, {
    // 10 Budi asked for the papers and sent the letter: waiting for them
    ...budi,
    status: 'answered',
    decision: { outcome: 'incomplete', missing: ['tor'] },
    answer: { at: at('2026-11-23'), via: 'pos', onTime: true },
  }),
  c(11, { service: 'imnkk', status: 'registered', answerDue: null, applicant: { name: 'Pemkab Contoh' } }), // 11 IM-NKK before its clock
  c(12, {
    // 12 a reply prepared by Budi, waiting for its signature
    ...budi,
    answerDue: '2026-12-03',
    status: 'decided',
    decision: { outcome: 'approved', schedule: at('2026-12-10'), contact: 'Budi, 0812345678' },
    draft: { kind: 'reply', by: 'Budi Santoso', at: at('2026-11-26') },
  }),
  c(13, { ...budi, status: 'answered', answer: { at: at('2026-11-24'), via: 'pos', onTime: true } }), // 13 Budi's, answered: in no list
];

const ids = (items: { id: string }[]) => items.map((i) => Number(i.id.slice(-4)));
const listsOf = (officer: string, over: Partial<DeskInput> = {}) => {
  const desk = deskLists({ cases: CASES, officer, officers: OFFICERS, date: DATE, nowMs: NOW, clock, checklists, ...over });
  return Object.fromEntries(desk.lists.map((l) => [l.key, l.key === 'mail' ? l.count : ids(l.items)])) as Partial<
    Record<DeskListKey, number[] | number>
  >;
};

describe('the start screen of Friday 27 November 2026, 10.00, by who sits at the desk', () => {
  it.each<[string, string, Partial<DeskInput>, Partial<Record<DeskListKey, number[] | number>>]>([
    [
      'a leader: what is not disposed, the late one first (a walk-in of this morning before a letter due Tuesday)',
      'Kepala Pokja',
      {},
      { undisposed: [2, 9, 1, 11] },
    ],
    [
      'an officer: their own cases by the due they work to (the walk-in an hour late, the event on Monday makes case 6 due today)',
      'Budi Santoso',
      {},
      { mine: [4, 8, 3, 6, 12, 5], dueToday: [3, 6], overdue: [4, 8], papers: [10] },
    ],
    ['another officer sees only their own', 'Ani Lestari', {}, { mine: [7], dueToday: [7], overdue: [], papers: [] }],
    ['a signatory: the drafts waiting for a signature', 'Dr. Ratna Dewi', {}, { toSign: [12] }],
    [
      'the counter: every case waiting for papers, and today’s walk-ins in the order they came',
      'Siti Aminah',
      {},
      { papers: [10, 11], walkinsToday: [8, 9] },
    ],
    [
      'the counter with the mailbox connected: its count',
      'Siti Aminah',
      { mailWaiting: 4 },
      { papers: [10, 11], walkinsToday: [8, 9], mail: 4 },
    ],
    [
      'an office that lists no officer: every list, for the name at the desk',
      'Budi Santoso',
      { officers: [] },
      {
        undisposed: [2, 9, 1, 11],
        mine: [4, 8, 3, 6, 12, 5],
        dueToday: [3, 6],
        overdue: [4, 8],
        papers: [10, 11],
        toSign: [12],
        walkinsToday: [8, 9],
      },
    ],
    ['seen at 08.30 the walk-in is not late yet', 'Budi Santoso', { nowMs: Date.parse(at(DATE, '08:30')) }, { overdue: [4] }],
    ['a name written another way is the same officer', '  budi   santoso ', {}, { mine: [4, 8, 3, 6, 12, 5] }],
    ['someone not on the list sees nothing', 'Tamu', {}, {}],
  ])('%s', (_what, officer, over, expected) => {
    const lists = listsOf(officer, over);
    for (const [key, value] of Object.entries(expected)) expect(lists[key as DeskListKey], key).toEqual(value);
    if (!Object.keys(expected).length) expect(lists).toEqual({});
  });

  it('keeps a protected reporter out of every line, and says what a waiting case still lacks and who prepared a draft', () => {
    const wbs = c(20, { service: 'pengaduan', channel: 'wbs', status: 'registered', report: { type: 'pengaduan', protectIdentity: true } });
    const desk = deskLists({ cases: [...CASES, wbs], officer: 'Kepala Pokja', officers: [], date: DATE, nowMs: NOW, clock, checklists });
    const undisposed = desk.lists.find((l) => l.key === 'undisposed')?.items.find((i) => i.id === wbs.id);
    expect(undisposed).toMatchObject({ applicant: '', identity: 'protected', reportType: 'pengaduan' });
    expect(desk.lists.find((l) => l.key === 'papers')?.items.find((i) => i.id === '2026-0010')?.missing).toEqual(['tor']);
    expect(desk.lists.find((l) => l.key === 'toSign')?.items[0]?.draft).toEqual({ kind: 'reply', by: 'Budi Santoso' });
  });
});

describe('the IM-NKK team: each agency, its stage and its next date', () => {
  const imnkk = (n: number, over: Partial<Case>): Case =>
    c(n, { service: 'imnkk', status: 'disposed', officer: 'Budi Santoso', applicant: { name: `Pemda ${n}` }, ...over });
  const running = { requirements: {}, verifications: [], clockStart: '2026-02-02' };
  const cases = [
    imnkk(31, { answerDue: null, imnkk: { requirements: {}, verifications: [] } }),
    imnkk(32, { answerDue: '2027-02-02', imnkk: { ...running } }),
    imnkk(33, {
      answerDue: '2027-01-04',
      imnkk: { ...running, verifications: [{ date: '2026-12-08', mode: 'luring', team: ['Budi'], planned: true }] },
    }),
    imnkk(34, {
      answerDue: '2026-12-15',
      imnkk: { ...running, verifications: [{ date: '2026-10-01', mode: 'daring', team: [] }] },
    }),
    imnkk(35, { status: 'answered', answerDue: '2026-11-02', imnkk: { ...running } }),
  ];

  it.each<[number, string, { date: string; what: string } | null]>([
    [33, 'verification', { date: '2026-12-08', what: 'visit' }],
    [34, 'verification', { date: '2026-12-15', what: 'due' }],
    [32, 'self-assessment', { date: '2027-02-02', what: 'due' }],
    [31, 'waiting', null],
  ])('case %i: %s, next %o (soonest first; an answered one is not listed)', (n, stage, next) => {
    const rows = deskLists({ cases, officer: 'Budi Santoso', officers: OFFICERS, date: DATE, nowMs: NOW, clock, checklists }).imnkk ?? [];
    expect(rows.map((r) => Number(r.id.slice(-2)))).toEqual([33, 34, 32, 31]);
    expect(rows.find((r) => r.id.endsWith(String(n)))).toMatchObject({ stage, next, agency: `Pemda ${n}` });
  });

  it('is not shown to those off the team', () => {
    expect(
      deskLists({ cases, officer: 'Dr. Ratna Dewi', officers: OFFICERS, date: DATE, nowMs: NOW, clock, checklists }).imnkk,
    ).toBeUndefined();
  });
});

describe('which cases wait for papers', () => {
  it.each<[string, Partial<Case>, boolean]>([
    ['asked for them, letter sent, still missing', { status: 'answered', decision: { outcome: 'incomplete', missing: ['tor'] } }, true],
    ['asked for them, letter not sent yet', { status: 'decided', decision: { outcome: 'incomplete', missing: ['tor'] } }, true],
    [
      'asked for them and they came',
      {
        status: 'answered',
        decision: { outcome: 'incomplete', missing: ['tor'] },
        attachments: [{ role: 'tor', name: 'tor.pdf', sha256: 'x', size: 1 }],
      },
      false,
    ],
    ['only missing, never asked', { status: 'disposed' }, false],
    ['an IM-NKK request before its clock', { service: 'imnkk', answerDue: null }, true],
    ['approved and answered', { status: 'answered', decision: { outcome: 'approved' } }, false],
  ])('%s: %s', (_what, over, expected) => {
    expect(awaitedPapers(c(40, { applicant: { name: 'X' }, ...over }), checklists).length > 0).toBe(expected);
  });
});
