import { describe, expect, it } from 'vitest';
import { recordCaseRequirements } from '../../src/domain/requirement-records.js';
import type { Case } from '../../src/domain/model.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { readPackageJson } from '../../src/data.js';
import { jakartaClock } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
const periods = {
  sosialisasi: { letterWorkingDays: 5, walkinOfficeHours: 1, leadTimeWorkingDays: 5 },
  pengaduan: { letterWorkingDays: 5, walkinOfficeHours: 0, leadTimeWorkingDays: 0 },
  imnkk: { months: 12 },
};
const clock = jakartaClock();
// A complaint lacks its contact only; it was answered "incomplete" on 3 March.
const complaint = (over: Partial<Case> = {}) =>
  simpleCase(2026, 1, {
    service: 'pengaduan',
    applicant: { name: 'Siti', type: 'perorangan' },
    answerDue: '2026-03-09',
    ...over,
  });
const answeredIncomplete = complaint({
  status: 'answered',
  officer: 'Budi',
  decision: { outcome: 'incomplete', missing: ['contact'] },
  answer: { at: '2026-03-03T10:00:00+07:00', via: 'email', onTime: true },
});
const at = (iso: string) => Date.parse(iso);

describe('requirements recorded by hand', () => {
  it.each<[string, Case, Parameters<typeof recordCaseRequirements>[1], Partial<Case>]>([
    [
      'the last one met after an "incomplete" answer: reopened, due 5 working days from that moment',
      answeredIncomplete,
      { met: ['contact'], ref: 'telepon 0812', atMs: at('2026-03-17T10:00:00+07:00'), by: 'Siti' },
      { status: 'disposed', answerDue: '2026-03-31', requirementsCompleteAt: '2026-03-17T10:00:00+07:00', reopenCount: 1 },
    ],
    [
      'the last one met while waiting for the first answer: the due date from receipt stays',
      complaint(),
      { met: ['contact'], atMs: at('2026-03-04T10:00:00+07:00'), by: 'Siti' },
      { status: 'registered', answerDue: '2026-03-09', requirementsCompleteAt: '2026-03-04T10:00:00+07:00' },
    ],
    [
      'found not met: still missing, the reason kept',
      complaint({ applicant: { name: 'Siti', type: 'perorangan', contact: '0812345678' } }),
      { met: [], unmet: { key: 'contact', reason: 'nomor tidak aktif' }, atMs: at('2026-03-04T10:00:00+07:00'), by: 'Siti' },
      {
        status: 'registered',
        requirements: { contact: { met: false, at: '2026-03-04T10:00:00+07:00', by: 'Siti', reason: 'nomor tidak aktif' } },
      },
    ],
  ])('%s', (_what, c, change, expected) => {
    const { value } = recordCaseRequirements(c, change, checklists, periods, clock);
    expect(value).toMatchObject(expected);
  });

  it('a key the case does not ask for is refused, naming those it does', () => {
    expect(() =>
      recordCaseRequirements(complaint(), { met: ['tor'], atMs: at('2026-03-04T10:00:00+07:00'), by: 'Siti' }, checklists, periods, clock),
    ).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: 'met', key: 'input.requirementKey' })] }));
  });
});
