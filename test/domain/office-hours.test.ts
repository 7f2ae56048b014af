import { describe, expect, it } from 'vitest';
import { addOfficeHours, officeMsBetween, parseInterval, scheduleProblems } from '../../src/domain/office-hours.js';
import { parseInstant } from '../../src/domain/instants.js';
import { formatInstant } from '../../src/domain/timezone.js';
import { jakartaClock } from '../helpers/calendar.js';

const clock = jakartaClock();
const at = (s: string) => parseInstant(s, 'Asia/Jakarta')!;

describe('N office hours after an instant (Jakarta, Perpres 21/2023 week)', () => {
  it.each([
    ['2026-11-23T09:00+07:00', 1, '2026-11-23T10:00:00+07:00', 'inside the morning'],
    ['2026-11-23T11:30+07:00', 1, '2026-11-23T13:30:00+07:00', 'across the lunch break'],
    ['2026-11-23T11:00+07:00', 1, '2026-11-23T12:00:00+07:00', 'lands exactly on the break'],
    ['2026-11-23T12:15+07:00', 1, '2026-11-23T14:00:00+07:00', 'registered during the break'],
    ['2026-11-23T06:00+07:00', 1, '2026-11-23T08:30:00+07:00', 'before opening'],
    ['2026-11-23T15:45+07:00', 1, '2026-11-24T08:15:00+07:00', 'late Monday: into Tuesday'],
    ['2026-11-27T11:00+07:00', 1, '2026-11-27T13:30:00+07:00', 'Friday: the break is 90 minutes'],
    ['2026-11-27T16:00+07:00', 1, '2026-11-30T08:00:00+07:00', 'late Friday walk-in: Monday morning'],
    ['2026-11-27T16:45+07:00', 1, '2026-11-30T08:30:00+07:00', 'after Friday closing'],
    ['2026-11-28T10:00+07:00', 1, '2026-11-30T08:30:00+07:00', 'Saturday'],
    ['2026-03-17T15:30+07:00', 1, '2026-03-25T08:00:00+07:00', 'before Nyepi and Idul Fitri 2026'],
    ['2027-03-05T16:00+07:00', 1, '2027-03-16T08:00:00+07:00', 'Friday before Nyepi and Idulfitri 2027 (decreed): Tuesday 16 March'],
    ['2026-11-23T02:30:00Z', 1, '2026-11-23T10:30:00+07:00', 'an instant given in UTC'],
    ['2026-11-23T09:00+07:00', 0, '2026-11-23T09:00:00+07:00', 'zero hours'],
  ])('%s + %ih → %s (%s)', (start, hours, due) => {
    expect(formatInstant(addOfficeHours(at(start), hours, clock), 'Asia/Jakarta')).toBe(due);
  });

  it('counts in the office zone (a WITA office in Makassar)', () => {
    const wita = { ...clock, timeZone: 'Asia/Makassar' };
    expect(formatInstant(addOfficeHours(at('2026-11-23T15:45+08:00'), 1, wita), 'Asia/Makassar')).toBe('2026-11-24T08:15:00+08:00');
  });
});

describe('office time between two instants', () => {
  it.each([
    ['2026-11-23T09:00+07:00', '2026-11-23T10:00+07:00', 60],
    ['2026-11-23T11:30+07:00', '2026-11-23T13:30+07:00', 60],
    ['2026-11-27T16:00+07:00', '2026-11-30T08:00+07:00', 60],
    ['2026-11-23T10:00+07:00', '2026-11-23T09:00+07:00', -60],
  ])('%s → %s is %i minutes', (a, b, minutes) => {
    expect(officeMsBetween(at(a), at(b), clock) / 60_000).toBe(minutes);
  });
});

describe('schedule parsing', () => {
  it.each([
    ['07:30-12:00', [27_000_000, 43_200_000]],
    ['12:00-07:30', undefined],
    ['7:30-12:00', undefined],
    ['25:00-26:00', undefined],
  ])('%s', (text, expected) => {
    expect(parseInterval(text)).toEqual(expected);
  });

  it('reports overlapping intervals and unknown days', () => {
    expect(scheduleProblems({ mon: ['07:30-12:00', '11:00-16:00'] })).toEqual(['mon 11:00-16:00']);
    expect(scheduleProblems({ funday: ['07:30-12:00'] } as never)).toEqual(['funday']);
  });
});
