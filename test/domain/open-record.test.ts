import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../src/data.js';
import { dueReport, dueReportOf, type DueQuery } from '../../src/domain/due-report.js';
import type { Case } from '../../src/domain/model.js';
import {
  isOpenRecord,
  openRecordOf,
  OPEN_RECORD_VERSION,
  recordDifferences,
  sameOpenRecord,
  type OpenRecord,
} from '../../src/domain/open-record.js';
import { REQUIREMENT_KEYS, type Checklists } from '../../src/domain/requirements.js';
import { jakartaClock } from '../helpers/calendar.js';
import { referenceDueReport } from '../helpers/due-reference.js';
import { simpleCase } from '../helpers/store.js';
import { variedCases } from '../helpers/varied-cases.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
const clock = jakartaClock();
const EVENT = { at: '2026-03-02T09:00:00+07:00', by: 'resepsionis', action: 'register', changes: {} };
const base = (over: Partial<Case> = {}) =>
  simpleCase(2026, 7, {
    applicant: { name: 'Siti Aminah', institution: 'Dinas Kominfo', contact: '0812-1111-2222', email: 'siti@contoh.id' },
    events: [EVENT],
    ...over,
  });
const headline = { v: OPEN_RECORD_VERSION, id: '2026-0007', agendaNumber: 7, kind: 'letter' as const, since: '2026-03-02', events: 1 };

describe('the compact record of an open case', () => {
  it.each<[string, Partial<Case>, Partial<OpenRecord> | undefined]>([
    [
      'a letter: the applicant line, contact, e-mail and due',
      {},
      {
        ...headline,
        service: 'sosialisasi',
        status: 'registered',
        channel: 'surat',
        subject: 'Permohonan nomor 7',
        applicant: 'Siti Aminah, Dinas Kominfo',
        contact: '0812-1111-2222',
        email: 'siti@contoh.id',
        answerDue: '2026-03-09',
      },
    ],
    [
      'a walk-in with its officer and event: due at an instant',
      {
        kind: 'walkin',
        answerDue: '2026-03-02T10:00:00+07:00',
        officer: 'Budi Santoso',
        status: 'disposed',
        event: { date: '2026-03-20' },
      },
      { kind: 'walkin', answerDue: '2026-03-02T10:00:00+07:00', officer: 'Budi Santoso', status: 'disposed', eventDate: '2026-03-20' },
    ],
    [
      'a protected report (protectIdentity): no name, no contact, no e-mail',
      { service: 'pengaduan', report: { type: 'pengaduan', protectIdentity: true } },
      { applicant: '', identity: 'protected', reportType: 'pengaduan', contact: undefined, email: undefined },
    ],
    [
      'a report through wbs: protected whatever it says',
      { service: 'pengaduan', channel: 'wbs', report: { type: 'saran' } },
      { applicant: '', identity: 'protected', reportType: 'saran', contact: undefined, email: undefined, channel: 'wbs' },
    ],
    [
      'an anonymous report',
      { service: 'pengaduan', report: { type: 'masukan', anonymous: true } },
      { applicant: '', identity: 'anonymous', reportType: 'masukan', contact: undefined, email: undefined },
    ],
    [
      'a report in the open: its reporter shown',
      { service: 'pengaduan', channel: 'lapor', report: { type: 'apresiasi' } },
      { applicant: 'Siti Aminah, Dinas Kominfo', identity: undefined, reportType: 'apresiasi', contact: '0812-1111-2222' },
    ],
    [
      'an IM-NKK case waiting for its requirements: what it meets, its checklist left to the report',
      {
        service: 'imnkk',
        answerDue: null,
        imnkk: { requirements: { ethicsRegulation: 'Perwal 1/2026' }, verifications: [] },
        requirements: { 'self-assessment': { met: true, at: EVENT.at, by: 'x' }, 'a-new-key': { met: true, at: EVENT.at, by: 'x' } },
      },
      {
        answerDue: null,
        met: ['identity', 'contact', 'email', 'ethics-regulation', 'self-assessment', 'a-new-key'],
      },
    ],
    ['an answered case: none', { status: 'answered' }, undefined],
    ['an archived case: none', { status: 'archived' }, undefined],
  ])('%s', (_what, over, expected) => {
    const r = openRecordOf(base(over));
    if (!expected) return expect(r).toBeUndefined();
    expect(r).toMatchObject(JSON.parse(JSON.stringify(expected)));
    for (const [key, value] of Object.entries(expected)) if (value === undefined) expect(r).not.toHaveProperty(key);
    expect(isOpenRecord(r)).toBe(true);
  });

  it('never holds a shielded reporter anywhere in it', () => {
    for (const report of [{ protectIdentity: true }, { anonymous: true }, {}]) {
      const c = base({
        service: 'pengaduan',
        channel: 'anonymous' in report || 'protectIdentity' in report ? 'surat' : 'wbs',
        report: { type: 'pengaduan', ...report },
      });
      const text = JSON.stringify(openRecordOf(c));
      for (const word of ['Siti', 'Kominfo', '0812', 'contoh.id']) expect(text).not.toContain(word);
    }
  });

  it('knows every requirement key the shipped checklists ask for', () => {
    const keys = Object.values(checklists).flatMap((kinds) => Object.values(kinds).flat());
    expect(keys.filter((k) => !(REQUIREMENT_KEYS as readonly string[]).includes(k))).toEqual([]);
  });

  it.each<[string, (r: Record<string, unknown>) => void]>([
    ['another version', (r) => (r.v = OPEN_RECORD_VERSION + 1)],
    ['no id', (r) => delete r.id],
    ['a number as the subject', (r) => (r.subject = 7)],
    ['a name beside a shield', (r) => ((r.identity = 'protected'), (r.applicant = 'Siti'))],
    ['met not a list of keys', (r) => (r.met = 'identity')],
    ['no count of events', (r) => delete r.events],
  ])('is not taken for a record: %s', (_what, spoil) => {
    const r = { ...openRecordOf(base())! } as unknown as Record<string, unknown>;
    spoil(r);
    expect(isOpenRecord(r)).toBe(false);
  });

  it('tells records apart whatever the order of their fields, and says which differ', () => {
    const a = openRecordOf(base())!;
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as OpenRecord;
    expect(sameOpenRecord(a, reordered)).toBe(true);
    expect(sameOpenRecord(a, { ...a, officer: 'Budi' })).toBe(false);
    const b = openRecordOf(simpleCase(2026, 8, { events: [EVENT] }))!;
    const c = openRecordOf(simpleCase(2026, 9, { events: [EVENT] }))!;
    expect(recordDifferences([reordered, b], [a, b])).toEqual([]);
    expect(recordDifferences([{ ...a, subject: 'lain' }, c], [a, b])).toEqual(['2026-0007', '2026-0008', '2026-0009']);
  });
});

describe('the report from records is the report from whole cases', () => {
  const cases = variedCases(120).map((c) => ({ ...c, events: [EVENT] }));
  const DAY: DueQuery = { date: '2026-03-25', nowMs: Date.parse('2026-03-25T09:00:00+07:00'), within: 3 };
  it.each<[string, Partial<DueQuery>]>([
    ['the day', {}],
    ['with personal data', { includePersonalData: true }],
    ['another day, within 5', { date: '2026-03-20', within: 5 }],
    ["Budi's (any case)", { officer: 'budi' }],
    ['pengaduan of one type', { service: 'pengaduan', reportType: 'saran' }],
    ['one channel', { channel: 'wbs', includePersonalData: true }],
    ['within 0, early in the morning', { within: 0, nowMs: Date.parse('2026-03-25T07:00:00+07:00') }],
  ])('%s', (_what, query) => {
    const q = { ...DAY, ...query };
    const expected = referenceDueReport(cases, q, clock, checklists);
    const records = cases.map(openRecordOf).filter((r): r is OpenRecord => !!r);
    // Byte for byte, keys in the same order: what --json prints.
    expect(JSON.stringify(dueReportOf(records, q, clock, checklists))).toBe(JSON.stringify(expected));
    expect(dueReport(cases, q, clock, checklists)).toStrictEqual(expected);
    expect(expected.overdue.length + expected.dueToday.length + expected.upcoming.length + expected.waiting.length).toBeGreaterThan(0);
  });
});
