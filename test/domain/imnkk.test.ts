import { describe, expect, it } from 'vitest';
import { certificateCode, normalizeCode, signedText } from '../../src/domain/certificate-code.js';
import { categoryOf, indexOf, recordPlenary, recordRequirements } from '../../src/domain/imnkk.js';
import { readPackageJson } from '../../src/data.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const bands = readPackageJson<{ bands: { min: number; category: string }[] }>('data/imnkk-categories.json')!.bands;

describe('IM-NKK index and category (default table)', () => {
  it.each([
    [218, 0.73, 'Tinggi', 'published result'],
    [225, 0.75, 'Tinggi', 'published result'],
    [275, 0.92, 'Tinggi', 'published result'],
    [300, 1, 'Sangat Tinggi', 'the maximum'],
    [285, 0.95, 'Sangat Tinggi', 'lowest Sangat Tinggi'],
    [209, 0.7, 'Tinggi', 'lowest Tinggi'],
    [208, 0.69, 'Sedang', 'just under Tinggi'],
    [150, 0.5, 'Sedang', 'lowest Sedang'],
    [75, 0.25, 'Rendah', 'lowest Rendah'],
    [0, 0, 'Sangat Rendah', 'nothing'],
  ])('%i of 300 → index %f, %s (%s)', (score, index, category) => {
    expect(indexOf(score, 300)).toBe(index);
    expect(categoryOf(indexOf(score, 300), bands)).toBe(category);
  });
});

describe('IM-NKK steps', () => {
  const imnkk = (over = {}) => simpleCase(2026, 1, { service: 'imnkk', answerDue: null, imnkk: { requirements: {}, verifications: [] }, ...over });

  it('the clock starts the day the last requirement is met, and only once', () => {
    const cal = shippedCalendar();
    const partial = recordRequirements(imnkk(), { ethicsRegulation: 'Perbup 12/2025', sindenAccount: 'x', operatorLetter: '800/1' }, '2026-03-02', 12, cal).value;
    expect(partial.answerDue).toBeNull();
    const done = recordRequirements(partial, { selfAssessment: '2026-03-20' }, '2026-03-20', 12, cal);
    expect(done.value.imnkk!.clockStart).toBe('2026-03-20');
    expect(done.value.answerDue).toBe('2027-03-22');
    expect(done.changes).toMatchObject({ clockStart: '2026-03-20', answerDue: '2027-03-22' });
    expect(recordRequirements(done.value, { sindenAccount: 'y' }, '2026-04-01', 12, cal).value.imnkk!.clockStart).toBe('2026-03-20');
  });

  it.each([
    [{ score: 301 }, '--score'],
    [{ score: 218, criteria: [60, 58, 50, 40] }, '--criteria'],
    [{ score: 218, criteria: [60, 58, 100] }, '--criteria'],
  ])('plenary refuses %j', (input, field) => {
    const c = imnkk({ imnkk: { requirements: {}, clockStart: '2026-03-02', verifications: [{ date: '2026-04-01', mode: 'daring', team: [] }] } });
    expect(() => recordPlenary(c, { date: '2026-05-01', decree: 'K', recommendations: [], ...input }, 300, bands))
      .toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field })] }));
  });

  it('plenary needs a verification visit first', () => {
    expect(() => recordPlenary(imnkk(), { date: '2026-05-01', decree: 'K', score: 200, recommendations: [] }, 300, bands)).toThrow();
  });
});

describe('certificate codes', () => {
  const secret = 'ab'.repeat(32);
  const text = signedText('2026-0001', 'Pemkab Contoh', 218, 300, '12/KEP/2026');
  it('are stable for the same facts and change with any of them or with the key', () => {
    const code = certificateCode(secret, text);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(certificateCode(secret, text)).toBe(code);
    expect(certificateCode(secret, signedText('2026-0001', 'Pemkab Contoh', 219, 300, '12/KEP/2026'))).not.toBe(code);
    expect(certificateCode('cd'.repeat(32), text)).not.toBe(code);
    expect(certificateCode(secret, signedText('2026-0002', 'Pemkab Contoh', 218, 300, '12/KEP/2026'))).not.toBe(code);
  });

  it('are read back however they are typed', () => {
    expect(normalizeCode('abcd efgh jklm npqr')).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(normalizeCode('ABCD-EFGH-JKLM-NPQR')).toBe('ABCD-EFGH-JKLM-NPQR');
  });
});
