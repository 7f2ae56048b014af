import { describe, expect, it } from 'vitest';
import { certificateCode, judgeCertificate, normalizeCode, signedText } from '../../src/domain/certificate-code.js';
import {
  addVerification,
  assertRequirementDate,
  recordUnmetRequirement,
  categoryOf,
  indexOf,
  issueCertificate,
  recordPlenary,
  recordRequirements,
  revokeCertificate,
} from '../../src/domain/imnkk.js';
import type { Case, CertificateStatement } from '../../src/domain/model.js';
import { readPackageJson } from '../../src/data.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';

const AT = '2026-09-20T10:00:00+07:00';
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
  const imnkk = (over = {}) =>
    simpleCase(2026, 1, { service: 'imnkk', answerDue: null, imnkk: { requirements: {}, verifications: [] }, ...over });

  it('the clock starts the day the last requirement is met, and only once', () => {
    const cal = shippedCalendar();
    const partial = recordRequirements(
      imnkk(),
      { ethicsRegulation: 'Perbup 12/2025', sindenAccount: 'x', operatorLetter: '800/1' },
      '2026-03-02',
      12,
      cal,
    ).value;
    expect(partial.answerDue).toBeNull();
    const done = recordRequirements(partial, { selfAssessment: '2026-03-20' }, '2026-03-20', 12, cal);
    expect(done.value.imnkk!.clockStart).toBe('2026-03-20');
    expect(done.value.answerDue).toBe('2027-03-22');
    expect(done.changes).toMatchObject({ clockStart: '2026-03-20', answerDue: '2027-03-22' });
    expect(recordRequirements(done.value, { sindenAccount: 'y' }, '2026-04-01', 12, cal).value.imnkk!.clockStart).toBe('2026-03-20');
  });

  it.each([
    [{ score: 301 }, 'score'],
    [{ score: 218, criteria: [60, 58, 50, 40] }, 'criteria'],
    [{ score: 218, criteria: [60, 58, 100] }, 'criteria'],
  ])('plenary refuses %j', (input, field) => {
    const c = imnkk({
      imnkk: { requirements: {}, clockStart: '2026-03-02', verifications: [{ date: '2026-04-01', mode: 'daring', team: [] }] },
    });
    expect(() =>
      recordPlenary(c, { date: '2026-05-01', decree: 'K', recommendations: [], at: AT, by: 'tim', ...input }, 300, bands),
    ).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field })] }));
  });

  it('plenary needs a verification visit first', () => {
    expect(() =>
      recordPlenary(imnkk(), { date: '2026-05-01', decree: 'K', score: 200, recommendations: [], at: AT, by: 'tim' }, 300, bands),
    ).toThrow();
  });
});

describe('certificate codes', () => {
  const secret = 'ab'.repeat(32);
  const states: CertificateStatement = {
    caseId: '2026-0001',
    issue: 1,
    agency: 'Pemkab Contoh',
    score: 218,
    maxScore: 300,
    index: 0.73,
    category: 'Tinggi',
    decree: '12/KEP/2026',
    plenaryDate: '2026-09-15',
    year: 2026,
    issuedAt: '2026-09-20T10:00:00+07:00',
    letterNumber: 'B-7/KASN/09/2026',
  };
  const code = certificateCode(secret, signedText(states));

  it('are stable for the same facts and of the printed form', () => {
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(certificateCode(secret, signedText({ ...states }))).toBe(code);
  });

  it.each<[string, Partial<CertificateStatement>]>([
    ['another case', { caseId: '2026-0002' }],
    ['a later issue of the same result', { issue: 2 }],
    ['another agency', { agency: 'Pemkab Lain' }],
    ['another score', { score: 219 }],
    ['another maximum', { maxScore: 400 }],
    ['another index', { index: 0.74 }],
    ['another category (the forgery of the report)', { category: 'Sangat Tinggi' }],
    ['another decree', { decree: '13/KEP/2026' }],
    ['another plenary date', { plenaryDate: '2026-09-16' }],
    ['another measurement year', { year: 2025 }],
    ['issued again after a revocation (same result, new moment)', { issuedAt: '2026-10-01T10:00:00+07:00' }],
    ['another letter', { letterNumber: 'B-8/KASN/09/2026' }],
    ['a separator smuggled into a field', { agency: 'Pemkab Contoh|218' }],
  ])('change with %s', (_why, change) => {
    expect(certificateCode(secret, signedText({ ...states, ...change }))).not.toBe(code);
  });

  it('change with the key', () => {
    expect(certificateCode('cd'.repeat(32), signedText(states))).not.toBe(code);
  });

  it('are read back however they are typed', () => {
    expect(normalizeCode('abcd efgh jklm npqr')).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(normalizeCode('ABCD-EFGH-JKLM-NPQR')).toBe('ABCD-EFGH-JKLM-NPQR');
  });
});

describe('what a code says (judgeCertificate)', () => {
  const secret = 'ef'.repeat(32);
  const letter = { number: 'B-7/KASN/09/2026', seq: 7, year: 2026, date: '2026-09-20' };
  const plenaryInput = { date: '2026-09-15', decree: '12/KEP/2026', score: 218, recommendations: [], at: AT, by: 'tim' };
  const visited = (): Case =>
    simpleCase(2026, 1, {
      service: 'imnkk',
      applicant: { name: 'Pemerintah Kabupaten Contoh' },
      imnkk: { requirements: {}, clockStart: '2026-03-02', verifications: [{ date: '2026-06-10', mode: 'luring', team: [] }] },
    });
  const certified = () => issueCertificate(recordPlenary(visited(), plenaryInput, 300, bands).value, secret, letter, AT).value;

  it.each<[string, (c: Case) => Case, string]>([
    ['as issued', (c) => c, 'valid'],
    [
      'category edited in the store',
      (c) => ({
        ...c,
        imnkk: {
          ...c.imnkk!,
          certificate: { ...c.imnkk!.certificate!, states: { ...c.imnkk!.certificate!.states!, category: 'Sangat Tinggi' } },
        },
      }),
      'forged',
    ],
    [
      'score edited in the store',
      (c) => ({
        ...c,
        imnkk: { ...c.imnkk!, certificate: { ...c.imnkk!.certificate!, states: { ...c.imnkk!.certificate!.states!, score: 290 } } },
      }),
      'forged',
    ],
    ['revoked', (c) => revokeCertificate(c, 'data dukung tidak sesuai', AT, 'pimpinan').value, 'revoked'],
  ])('%s → %s', (_why, edit, status) => {
    const c = edit(certified());
    expect(judgeCertificate(c, certified().imnkk!.certificate!.code, secret, []).status).toBe(status);
  });

  it('a revocation in the store list counts even when the case no longer shows it (a hand edit)', () => {
    const c = certified();
    const code = c.imnkk!.certificate!.code;
    expect(judgeCertificate(c, code, secret, [{ code, at: AT, by: 'x', reason: 'dicabut' }]).status).toBe('revoked');
  });

  it('a corrected plenary revokes the earlier certificate by its decision, and the new one gets another code', () => {
    const first = certified();
    const oldCode = first.imnkk!.certificate!.code;
    const corrected = recordPlenary(first, { ...plenaryInput, decree: '13/KEP/2026', date: '2026-09-25', score: 225 }, 300, bands);
    expect(corrected.changes.revoked).toMatchObject({ code: oldCode, decision: '13/KEP/2026' });
    const verdict = judgeCertificate(corrected.value, oldCode, secret, []);
    expect(verdict).toMatchObject({ status: 'revoked', revoked: { decision: '13/KEP/2026' } });
    const reissued = issueCertificate(
      corrected.value,
      secret,
      { ...letter, number: 'B-9/KASN/09/2026', seq: 9 },
      '2026-09-26T10:00:00+07:00',
    ).value;
    expect(reissued.imnkk!.certificate!.code).not.toBe(oldCode);
    expect(judgeCertificate(reissued, reissued.imnkk!.certificate!.code, secret, []).status).toBe('valid');
    expect(judgeCertificate(reissued, oldCode, secret, []).status).toBe('revoked');
  });

  it('an unknown code is unknown', () => {
    expect(judgeCertificate(certified(), 'AAAA-BBBB-CCCC-DDDD', secret, []).status).toBe('unknown');
  });
});

describe('the day a requirement arrives', () => {
  it.each([
    ['2026-03-02', undefined],
    ['2026-03-10', undefined],
    ['2026-03-01', 'input.requirementBeforeReceipt'],
    ['2026-03-11', 'input.requirementFuture'],
  ])('%s (received 2 March, today 10 March): %s', (date, key) => {
    const run = () => assertRequirementDate({ receivedAt: '2026-03-02T09:00:00+07:00' }, date, '2026-03-10');
    if (key) expect(run).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: 'date', key })] }));
    else expect(run).not.toThrow();
  });
});

describe('visits planned and held; requirements found wanting', () => {
  const started = simpleCase(2026, 7, {
    service: 'imnkk',
    answerDue: '2027-03-02',
    imnkk: {
      requirements: { ethicsRegulation: 'P', sindenAccount: 's', operatorLetter: 'ST', selfAssessment: '2026-03-02' },
      clockStart: '2026-03-02',
      verifications: [],
    },
  });

  it.each([
    ['a held visit today', { date: '2026-06-10' }, undefined],
    ['a planned visit next month', { date: '2026-07-10', planned: true }, undefined],
    ['a "held" visit next month', { date: '2026-07-10' }, 'input.visitFuture'],
  ])('%s', (_what, visit, key) => {
    const run = () => addVerification(started, { mode: 'luring', team: [], ...visit }, '2026-06-10');
    if (key) expect(run).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ key })] }));
    else expect(run().value.imnkk?.verifications[0]).toMatchObject(visit);
  });

  it('a plenary needs a visit that took place, not only a planned one', () => {
    const planned = addVerification(started, { date: '2026-07-10', mode: 'luring', team: [], planned: true }, '2026-06-10').value;
    const plenary = { date: '2026-09-15', decree: 'K', score: 200, recommendations: [], at: AT, by: 'x' };
    expect(() => recordPlenary(planned, plenary, 300, bands)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ key: 'input.plenaryBeforeVerification' })] }),
    );
  });

  it('a requirement found not met stops the clock with its reason; met again, the clock starts from that day', () => {
    const stopped = recordUnmetRequirement(started, { key: 'self-assessment', reason: 'bukti kriteria 3 kosong', at: AT, by: 'Ani' }).value;
    expect(stopped.imnkk).toMatchObject({ unmet: [{ key: 'self-assessment', reason: 'bukti kriteria 3 kosong' }] });
    expect(stopped.imnkk?.clockStart).toBeUndefined();
    expect(stopped.answerDue).toBeNull();
    const again = recordRequirements(stopped, { selfAssessment: '2026-10-01' }, '2026-10-01', 12, shippedCalendar()).value;
    expect(again.imnkk?.clockStart).toBe('2026-10-01');
  });
});
