import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/domain/model.js';
import { profileCode, readAnswers, readScore, type AnswerRules, type SurveyRaw } from '../../src/domain/skm-answers.js';

const LABELS = { jenis_kelamin: { L: 'Laki-laki', P: 'Perempuan' }, pendidikan: { SD: 'SD ke bawah' }, pekerjaan: { SWASTA: 'Swasta' } };
const rules = (over: Partial<AnswerRules> = {}): AnswerRules => ({
  requireAll: false,
  today: '2026-11-27',
  serviceOf: (text) => (['sosialisasi', 'imnkk', 'pengaduan'] as Service[]).find((s) => text.toLowerCase().includes(s)),
  profileOf: (field, text) => profileCode(field, text, LABELS[field]),
  ...over,
});
const full: SurveyRaw = {
  tanggal: '25/11/2026',
  layanan: 'sosialisasi',
  u1: 4,
  u2: '3',
  u3: 'c',
  u4: 4,
  u5: '4.0',
  u6: 3,
  u7: 4,
  u8: 'B',
  u9: 3,
};

describe('an answer on the scale', () => {
  it.each([
    [1, 1],
    [4, 4],
    ['3', 3],
    [' 2 ', 2],
    ['4.0', 4],
    ['4,0', 4],
    ['a', 1],
    ['D', 4],
  ])('%j is %i', (cell, score) => expect(readScore(cell)).toBe(score));
  it.each([0, 5, 3.5, '5', 'e', 'baik', '', '34'])('%j is no answer', (cell) => expect(readScore(cell)).toBeUndefined());
});

describe('the profile', () => {
  it.each([
    ['jenis_kelamin', 'L', 'L'],
    ['jenis_kelamin', 'perempuan', 'P'],
    ['jenis_kelamin', 'Laki-laki', 'L'],
    ['pendidikan', 'd3', 'DIII'],
    ['pendidikan', 'D-III', 'DIII'],
    ['pendidikan', 'SD ke bawah', 'SD'],
    ['pendidikan', 'SLTA', 'SMA'],
    ['pekerjaan', 'swasta', 'SWASTA'],
    ['pekerjaan', 'Wiraswasta', 'WIRAUSAHA'],
    ['pekerjaan', 'lainnya', 'Lainnya'],
  ] as const)('%s "%s" is %s', (field, text, code) => expect(profileCode(field, text, LABELS[field])).toBe(code));
  it.each([
    ['jenis_kelamin', 'X'],
    ['pendidikan', 'TK'],
    ['pekerjaan', 'petani'],
  ] as const)('%s "%s" is none of the codes', (field, text) => expect(profileCode(field, text, LABELS[field])).toBeUndefined());
});

describe('a questionnaire as a response', () => {
  it('reads every column, and keeps nothing but the date, the service and the answers', () => {
    const read = readAnswers(
      { ...full, jenis_kelamin: 'P', pendidikan: 'S1', pekerjaan: 'PNS', saran: 'Ruang tunggu\r\nperlu kipas' },
      rules(),
    );
    expect(read).toEqual({
      response: {
        date: '2026-11-25',
        service: 'sosialisasi',
        answers: [4, 3, 3, 4, 4, 3, 4, 2, 3],
        gender: 'P',
        education: 'S1',
        occupation: 'PNS',
        suggestion: 'Ruang tunggu\nperlu kipas',
      },
    });
  });

  it('the day defaults to today and the service to the one given (a token, --service)', () => {
    const rest = { ...full, tanggal: undefined, layanan: undefined };
    expect(readAnswers(rest, rules({ service: 'imnkk' }))).toMatchObject({ response: { date: '2026-11-27', service: 'imnkk' } });
  });

  it('on paper an element may be left blank, but not all nine', () => {
    expect(readAnswers({ ...full, u4: '' }, rules())).toMatchObject({ response: { answers: [4, 3, 3, null, 4, 3, 4, 2, 3] } });
    expect(readAnswers({ tanggal: '2026-11-25', layanan: 'imnkk' }, rules())).toEqual({
      problems: [{ field: 'u1', key: 'skm.input.noAnswers' }],
    });
  });

  it('on a screen every element must be answered', () => {
    expect(readAnswers({ ...full, u4: '', u9: undefined }, rules({ requireAll: true }))).toEqual({
      problems: [
        { field: 'u4', key: 'skm.input.unanswered' },
        { field: 'u9', key: 'skm.input.unanswered' },
      ],
    });
  });

  it('names every problem by its column', () => {
    const read = readAnswers(
      { tanggal: '31/11/2026', layanan: 'kursus', u1: 5, u2: 'baik', jenis_kelamin: 'X', saran: 'a\u0007b' },
      rules(),
    );
    expect('problems' in read && read.problems.map((p) => [p.field, p.key])).toEqual([
      ['tanggal', 'input.date'],
      ['layanan', 'skm.input.service'],
      ['u1', 'skm.input.answer'],
      ['u2', 'skm.input.answer'],
      ['jenis_kelamin', 'skm.input.profile'],
      ['saran', 'input.controlCharacter'],
    ]);
  });

  it('refuses a day still to come, a day outside the years, a service missing and a suggestion too long', () => {
    const keys = (raw: SurveyRaw) => {
      const read = readAnswers(raw, rules());
      return 'problems' in read ? read.problems.map((p) => p.key) : [];
    };
    expect(keys({ ...full, tanggal: '2026-11-28' })).toEqual(['skm.input.future']);
    expect(keys({ ...full, tanggal: '1999-11-28' })).toEqual(['input.yearRange']);
    expect(keys({ ...full, layanan: '' })).toEqual(['skm.input.serviceMissing']);
    expect(keys({ ...full, saran: 'x'.repeat(2001) })).toEqual(['input.tooLong']);
  });

  it('takes spreadsheet dates and serial numbers', () => {
    expect(readAnswers({ ...full, tanggal: new Date(Date.UTC(2026, 10, 20)) }, rules())).toMatchObject({
      response: { date: '2026-11-20' },
    });
    expect(readAnswers({ ...full, tanggal: 46346 }, rules())).toMatchObject({ response: { date: '2026-11-20' } });
  });
});
