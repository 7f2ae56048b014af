import { describe, expect, it } from 'vitest';
import { answerDue, answeredOnTime, imnkkDue, leadTime } from '../../src/domain/deadlines.js';
import { parseInstant } from '../../src/domain/instants.js';
import { jakartaClock, shippedCalendar } from '../helpers/calendar.js';

const periods = {
  sosialisasi: { letterWorkingDays: 5, walkinOfficeHours: 1, leadTimeWorkingDays: 5 },
  pengaduan: { letterWorkingDays: 5, walkinOfficeHours: 0, leadTimeWorkingDays: 0 },
  imnkk: { months: 12 },
};
const clock = jakartaClock();
const at = (s: string) => parseInstant(s, 'Asia/Jakarta')!;

describe('answer due for a new case', () => {
  it.each([
    ['sosialisasi', 'letter', '2026-03-17T10:00', '2026-03-31', 'letter: 5 working days'],
    ['sosialisasi', 'walkin', '2026-03-17T10:00', '2026-03-17T11:00:00+07:00', 'walk-in: 1 office hour'],
    ['pengaduan', 'letter', '2026-11-27T10:00', '2026-12-04', 'complaint letter: 5 working days'],
    ['sosialisasi', 'letter', '2027-03-05T10:00', '2027-03-22', 'letter on Friday 5 March 2027: Monday 22 March by the decree'],
    ['pengaduan', 'walkin', '2026-11-27T10:00', '2026-12-04', 'complaint at the counter: still working days'],
    ['imnkk', 'letter', '2026-11-27T10:00', null, 'IM-NKK: no clock until requirements are complete'],
  ] as const)('%s %s received %s → %s (%s)', (service, kind, received, due, _why) => {
    expect(answerDue(service, kind, at(received), periods, clock)).toBe(due);
  });
});

describe('IM-NKK: 12 months from the day the requirements are complete', () => {
  const cal = shippedCalendar();
  it.each([
    ['2025-03-12', '2026-03-12', 'a working day a year later'],
    ['2025-03-20', '2026-03-25', 'a year later falls in Idul Fitri 2026: next working day'],
    ['2025-11-29', '2026-11-30', 'a year later is a Sunday'],
    ['2026-03-12', '2027-03-16', 'a year later falls in Idulfitri 2027 and its cuti bersama: Tuesday 16 March'],
    ['2026-05-18', '2027-05-21', 'a year later falls on the cuti bersama of Iduladha, then Waisak: Friday 21 May'],
  ])('%s → %s (%s)', (start, due) => {
    expect(imnkkDue(start, 12, cal)).toBe(due);
  });
});

describe('sosialisasi lead time: late when receipt + 5 working days is after the event', () => {
  const cal = shippedCalendar();
  it.each([
    ['2026-03-13', '2026-03-27', true, '2026-03-13', 'exactly in time across the long break'],
    ['2026-03-17', '2026-03-27', false, '2026-03-13', 'late: the latest working day is before the break'],
    ['2026-11-20', '2026-11-27', true, '2026-11-20', 'a week before'],
    ['2026-11-23', '2026-11-27', false, '2026-11-20', 'four days before'],
  ])('received %s, event %s: ok %s, latest %s (%s)', (received, event, ok, latest) => {
    expect(leadTime(received, event, 5, cal)).toEqual({ ok, latestSubmission: latest });
  });
});

describe('answered on time', () => {
  it.each([
    ['2026-03-31', '2026-03-31T16:59:00+07:00', true, 'by the end of the due day'],
    ['2026-03-31', '2026-04-01T07:31:00+07:00', false, 'the day after'],
    ['2026-03-17T11:00:00+07:00', '2026-03-17T10:59:00+07:00', true, 'walk-in within the hour'],
    ['2026-03-17T11:00:00+07:00', '2026-03-17T11:05:00+07:00', false, 'walk-in five minutes late'],
  ])('due %s, answered %s: %s (%s)', (due, answered, expected) => {
    expect(answeredOnTime(due, at(answered), 'Asia/Jakarta')).toBe(expected);
  });
});
