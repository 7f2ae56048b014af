/**
 * Reading one questionnaire's answers, as a spreadsheet row or a form gives them, into an anonymous
 * response, or into every reason it cannot be one (each named by its column). The same reading serves
 * the paper import, the online form and the counter screen: their fields are the same columns.
 */
import type { MessageKey } from '../i18n/index.js';
import type { Params } from '../errors.js';
import { cellDate, cellText, headingKey } from './agenda-book.js';
import { yearInRange } from './limits.js';
import type { Service } from './model.js';
import {
  ANSWER_COLUMNS,
  PROFILE_CODES,
  PROFILE_FIELDS,
  type NewSurveyResponse,
  type ProfileField,
  type Score,
  type SurveyResponse,
} from './skm.js';

/** The columns of a questionnaire, in the order of the regulation's form. */
export const SURVEY_FIELDS = ['tanggal', 'layanan', ...ANSWER_COLUMNS, ...PROFILE_FIELDS, 'saran'] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

/** A questionnaire as found: cells of a spreadsheet row (text, numbers, dates) or a form's fields. */
export type SurveyRaw = Partial<Record<SurveyField, unknown>>;

export interface SurveyProblem {
  field: SurveyField;
  key: MessageKey;
  params?: Params;
}

export interface AnswerRules {
  /** Every element must be answered (a screen can ask again; a paper form cannot, so the import allows gaps). */
  requireAll: boolean;
  /** Today in the office zone: the day of a response that names none, and the latest day one may name. */
  today: string;
  /** The service when the fields name none (the case the token was made for, or the import's --service). */
  service?: Service;
  /** The service a text names (its key or its name), if any. */
  serviceOf(text: string): Service | undefined;
  /** The code a profile answer names (a code, or its wording in the questionnaire), if any. */
  profileOf(field: ProfileField, text: string): string | undefined;
}

// The regulation's sample questionnaire letters its answers a … d for 1 … 4.
const LETTERS: Record<string, Score> = { a: 1, b: 2, c: 3, d: 4 };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
export const MAX_SUGGESTION = 2000;

/** An answer as a score: 1–4 (a number, "3", "3.0") or a–d; undefined when it is neither. */
export function readScore(cell: unknown): Score | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 4 ? (cell as Score) : undefined;
  const text = cellText(cell).toLowerCase();
  const letter = LETTERS[text];
  if (letter) return letter;
  const m = /^([1-4])(?:[.,]0+)?$/.exec(text);
  return m ? (Number(m[1]) as Score) : undefined;
}

/** The answers of one questionnaire as a response (without its id), or every problem found. */
export function readAnswers(raw: SurveyRaw, rules: AnswerRules): { response: NewSurveyResponse } | { problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = [];
  const add = (field: SurveyField, key: MessageKey, params?: Params) => problems.push({ field, key, ...(params ? { params } : {}) });
  const text = (f: SurveyField) => cellText(raw[f]);

  let date = rules.today;
  if (text('tanggal')) {
    const found = cellDate(raw.tanggal);
    if (!found) add('tanggal', 'input.date', { value: text('tanggal') });
    else if (!yearInRange(found)) add('tanggal', 'input.yearRange', { value: found, min: 2000, max: 2100 });
    else if (found > rules.today) add('tanggal', 'skm.input.future', { value: found });
    date = found ?? date;
  }

  let service = rules.service;
  if (text('layanan')) {
    service = rules.serviceOf(text('layanan'));
    if (!service) add('layanan', 'skm.input.service', { value: text('layanan') });
  } else if (!service) add('layanan', 'skm.input.serviceMissing');

  const answers: (Score | null)[] = ANSWER_COLUMNS.map((column) => {
    if (!text(column)) {
      if (rules.requireAll) add(column, 'skm.input.unanswered');
      return null;
    }
    const score = readScore(raw[column]);
    if (score === undefined) add(column, 'skm.input.answer', { value: text(column) });
    return score ?? null;
  });
  if (!rules.requireAll && answers.every((a) => a === null) && !problems.some((p) => p.key === 'skm.input.answer'))
    add('u1', 'skm.input.noAnswers');

  const profile: Partial<Record<ProfileField, string>> = {};
  for (const field of PROFILE_FIELDS) {
    const value = text(field);
    if (!value) continue;
    const code = rules.profileOf(field, value);
    if (code === undefined) add(field, 'skm.input.profile', { value, choices: PROFILE_CODES[field].join(', ') });
    else profile[field] = code;
  }

  const suggestion = text('saran').replace(/\r\n/g, '\n').normalize('NFC');
  if (CONTROL.test(suggestion)) add('saran', 'input.controlCharacter', { value: JSON.stringify(suggestion).slice(1, -1).slice(0, 60) });
  if (suggestion.length > MAX_SUGGESTION) add('saran', 'input.tooLong', { length: suggestion.length, max: MAX_SUGGESTION });

  if (problems.length || !service) return { problems };
  return {
    response: {
      date,
      service,
      answers,
      ...(profile.jenis_kelamin ? { gender: profile.jenis_kelamin as SurveyResponse['gender'] } : {}),
      ...(profile.pendidikan ? { education: profile.pendidikan as SurveyResponse['education'] } : {}),
      ...(profile.pekerjaan ? { occupation: profile.pekerjaan as SurveyResponse['occupation'] } : {}),
      ...(suggestion ? { suggestion } : {}),
    },
  };
}

/** Other ways offices write the profile's answers (compared as lower-case letters and digits). */
const ALIASES: Record<ProfileField, Record<string, string>> = {
  jenis_kelamin: { lakilaki: 'L', laki: 'L', pria: 'L', perempuan: 'P', wanita: 'P' },
  pendidikan: { sltp: 'SMP', mts: 'SMP', slta: 'SMA', smk: 'SMA', ma: 'SMA', d3: 'DIII', diploma3: 'DIII', d4: 'S1', div: 'S1' },
  pekerjaan: { wiraswasta: 'WIRAUSAHA', pegawaiswasta: 'SWASTA', lainlain: 'Lainnya' },
};

/** The code a profile answer names: the code itself, its wording in `labels` (code → words), or a usual alias. */
export function profileCode(field: ProfileField, text: string, labels: Readonly<Record<string, string>>): string | undefined {
  const key = headingKey(text);
  if (!key) return undefined;
  return PROFILE_CODES[field].find((code) => headingKey(code) === key || headingKey(labels[code] ?? '') === key) ?? ALIASES[field][key];
}
