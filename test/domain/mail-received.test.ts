/** When a fetched message counts as received: when the office's server took it in, never in the future. */
import { describe, expect, it } from 'vitest';
import { receivedAtOf } from '../../src/domain/mail-received.js';

const now = Date.parse('2026-03-16T10:00:00+07:00');
const at = (iso: string) => Date.parse(iso);

describe('the time received', () => {
  it.each([
    [
      'arrived, dated earlier',
      { arrivedMs: at('2026-03-16T09:00:00+07:00'), dateMs: at('2026-03-13T16:00:00+07:00') },
      '2026-03-16T09:00:00+07:00',
      undefined,
    ],
    ['no arrival known (a saved file): the date', { dateMs: at('2026-03-13T16:00:00+07:00') }, '2026-03-13T16:00:00+07:00', undefined],
    [
      'dated in the future, arrived this morning',
      { arrivedMs: at('2026-03-16T09:00:00+07:00'), dateMs: at('2027-01-01T00:00:00Z') },
      '2026-03-16T09:00:00+07:00',
      'future',
    ],
    ['dated in the future, no arrival: now', { dateMs: at('2027-01-01T00:00:00Z') }, '2026-03-16T10:00:00+07:00', 'future'],
    ['the server clock ahead: now', { arrivedMs: at('2026-03-16T11:00:00+07:00') }, '2026-03-16T10:00:00+07:00', 'future'],
    ['no date at all: now', {}, '2026-03-16T10:00:00+07:00', 'undated'],
    ['a broken clock (1970): now', { dateMs: 0 }, '2026-03-16T10:00:00+07:00', 'undated'],
    ['an unreadable date: now', { dateMs: Number.NaN }, '2026-03-16T10:00:00+07:00', 'undated'],
  ])('%s', (_, message, expected, note) => {
    const got = receivedAtOf(message, now);
    expect(got.ms).toBe(at(expected));
    expect(got.note).toBe(note);
  });
});
