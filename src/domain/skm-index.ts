/**
 * The index of PermenPANRB 14/2017: each element's mean value (NRR), the index IKM = Σ NRR × 1/9 with
 * the weight exactly 1/9, its converted value NIK = IKM × 25, the quality letter and the unit's
 * performance from Table II, the weakest elements, and the minimum sample of Krejcie and Morgan.
 */
import { SKM_ELEMENTS, type SkmElement, type SurveyResponse } from './skm.js';

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type Kinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/**
 * Table II as the regulation prints it, on the converted value (NIK, 25–100); its interval values
 * (NI, 1–4) are the same bounds divided by 25 (64,99 / 25 = 2,5996; 76,61 / 25 = 3,0644).
 */
export const TABLE_II: readonly { mutu: Mutu; kinerja: Kinerja; from: number; to: number }[] = [
  { mutu: 'D', kinerja: 'Tidak Baik', from: 25.0, to: 64.99 },
  { mutu: 'C', kinerja: 'Kurang Baik', from: 65.0, to: 76.6 },
  { mutu: 'B', kinerja: 'Baik', from: 76.61, to: 88.3 },
  { mutu: 'A', kinerja: 'Sangat Baik', from: 88.31, to: 100.0 },
];

/**
 * A converted value in hundredths, rounded half up: Table II is written to two decimals and the
 * report prints the NIK to two decimals. (Through 12 significant digits first, so that 64,995 held
 * as 64,99499… in binary still rounds up.)
 */
export function hundredths(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12)));
}

/** A value rounded half up to `digits` decimals, as the report prints it (the same guard against binary noise). */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(Number((value * scale).toPrecision(12))) / scale;
}

/**
 * The band of a converted value. The table leaves gaps between its bands (64,99 | 65,00, 76,60 |
 * 76,61, 88,30 | 88,31) because it is written to two decimals: an unrounded value is graded by its
 * value rounded half up to two decimals, so that the letter always agrees with the NIK printed
 * beside it (64,994 → 64,99 D; 64,995 → 65,00 C; 88,305 → 88,31 A).
 */
export function bandOfNik(nik: number): { mutu: Mutu; kinerja: Kinerja } {
  const h = hundredths(nik);
  const band = [...TABLE_II].reverse().find((b) => h >= hundredths(b.from)) ?? TABLE_II[0]!;
  return { mutu: band.mutu, kinerja: band.kinerja };
}

/** The band of an interval value (an element's NRR, or the IKM: 1–4): that of its converted value. */
export function bandOfNi(ni: number): { mutu: Mutu; kinerja: Kinerja } {
  return bandOfNik(ni * 25);
}

/** One element's figures: how many answered it, the sum of their answers, the NRR and its letter. */
export interface ElementFigures {
  element: SkmElement;
  answered: number;
  sum: number;
  /** sum ÷ answered; null when no respondent answered the element. */
  nrr: number | null;
  mutu: Mutu | null;
}

/** NRR of each element: the sum of its answers ÷ the number of respondents who answered it. */
export function elementFigures(responses: readonly Pick<SurveyResponse, 'answers'>[]): ElementFigures[] {
  return SKM_ELEMENTS.map((element, i) => {
    let answered = 0;
    let sum = 0;
    for (const r of responses) {
      const a = r.answers[i];
      if (a === null || a === undefined) continue;
      answered++;
      sum += a;
    }
    const nrr = answered ? sum / answered : null;
    return { element, answered, sum, nrr, mutu: nrr === null ? null : bandOfNi(nrr).mutu };
  });
}

/** IKM = Σ NRR × 1/9 (computed as Σ NRR ÷ 9: 1/9 exactly, never 0,111); null unless every element has an NRR. */
export function ikmOf(nrrs: readonly (number | null)[]): number | null {
  if (nrrs.length !== SKM_ELEMENTS.length || nrrs.some((n) => n === null)) return null;
  return (nrrs as number[]).reduce((a, b) => a + b, 0) / SKM_ELEMENTS.length;
}

/** The converted value NIK = IKM × 25 (25–100). */
export function nikOf(ikm: number): number {
  return ikm * 25;
}

/**
 * The `count` elements with the lowest NRR, the priorities for improvement: an element nobody
 * answered is not among them; of equal NRR, the one earlier in the regulation's order comes first.
 */
export function weakestElements(figures: readonly ElementFigures[], count = 3): SkmElement[] {
  return figures
    .map((f, order) => ({ f, order }))
    .filter((x) => x.f.nrr !== null)
    .sort((a, b) => a.f.nrr! - b.f.nrr! || a.order - b.order)
    .slice(0, count)
    .map((x) => x.f.element);
}

/** The index of a set of responses: every figure of the report but the sample. */
export interface SurveyIndex {
  respondents: number;
  elements: ElementFigures[];
  ikm: number | null;
  nik: number | null;
  mutu: Mutu | null;
  kinerja: Kinerja | null;
  weakest: SkmElement[];
}

/** Computes the index of `responses`. */
export function surveyIndex(responses: readonly Pick<SurveyResponse, 'answers'>[]): SurveyIndex {
  const elements = elementFigures(responses);
  const ikm = ikmOf(elements.map((e) => e.nrr));
  const nik = ikm === null ? null : nikOf(ikm);
  const band = nik === null ? null : bandOfNik(nik);
  return {
    respondents: responses.length,
    elements,
    ikm,
    nik,
    mutu: band?.mutu ?? null,
    kinerja: band?.kinerja ?? null,
    weakest: weakestElements(elements),
  };
}

// Krejcie & Morgan (1970): chi-square of one degree of freedom at 95 %, proportion 0,5, margin 0,05.
const CHI_SQUARE = 3.841;
const P = 0.5;
const D = 0.05;

/**
 * The minimum number of respondents for a population of `n` (the people served in the period), by
 * the formula behind the Krejcie–Morgan table the regulation points to, rounded to the nearest whole
 * number: 10 → 10, 100 → 80, 1.000 → 278, 1.000.000 → 384.
 */
export function minimumSample(n: number): number {
  if (n <= 0) return 0;
  const pq = P * (1 - P);
  return Math.round((CHI_SQUARE * n * pq) / (D * D * (n - 1) + CHI_SQUARE * pq));
}
