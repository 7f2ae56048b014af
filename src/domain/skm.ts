/**
 * The satisfaction survey (Survei Kepuasan Masyarakat) of PermenPANRB 14/2017: its nine elements in
 * the regulation's order, the answer scale, the respondent's profile in the regulation's form, an
 * anonymous response, and the periods a survey is reported for.
 */
import { daysInMonth } from './dates.js';
import type { Service } from './model.js';

/** The nine elements (unsur), in the regulation's order: u1 … u9 in questionnaires and spreadsheets. */
export const SKM_ELEMENTS = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number];

/** The elements' names as the regulation writes them (an office's questionnaire may word them its own way). */
export const REGULATION_NAMES: Record<SkmElement, string> = {
  persyaratan: 'Persyaratan',
  prosedur: 'Sistem, Mekanisme, dan Prosedur',
  waktu: 'Waktu Penyelesaian',
  biaya: 'Biaya/Tarif',
  produk: 'Produk Spesifikasi Jenis Pelayanan',
  kompetensi: 'Kompetensi Pelaksana',
  perilaku: 'Perilaku Pelaksana',
  pengaduan: 'Penanganan Pengaduan, Saran dan Masukan',
  sarana: 'Sarana dan Prasarana',
};

/** The column of each element in a questionnaire's form or spreadsheet: u1 … u9. */
export const ANSWER_COLUMNS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** An answer on the scale: 1 (tidak baik) … 4 (sangat baik). */
export type Score = 1 | 2 | 3 | 4;
export const SCORES: readonly Score[] = [1, 2, 3, 4];

export const GENDERS = ['L', 'P'] as const;
export const EDUCATIONS = ['SD', 'SMP', 'SMA', 'DIII', 'S1', 'S2', 'S3'] as const;
export const OCCUPATIONS = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'Lainnya'] as const;
export type Gender = (typeof GENDERS)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

/** The profile questions, by the column names of a spreadsheet and of the online form. */
export const PROFILE_FIELDS = ['jenis_kelamin', 'pendidikan', 'pekerjaan'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const PROFILE_CODES: Record<ProfileField, readonly string[]> = {
  jenis_kelamin: GENDERS,
  pendidikan: EDUCATIONS,
  pekerjaan: OCCUPATIONS,
};

/**
 * One anonymous response: the day it was given, the service used and the answers. It never holds the
 * case, the applicant or the token that let it in; its id is random, so that it tells no order.
 */
export interface SurveyResponse {
  id: string;
  date: string;
  service: Service;
  /** The nine answers in the elements' order; null for an element left unanswered (on paper). */
  answers: (Score | null)[];
  gender?: Gender;
  education?: Education;
  occupation?: Occupation;
  suggestion?: string;
}

/** A response before the store gives it its id. */
export type NewSurveyResponse = Omit<SurveyResponse, 'id'>;

/** What a report covers: a quarter, a half year, a year or a month, as its first and last day. */
export interface SkmPeriod {
  /** As typed, normalised: `2026-Q4`, `2026-S2`, `2026`, `2026-11`. */
  key: string;
  kind: 'quarter' | 'semester' | 'year' | 'month';
  year: number;
  /** The quarter (1–4), half (1–2) or month (1–12); 0 for a year. */
  part: number;
  from: string;
  to: string;
}

const PERIOD_RE = /^(\d{4})(?:-(?:([QqTt])([1-4])|([Ss])([12])|(0[1-9]|1[0-2])))?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const span = (year: number, first: number, last: number) => ({
  from: `${year}-${pad(first)}-01`,
  to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`,
});

/** `2026-Q4` (or T4, triwulan), `2026-S2`, `2026`, `2026-11` as a period; undefined for anything else. */
export function parsePeriod(text: string): SkmPeriod | undefined {
  const m = PERIOD_RE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) {
    const q = Number(m[3]);
    return { key: `${year}-Q${q}`, kind: 'quarter', year, part: q, ...span(year, q * 3 - 2, q * 3) };
  }
  if (m[5]) {
    const s = Number(m[5]);
    return { key: `${year}-S${s}`, kind: 'semester', year, part: s, ...span(year, s * 6 - 5, s * 6) };
  }
  if (m[6]) {
    const month = Number(m[6]);
    return { key: `${year}-${m[6]}`, kind: 'month', year, part: month, ...span(year, month, month) };
  }
  return { key: String(year), kind: 'year', year, part: 0, ...span(year, 1, 12) };
}
