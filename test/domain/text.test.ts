/** Issue 24, point 6: the rules of every text loket keeps, one table for every way in and for the store. */
import { describe, expect, it } from 'vitest';
import { actorProblems, caseTextProblems, normalizeText, receivedInFuture, textLimit, textProblems } from '../../src/domain/text.js';

describe('a text for a field', () => {
  it.each([
    ['subject', 'Permohonan narasumber', []],
    ['subject', 'Dua baris\nboleh', []],
    ['subject', 'NUL\u0000', ['input.controlCharacter']],
    ['subject', 'ESC\u001b[2K', ['input.controlCharacter']],
    ['subject', 'tab\t', ['input.controlCharacter']],
    ['subject', 'C1 \u009b', ['input.controlCharacter']],
    ['subject', 'x'.repeat(2000), []],
    ['subject', 'x'.repeat(2001), ['input.tooLong']],
    ['applicant', 'x'.repeat(501), ['input.tooLong']],
    ['note', 'x'.repeat(10_000), []],
    ['note', 'x'.repeat(10_001), ['input.tooLong']],
    ['note', `\u0000${'x'.repeat(10_001)}`, ['input.controlCharacter', 'input.tooLong']],
  ])('%s %j → %j', (field, value, keys) => {
    expect(textProblems(field, value).map((p) => p.key)).toEqual(keys);
  });

  it('limits are looked up by own keys only', () => {
    expect(textLimit('constructor')).toBe(10_000);
    expect(textLimit('toString')).toBe(10_000);
    expect(textLimit('subject')).toBe(2000);
  });

  it.each([
    ['Cafe\u0301', 'Café'],
    ['a\r\nb', 'a\nb'],
  ])('%j is kept as %j', (given, kept) => {
    expect(normalizeText(given)).toBe(kept);
  });
});

describe('the name of who acts (--as, LOKET_USER, an officer)', () => {
  it.each([
    ['Budi Santoso', []],
    ['Dr. Ratna Dewi, M.Si.', []],
    ['Budi\nSantoso', ['input.controlCharacter']],
    ['Budi\u001b[31m', ['input.controlCharacter']],
    ['x'.repeat(200), []],
    ['x'.repeat(20_000), ['input.tooLong']],
    ['Cafe\u0301', ['input.notNfc']],
  ])('%j → %j', (name, keys) => {
    expect(actorProblems(name).map((p) => p.key)).toEqual(keys);
  });
});

describe('every string of a case', () => {
  it('is checked where it sits, with the limits of its place', () => {
    const problems = caseTextProblems({
      subject: 'x'.repeat(2001),
      applicant: { name: 'Siti\u0000' },
      purpose: 'Konsultasi',
      events: [
        { by: 'petugas', changes: { instruction: 'Segera\u001b' } },
        { by: 'dua\nbaris', changes: {} },
      ],
      imported: { note: 'Cafe\u0301' },
    });
    expect(problems.map((p) => [p.field, p.problem.key])).toEqual([
      ['subject', 'input.tooLong'],
      ['applicant.name', 'input.controlCharacter'],
      ['events.0.changes.instruction', 'input.controlCharacter'],
      ['events.1.by', 'input.controlCharacter'],
      ['imported.note', 'input.notNfc'],
    ]);
  });
});

describe('a time of receipt ahead of the clock', () => {
  const now = Date.parse('2026-03-16T09:00:00+07:00');
  it.each([
    ['2026-03-16T09:00:00+07:00', false],
    ['2026-03-16T09:05:00+07:00', false],
    ['2026-03-16T09:05:01+07:00', true],
    ['2027-03-16T09:00:00+07:00', true],
    ['2026-03-15T09:00:00+07:00', false],
  ])('%s → %s', (at, ahead) => {
    expect(receivedInFuture(Date.parse(at), now)).toBe(ahead);
  });
});
