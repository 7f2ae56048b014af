/**
 * The menu's questions without a terminal (the prompts stand in): each answer checked as it is given
 * against the answers before it, a refusal of the use case said and only its questions asked again
 * with what was typed on the line, and the messages a menu user reads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';

interface Asked {
  message: string;
  prefill?: string;
  default?: string;
}
const answers: string[] = [];
const asked: Asked[] = [];
/** What each inline check said of the answers typed (the prompt shows it and asks again). */
const refused: string[] = [];

vi.mock('../../src/cli/prompts.js', () => {
  const next = (message: string, options: { prefill?: string; default?: string } = {}) => {
    asked.push({ message, prefill: options.prefill, default: options.default });
    const a = answers.shift();
    if (a === undefined) throw new Error(`unexpected question: ${message}`);
    return a;
  };
  return {
    isBack: () => false,
    askText: vi.fn(async (message: string, options: { prefill?: string; default?: string; validate?: (v: string) => unknown } = {}) => {
      // As the real prompt does: an answer its check refuses is said and asked again at once.
      for (;;) {
        const value = next(message, options) || options.default || '';
        const verdict = value && options.validate ? await options.validate(value) : true;
        if (verdict === true) return value;
        refused.push(String(verdict));
      }
    }),
    askSelect: vi.fn(async (message: string) => next(message)),
    askChecks: vi.fn(async (message: string) => next(message).split(',').filter(Boolean)),
  };
});

const { runForm } = await import('../../src/cli/desk/form.js');
const { registrationCheck, registrationQuestions } = await import('../../src/cli/desk/registration.js');
const { LETTER_OPTIONS } = await import('../../src/cli/register-options.js');
const { peopleDate, problemText, refusalLines } = await import('../../src/cli/desk/problems.js');
const { defaultProfile } = await import('../../src/store/defaults.js');
const { t } = await import('../../src/i18n/index.js');

beforeEach(() => {
  answers.length = 0;
  asked.length = 0;
  refused.length = 0;
});
const said: string[] = [];
const say = async (text: string) => void said.push(text);

describe('a form: asked once, refused answers asked again with what was typed', () => {
  const questions = [
    { key: 'a', kind: 'text' as const, message: 'Satu' },
    { key: 'b', kind: 'text' as const, message: 'Dua (mis. 2)' },
    { key: 'c', kind: 'text' as const, message: 'Tiga' },
  ];

  it('asks again only the question whose answer the use case refused, the typed answer on the line to correct', async () => {
    answers.push('x', 'salah', 'z', 'benar');
    let calls = 0;
    const result = await runForm(
      questions,
      async (a) => {
        calls++;
        if (a.b === 'salah') throw InputError.of('b', 'input.required');
        return a;
      },
      say,
    );
    expect(result).toEqual({ a: 'x', b: 'benar', c: 'z' });
    expect(calls).toBe(2);
    expect(asked.map((q) => q.message)).toEqual(['Satu', 'Dua (mis. 2)', 'Tiga', 'Dua (mis. 2)']);
    expect(asked[3]?.prefill).toBe('salah');
    // The refusal names the question by its words (its example left out), not by a field or a flag.
    expect(said.at(-1)).toContain(`Dua: ${t('input.required')}`);
  });

  it('gives up, saying nothing is saved, when no question answers the refusal', async () => {
    answers.push('x', 'y', 'z');
    await expect(runForm(questions, async () => Promise.reject(InputError.of('status', 'input.required')), say)).rejects.toThrow(
      InputError,
    );
    expect(asked).toHaveLength(3);
  });
});

describe('registering a letter in the menu (issue 26: nothing typed is lost)', () => {
  const profile = defaultProfile();
  const nowMs = Date.parse('2026-11-26T10:00:00+07:00');
  const check = registrationCheck(LETTER_OPTIONS, 'letter', { nowMs, user: 'Siti', profile });
  const questions = registrationQuestions(LETTER_OPTIONS, check);

  it.each<[string, string, Record<string, string>, string | true]>([
    [
      'a letter dated after the day it came',
      'letterDate',
      {},
      t('input.letterAfterReceipt', { value: '30/11/2026', received: '26/11/2026' }),
    ],
    ['a letter dated the day before', 'letterDate', {}, true],
    [
      'an event before the day the letter came',
      'eventDate',
      { service: 'sosialisasi' },
      t('input.eventBeforeReceipt', { value: '20/11/2026', received: '26/11/2026' }),
    ],
    ['a telephone number that is not one', 'contact', {}, t('input.phone', { value: '12ab' })],
    ['a date that is no date', 'letterDate', {}, t('menu.input.date', { value: '31/02/2026' })],
  ])('%s is answered at its own question', async (what, key, before, expected) => {
    const typed: Record<string, string> = { 'a letter dated after the day it came': '30/11/2026', 'a date that is no date': '31/02/2026' };
    const value = key === 'letterDate' ? (typed[what] ?? '25/11/2026') : key === 'eventDate' ? '20/11/2026' : '12ab';
    expect(await check(key, value, before)).toEqual(expected);
  });

  it('asks the letter date again at once, in people’s dates, and keeps every other answer', async () => {
    // A complaint by letter: service, channel, type, not anonymous, not protected, the applicant, six left empty
    // (kind of applicant, telephone, e-mail, reference, case and unit concerned), the number, the date twice, the subject.
    answers.push('pengaduan', 'surat', 'pengaduan', 'tidak', 'tidak', 'Dinas Kominfo', '', '', '', '', '', '');
    answers.push('005/12/2026', '30/11/2026', '25/11/2026', 'Pengaduan pelayanan');
    const submitted = await runForm(questions, async (a) => a, say);
    expect(refused).toEqual([t('input.letterAfterReceipt', { value: '30/11/2026', received: '26/11/2026' })]);
    expect(refused.join()).not.toMatch(/--|\d{4}-\d{2}-\d{2}/);
    expect(submitted).toMatchObject({
      applicant: 'Dinas Kominfo',
      letterNumber: '005/12/2026',
      letterDate: '25/11/2026',
      subject: 'Pengaduan pelayanan',
    });
    expect(asked.filter((q) => q.message === t('ask.letterDate'))).toHaveLength(2);
  });
});

describe('what a menu user reads of a refusal', () => {
  it.each<[string, string]>([
    ['2026-11-25', '25/11/2026'],
    ['2026-11-25T09:05:00+07:00', '25/11/2026 09.05'],
    ['2026-03-16T09:00', '16/03/2026 09.00'],
    ['005/12/2026', '005/12/2026'],
  ])('%s is written %s', (stored, shown) => expect(peopleDate(stored)).toBe(shown));

  it.each<[string, Record<string, string>, RegExp]>([
    ['input.date', { value: 'besok' }, /25\/11\/2026/],
    ['input.transitionAnswered', { id: '2026-0001', action: 'dispose', status: 'answered', need: 'send' }, /buka kembali/i],
    ['input.signatoryMissing', { key: 'signatories.recommendation.name' }, /Nama penandatangan surat rekomendasi/],
    ['input.letterAfterReceipt', { value: '2026-11-30', received: '2026-11-26' }, /30\/11\/2026 sesudah tanggal diterima 26\/11\/2026/],
  ])('%s names no flag, command or stored date', (key, params, says) => {
    const text = problemText({ field: 'x', key: key as never, params });
    expect(text).toMatch(says);
    expect(text).not.toMatch(/--|`|loket |\d{4}-\d{2}-\d{2}|signatories\./);
  });

  it('heads a refusal with "nothing was saved" and names each problem by its question', () => {
    const lines = refusalLines(
      InputError.of('schedule', 'input.schedulePast', { value: 'Senin, 2 November 2026' }),
      () => 'Jadwal kegiatan',
    );
    expect(lines).toEqual([t('menu.refused'), `  Jadwal kegiatan: ${t('input.schedulePast', { value: 'Senin, 2 November 2026' })}`]);
  });
});
