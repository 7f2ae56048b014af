import { describe, expect, it } from 'vitest';
import { readTypedDate, readTypedDateTime, readTypedTime } from '../../src/domain/typed-dates.js';

describe('dates as people type them', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['25/11/2026', '2026-11-25'],
    ['5/3/2026', '2026-03-05'],
    ['25-11-2026', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    ['25 November 2026', '2026-11-25'],
    ['25 november 2026', '2026-11-25'],
    ['25 Nov 2026', '2026-11-25'],
    ['25 Nop 2026', '2026-11-25'],
    ['1 Agt. 2026', '2026-08-01'],
    ['17 Agustus 2026', '2026-08-17'],
    ['Rabu, 25 November 2026', '2026-11-25'],
    ['  25/11/2026  ', '2026-11-25'],
    ['30/02/2026', undefined],
    ['11/25/2026', undefined],
    ['25 Novembre 2026', undefined],
    ['25/11/26', undefined],
    ['besok', undefined],
  ])('%j → %s', (text, expected) => {
    expect(readTypedDate(text)).toBe(expected);
  });
});

describe('times and dates with times', () => {
  it.each([
    ['09.00', '09:00'],
    ['9.00', '09:00'],
    ['09:30', '09:30'],
    ['13.00 WIB', '13:00'],
    ['24.00', undefined],
    ['09.60', undefined],
  ])('time %j → %s', (text, expected) => {
    expect(readTypedTime(text)).toBe(expected);
  });

  it.each([
    ['25/11/2026', { date: '2026-11-25' }],
    ['25/11/2026 09.00', { date: '2026-11-25', time: '09:00' }],
    ['25 November 2026 pukul 09.00', { date: '2026-11-25', time: '09:00' }],
    ['Rabu, 25 November 2026 pukul 13.30 WIB', { date: '2026-11-25', time: '13:30' }],
    ['2026-11-25T09:00', { date: '2026-11-25', time: '09:00' }],
    ['2026-11-25 09:00', { date: '2026-11-25', time: '09:00' }],
    ['25/11/2026 25.00', undefined],
  ])('%j → %j', (text, expected) => {
    expect(readTypedDateTime(text)).toEqual(expected);
  });
});
