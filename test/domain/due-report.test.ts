import { describe, expect, it } from 'vitest';
import { dueReport, type DueQuery } from '../../src/domain/due-report.js';
import type { Case } from '../../src/domain/model.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { readPackageJson } from '../../src/data.js';
import { jakartaClock } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
const clock = jakartaClock();

let n = 0;
const open = (answerDue: string | null, over: Partial<Case> = {}) =>
  simpleCase(2026, ++n, { service: 'pengaduan', answerDue, receivedAt: '2026-03-10T09:00:00+07:00', ...over });

// Wednesday 25 March 2026, 09.00 WIB: the first working day after Nyepi and Idul Fitri (18–24 March).
const DAY: DueQuery = { date: '2026-03-25', nowMs: Date.parse('2026-03-25T09:00:00+07:00'), within: 3 };
const cases = [
  open('2026-03-17'), // 1: letter, one working day late (18–24 are not working days)
  open('2026-03-25'), // 2: letter due today
  open('2026-03-30'), // 3: letter due on the third working day ahead (26, 27, 30)
  open('2026-03-31'), // 4: beyond the horizon
  open('2026-03-25T08:00:00+07:00', { kind: 'walkin' }), // 5: walk-in, an office hour late at 09.00
  open('2026-03-25T10:00:00+07:00', { kind: 'walkin' }), // 6: walk-in due later today
  open('2026-03-16', { status: 'answered' }), // 7: answered: not in the report
  open(null, { service: 'imnkk', receivedAt: '2026-03-05T09:00:00+07:00' }), // 8: IM-NKK waiting for requirements
  open('2026-03-26', { officer: 'Budi Santoso', service: 'sosialisasi' }), // 9: upcoming, Budi's
];
const ids = (items: { id: string }[]) => items.map((i) => i.id.slice(-1));

// Within a group, by deadline: a date is due at the end of its day, so a walk-in due at 10.00 comes first.
describe('the morning report of 25 March 2026', () => {
  it.each<[string, Partial<DueQuery>, { overdue: string[]; dueToday: string[]; upcoming: string[]; waiting: string[] }]>([
    ['everything, within 3 working days', {}, { overdue: ['1', '5'], dueToday: ['6', '2'], upcoming: ['9', '3'], waiting: ['8'] }],
    ['within 0 days: nothing upcoming', { within: 0 }, { overdue: ['1', '5'], dueToday: ['6', '2'], upcoming: [], waiting: ['8'] }],
    ["Budi's cases (any case of the name)", { officer: 'budi' }, { overdue: [], dueToday: [], upcoming: ['9'], waiting: [] }],
    ['only sosialisasi', { service: 'sosialisasi' }, { overdue: [], dueToday: [], upcoming: ['9'], waiting: [] }],
    [
      'the same day seen at 07.00: the walk-in due at 08.00 is not late yet',
      { nowMs: Date.parse('2026-03-25T07:00:00+07:00') },
      { overdue: ['1'], dueToday: ['5', '6', '2'], upcoming: ['9', '3'], waiting: ['8'] },
    ],
    [
      'the report for 24 March (a cuti bersama day), at its end',
      { date: '2026-03-24' },
      { overdue: ['1'], dueToday: [], upcoming: ['5', '6', '2', '9'], waiting: ['8'] },
    ],
  ])('%s', (_what, query, expected) => {
    const r = dueReport(cases, { ...DAY, ...query }, clock, checklists);
    expect({ overdue: ids(r.overdue), dueToday: ids(r.dueToday), upcoming: ids(r.upcoming), waiting: ids(r.waiting) }).toEqual(expected);
  });

  it('says how late: working days for a letter, office minutes for a walk-in', () => {
    const r = dueReport(cases, DAY, clock, checklists);
    expect(r.overdue.map((i) => [i.lateWorkingDays, i.lateOfficeMinutes])).toEqual([
      [1, undefined],
      [undefined, 60],
    ]);
  });

  it('lists what a waiting case lacks and since when; personal data only when asked', () => {
    const r = dueReport(cases, { ...DAY, includePersonalData: true }, clock, checklists);
    expect(r.waiting[0]).toMatchObject({
      since: '2026-03-05',
      missing: ['ethics-regulation', 'sinden-account', 'operator-letter', 'self-assessment'],
    });
    const withContact = dueReport(
      [open('2026-03-25', { applicant: { name: 'A', contact: '0812345678' } })],
      { ...DAY, includePersonalData: true },
      clock,
      checklists,
    );
    expect(withContact.dueToday[0]?.contact).toBe('0812345678');
    const without = dueReport([open('2026-03-25', { applicant: { name: 'A', contact: '0812345678' } })], DAY, clock, checklists);
    expect(without.dueToday[0]).not.toHaveProperty('contact');
  });
});
