import { describe, expect, it } from 'vitest';
import { figuresOf, monthlyRecap } from '../../src/domain/recap.js';
import type { Case } from '../../src/domain/model.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const calendar = shippedCalendar();
let n = 0;
const answered = (received: string, at: string, onTime: boolean, over: Partial<Case> = {}) =>
  simpleCase(2026, ++n, {
    receivedAt: `${received}T09:00:00+07:00`,
    status: 'answered',
    answer: { at: `${at}T10:00:00+07:00`, via: 'email', onTime },
    ...over,
  });
const open = (received: string, over: Partial<Case> = {}) => simpleCase(2026, ++n, { receivedAt: `${received}T09:00:00+07:00`, ...over });

// Working days counted from receipt to answer (18–24 March 2026 are not working days, 25 March is).
const MARCH = [
  answered('2026-03-02', '2026-03-06', true, { service: 'sosialisasi' }), // 4 working days
  // 10; its event was on 13 March: answered after it.
  answered('2026-03-02', '2026-03-16', false, {
    service: 'sosialisasi',
    event: { date: '2026-03-13' },
    answer: { at: '2026-03-16T10:00:00+07:00', via: 'email', onTime: false, beforeEvent: false },
  }),
  open('2026-03-10', { service: 'sosialisasi', leadTime: { ok: false, latestSubmission: '2026-03-05' } }),
  answered('2026-03-13', '2026-03-25', true, { service: 'pengaduan', channel: 'email' }), // 3: 16, 17, 25
  open('2026-04-01', { service: 'pengaduan' }), // April: not in March's recap
];

describe('figures of a group of cases', () => {
  it.each<[string, Case[], ReturnType<typeof figuresOf>]>([
    [
      'none',
      [],
      {
        received: 0,
        answered: 0,
        onTime: 0,
        onTimePercent: null,
        medianWorkingDays: null,
        maxWorkingDays: null,
        open: 0,
        late: 0,
        afterEvent: 0,
        information: 0,
      },
    ],
    [
      'sosialisasi in March: the median of 4 and 10 is 7',
      MARCH.slice(0, 3),
      {
        received: 3,
        answered: 2,
        onTime: 1,
        onTimePercent: 50,
        medianWorkingDays: 7,
        maxWorkingDays: 10,
        open: 1,
        late: 1,
        afterEvent: 1,
        information: 0,
      },
    ],
    [
      'all of March: the median of 3, 4 and 10 is 4; 2 of 3 on time is 66.7 %',
      MARCH.slice(0, 4),
      {
        received: 4,
        answered: 3,
        onTime: 2,
        onTimePercent: 66.7,
        medianWorkingDays: 4,
        maxWorkingDays: 10,
        open: 1,
        late: 1,
        afterEvent: 1,
        information: 0,
      },
    ],
    [
      'a visitor who only asked, answered with information at the counter, is counted apart',
      [
        answered('2026-03-02', '2026-03-02', true, {
          answer: { at: '2026-03-02T10:00:00+07:00', via: 'langsung', onTime: true, note: 'x', information: true },
        }),
      ],
      {
        received: 1,
        answered: 1,
        onTime: 1,
        onTimePercent: 100,
        medianWorkingDays: 0,
        maxWorkingDays: 0,
        open: 0,
        late: 0,
        afterEvent: 0,
        information: 1,
      },
    ],
  ])('%s', (_what, cases, expected) => {
    expect(figuresOf(cases, calendar)).toEqual(expected);
  });
});

describe('the recap of March 2026', () => {
  const recap = monthlyRecap('2026-03', MARCH, calendar);

  it.each<[string, (r: typeof recap) => number | null, number | null]>([
    ['received in total (April left out)', (r) => r.total.received, 4],
    ['sosialisasi answered', (r) => r.services.sosialisasi?.answered ?? null, 2],
    ['pengaduan received', (r) => r.services.pengaduan?.received ?? null, 1],
    ['pengaduan by e-mail, median days', (r) => r.services.pengaduan?.byChannel.email?.medianWorkingDays ?? null, 3],
    ['IM-NKK received', (r) => r.services.imnkk?.received ?? null, 0],
    ['by letter (surat) in total', (r) => r.total.byChannel.surat?.received ?? null, 3],
    ['late requests in total', (r) => r.total.late, 1],
    ['answers after their event', (r) => r.total.afterEvent, 1],
  ])('%s: %s', (_what, figure, expected) => {
    expect(figure(recap)).toBe(expected);
  });
});
