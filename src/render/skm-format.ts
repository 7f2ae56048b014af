/**
 * How the survey's report writes its figures and names: NRR and IKM to four decimals (Table II's
 * interval values go to four: 2,5996), converted values to two (the NIK), rounded as they are graded;
 * periods in words; the profile's and the elements' wording from the questionnaire in use.
 */
import { formatDateId, formatNumberId, MONTHS_ID } from '../domain/indonesian.js';
import type { ProfileField, SkmPeriod } from '../domain/skm.js';
import { hundredths, roundTo, type Mutu } from '../domain/skm-index.js';
import type { SkmReport } from '../app/skm-report.js';
import { language, num, t } from '../i18n/index.js';
import { questionnaire } from '../skm-questionnaire.js';
import { dateText, monthText } from './interface-labels.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** An NRR or IKM as printed: four decimals, decimal comma in Indonesian (`-` when there is none). */
export function niText(value: number | null, indonesian = false): string {
  if (value === null) return '-';
  return indonesian ? formatNumberId(roundTo(value, 4), 4, true) : num(roundTo(value, 4), 4, true);
}

/** A converted value (NIK, or an element's NRR × 25) as printed: two decimals, the value its letter was graded by. */
export function nikText(value: number | null, indonesian = false): string {
  if (value === null) return '-';
  const v = hundredths(value) / 100;
  return indonesian ? formatNumberId(v, 2, true) : num(v, 2, true);
}

/** The period in Indonesian words, as the document writes it: "Triwulan IV Tahun 2026 (1 Oktober – 31 Desember 2026)". */
export function periodNameId(p: SkmPeriod): string {
  const span = `${formatDateId(p.from)} – ${formatDateId(p.to)}`;
  if (p.kind === 'quarter') return `Triwulan ${ROMAN[p.part - 1]} Tahun ${p.year} (${span})`;
  if (p.kind === 'semester') return `Semester ${ROMAN[p.part - 1]} Tahun ${p.year} (${span})`;
  if (p.kind === 'month') return `Bulan ${MONTHS_ID[p.part - 1]} ${p.year}`;
  return `Tahun ${p.year}`;
}

/** The period in the interface language. */
export function periodText(p: SkmPeriod): string {
  const span = `${dateText(p.from)} – ${dateText(p.to)}`;
  if (p.kind === 'month') return monthText(p.key);
  if (p.kind === 'year') return t('skm.period.year', { year: p.year });
  return t(p.kind === 'quarter' ? 'skm.period.quarter' : 'skm.period.semester', { part: ROMAN[p.part - 1]!, year: p.year, span });
}

/** The unit's performance for a letter, in the interface language (Table II's words in Indonesian). */
export function kinerjaText(mutu: Mutu | null): string {
  return mutu ? t(`skm.kinerja.${mutu}`) : '-';
}

/** The elements' names in the interface language (the report's own, the office's Indonesian wording, otherwise). */
export function elementNames(r: SkmReport): string[] {
  return language() === 'en' ? questionnaire('en').elements.map((e) => e.name) : r.names;
}

/** The wording of a profile answer in the interface language (the regulation's code when the questionnaire has none). */
export function choiceText(field: ProfileField, code: string, indonesian = false): string {
  return questionnaire(indonesian ? 'id' : language()).profile[field].choices[code] ?? code;
}

/** Whether the respondents reach the minimum sample. */
export function sampleMet(r: SkmReport): boolean {
  return r.index.respondents >= r.minimumSample;
}
