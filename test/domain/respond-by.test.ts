import { describe, expect, it } from 'vitest';
import { dueReport } from '../../src/domain/due-report.js';
import type { Service } from '../../src/domain/model.js';
import { answeredBeforeEvent, respondBy, statedDue, workingDayBefore } from '../../src/domain/respond-by.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { readPackageJson } from '../../src/data.js';
import { jakartaClock, shippedCalendar } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const calendar = shippedCalendar();
const tz = 'Asia/Jakarta';

describe('the answer for an event goes out before the event', () => {
  it.each([
    ['2026-03-26', '2026-03-25', 'an event on Thursday: Wednesday'],
    ['2026-03-25', '2026-03-17', 'an event on 25 March: the last working day before Nyepi and Idul Fitri'],
    ['2026-03-30', '2026-03-27', 'an event on Monday: the Friday before'],
  ])('workingDayBefore(%s) = %s (%s)', (event, expected) => {
    expect(workingDayBefore(event, calendar)).toBe(expected);
  });

  it.each<[Service, string, { date: string } | undefined, string, string]>([
    ['sosialisasi', '2026-03-30', { date: '2026-03-26' }, '2026-03-25', 'the event comes first'],
    ['sosialisasi', '2026-03-23', { date: '2026-04-30' }, '2026-03-23', 'the answer period ends first'],
    ['sosialisasi', '2026-03-30', undefined, '2026-03-30', 'no event'],
    ['sosialisasi', '2026-03-26T10:00:00+07:00', { date: '2026-03-26' }, '2026-03-25', 'a walk-in whose event is the same day'],
    ['pengaduan', '2026-03-30', { date: '2026-03-26' }, '2026-03-30', 'a complaint has no event to meet'],
  ])('%s due %s with event %j → %s (%s)', (service, answerDue, event, expected) => {
    expect(respondBy({ service, answerDue, event }, calendar, tz)).toBe(expected);
  });

  it.each([
    ['2026-03-25T16:00:00+07:00', true],
    ['2026-03-26T08:00:00+07:00', false],
  ])('answered at %s before an event on 26 March: %s', (at, expected) => {
    expect(answeredBeforeEvent({ event: { date: '2026-03-26' } }, Date.parse(at), tz)).toBe(expected);
  });

  it('the morning report: a request whose event is tomorrow is due today, with its event date', () => {
    const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
    const c = simpleCase(2026, 1, { service: 'sosialisasi', answerDue: '2026-03-30', event: { date: '2026-03-26' } });
    const r = dueReport([c], { date: '2026-03-25', nowMs: Date.parse('2026-03-25T09:00:00+07:00'), within: 0 }, jakartaClock(), checklists);
    expect(r.dueToday).toEqual([
      expect.objectContaining({ id: '2026-0001', respondBy: '2026-03-25', answerDue: '2026-03-30', eventDate: '2026-03-26' }),
    ]);
  });
});

describe('the due a receipt states', () => {
  it.each<[string, string, string | undefined, { due: string | null; forEvent?: string }, string]>([
    [
      '2026-11-24T10:00:00+07:00',
      '2026-12-01',
      '2026-11-27',
      { due: '2026-11-26', forEvent: '2026-11-27' },
      'event on Friday 27 November: Thursday 26, not 1 December',
    ],
    ['2026-11-24T10:00:00+07:00', '2026-12-01', '2026-12-14', { due: '2026-12-01' }, 'the event is far: the standard period'],
    ['2026-11-24T10:00:00+07:00', '2026-12-01', undefined, { due: '2026-12-01' }, 'no event'],
    [
      '2026-11-27T10:00:00+07:00',
      '2026-12-04',
      '2026-11-27',
      { due: '2026-11-27', forEvent: '2026-11-27' },
      'received on the event day: due that very day, not the day before',
    ],
    [
      '2026-11-28T10:00:00+07:00',
      '2026-12-04',
      '2026-11-30',
      { due: '2026-11-28', forEvent: '2026-11-30' },
      'received Saturday for a Monday event: the day it came',
    ],
  ])('received %s, due %s, event %s → %j (%s)', (receivedAt, answerDue, eventDate, expected) => {
    const c = { service: 'sosialisasi' as const, receivedAt, answerDue, event: eventDate ? { date: eventDate } : undefined };
    expect(statedDue(c, calendar, tz)).toEqual(expected);
  });

  it('an IM-NKK request waiting for its requirements states no due', () => {
    expect(statedDue({ service: 'imnkk', receivedAt: '2026-11-24T10:00:00+07:00', answerDue: null }, calendar, tz)).toEqual({ due: null });
  });
});
