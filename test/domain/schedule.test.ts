import { describe, expect, it } from 'vitest';
import { checkSchedule, requestedSchedule } from '../../src/domain/schedule.js';
import { shippedCalendar } from '../helpers/calendar.js';

const tz = 'Asia/Jakarta';
const at = { nowMs: Date.parse('2026-03-16T09:00:00+07:00'), calendar: shippedCalendar(), timeZone: tz };

describe('the schedule of an approval', () => {
  it.each([
    [{ date: '2026-04-08', time: '09:00' }, '2026-04-08T09:00:00+07:00'],
    [{ date: '2026-04-08' }, undefined],
    [{ time: '09:00' }, undefined],
    [undefined, undefined],
  ])('the request %j asks for %s', (event, expected) => {
    const ms = requestedSchedule({ event }, tz);
    expect(ms === undefined ? undefined : new Date(ms).toISOString()).toBe(expected && new Date(expected).toISOString());
  });

  it.each([
    ['2026-04-08T09:00:00+07:00', { date: '2026-04-08' }, { past: false, nonWorking: false, otherDay: false }],
    ['2026-03-16T08:00:00+07:00', undefined, { past: true, nonWorking: false, otherDay: false }],
    ['2026-04-05T09:00:00+07:00', undefined, { past: false, nonWorking: true, otherDay: false }], // a Sunday (and Easter)
    ['2026-03-19T09:00:00+07:00', undefined, { past: false, nonWorking: true, otherDay: false }], // Nyepi
    ['2026-03-20T09:00:00+07:00', undefined, { past: false, nonWorking: true, otherDay: false }], // cuti bersama
    ['2026-04-09T09:00:00+07:00', { date: '2026-04-08' }, { past: false, nonWorking: false, otherDay: true }],
  ])('%s (request %j): %j', (when, event, expected) => {
    expect(checkSchedule(Date.parse(when), { event }, at)).toEqual(expected);
  });
});
