import { describe, expect, it } from 'vitest';
import { parsePeriod, type Score } from '../../src/domain/skm.js';
import {
  bandOfNi,
  bandOfNik,
  elementFigures,
  ikmOf,
  minimumSample,
  nikOf,
  surveyIndex,
  weakestElements,
} from '../../src/domain/skm-index.js';

/** `count` respondents answering the nine elements as `answers` (a column of nine per respondent). */
const respondents = (...rows: (Score | null)[][]) => rows.map((answers) => ({ answers }));
const times = (n: number, answers: (Score | null)[]) => Array.from({ length: n }, () => answers);

describe("Table II: from the converted value (NIK) to the quality letter and the unit's performance", () => {
  it.each([
    [25, 'D', 'Tidak Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [65.0, 'C', 'Kurang Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [76.61, 'B', 'Baik'],
    [88.3, 'B', 'Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [100, 'A', 'Sangat Baik'],
  ])('NIK %s is %s (%s)', (nik, mutu, kinerja) => {
    expect(bandOfNik(nik)).toEqual({ mutu, kinerja });
  });

  // The printed bands leave gaps of a hundredth: an unrounded value is graded by its value rounded
  // half up to two decimals, the NIK the report prints.
  it.each([
    [64.994, 'D'],
    [64.995, 'C'],
    [76.6049, 'C'],
    [76.605, 'B'],
    [88.3049, 'B'],
    [88.305, 'A'],
  ])('NIK %s in a gap is graded as it prints: %s', (nik, mutu) => {
    expect(bandOfNik(nik).mutu).toBe(mutu);
  });

  // The interval values (NI) are the same bounds divided by 25.
  it.each([
    [1, 'D'],
    [2.5996, 'D'],
    [2.6, 'C'],
    [3.064, 'C'],
    [3.0644, 'B'],
    [3.532, 'B'],
    [3.5324, 'A'],
    [4, 'A'],
  ])('an NRR (interval value) of %s is %s', (ni, mutu) => {
    expect(bandOfNi(ni).mutu).toBe(mutu);
  });
});

describe('NRR, IKM and NIK against hand calculations', () => {
  it('four respondents answering every element', () => {
    const index = surveyIndex(
      respondents([4, 3, 3, 4, 3, 4, 4, 2, 3], [3, 3, 2, 4, 3, 3, 4, 2, 3], [4, 4, 3, 4, 3, 3, 4, 3, 4], [3, 2, 2, 4, 3, 4, 4, 1, 2]),
    );
    // Sums 14 12 10 16 12 14 16 8 12 → NRR 3,5 3 2,5 4 3 3,5 4 2 3; Σ NRR = 28,5
    expect(index.elements.map((e) => e.nrr)).toEqual([3.5, 3, 2.5, 4, 3, 3.5, 4, 2, 3]);
    expect(index.elements.map((e) => e.mutu)).toEqual(['B', 'C', 'D', 'A', 'C', 'B', 'A', 'D', 'C']);
    // IKM = 28,5 × 1/9 = 3,1666…; NIK = 79,1666… → B, Baik
    expect(index.ikm).toBeCloseTo(28.5 / 9, 12);
    expect(index.nik).toBeCloseTo(79.1667, 4);
    expect([index.mutu, index.kinerja]).toEqual(['B', 'Baik']);
    // The three lowest NRR: 2 (pengaduan), 2,5 (waktu), then 3 of prosedur, produk and sarana: the earliest, prosedur.
    expect(index.weakest).toEqual(['pengaduan', 'waktu', 'prosedur']);
    expect(index.respondents).toBe(4);
  });

  it('an element left unanswered on paper counts only those who answered it', () => {
    const figures = elementFigures(respondents([4, 4, 4, null, 4, 4, 4, 4, 4], [3, 3, 3, 2, 3, 3, 3, 3, 3], [2, 2, 2, 3, 2, 2, 2, 2, 2]));
    expect(figures[3]).toEqual({ element: 'biaya', answered: 2, sum: 5, nrr: 2.5, mutu: 'D' });
    expect(figures[0]).toEqual({ element: 'persyaratan', answered: 3, sum: 9, nrr: 3, mutu: 'C' });
  });

  it('no index while an element has no answer at all, and none without respondents', () => {
    expect(ikmOf([3, 3, 3, null, 3, 3, 3, 3, 3])).toBeNull();
    const index = surveyIndex([]);
    expect([index.respondents, index.ikm, index.nik, index.mutu, index.kinerja, index.weakest]).toEqual([0, null, null, null, null, []]);
    const partial = surveyIndex(respondents([4, 4, 4, null, 4, 4, 4, 4, 4]));
    expect(partial.ikm).toBeNull();
    expect(partial.weakest).toEqual(['persyaratan', 'prosedur', 'waktu']);
  });

  it('the weight is 1/9 exactly: rounded to 0,111 it would make an A a B', () => {
    // Ten respondents: elements 1–6 six times 4 and four times 3 (NRR 3,6), elements 7–9 four times 4 and six times 3 (NRR 3,4).
    const rows = [
      ...times(4, [4, 4, 4, 4, 4, 4, 4, 4, 4]),
      ...times(2, [4, 4, 4, 4, 4, 4, 3, 3, 3]),
      ...times(4, [3, 3, 3, 3, 3, 3, 3, 3, 3]),
    ] as Score[][];
    const index = surveyIndex(respondents(...rows));
    expect(index.elements.map((e) => e.nrr)).toEqual([3.6, 3.6, 3.6, 3.6, 3.6, 3.6, 3.4, 3.4, 3.4]);
    // Σ NRR = 31,8. × 1/9 = 3,5333… → NIK 88,33 → A.
    expect(index.nik).toBeCloseTo(88.3333, 4);
    expect(index.mutu).toBe('A');
    // × 0,111 = 3,5298 → NIK 88,245 → B: the rounded weight would have moved the letter.
    const rounded = 31.8 * 0.111;
    expect(nikOf(rounded)).toBeCloseTo(88.245, 6);
    expect(bandOfNik(nikOf(rounded)).mutu).toBe('B');
    expect(bandOfNi(rounded).mutu).toBe('B');
  });

  it("the weakest: at most the count asked for, never an unanswered element, ties in the regulation's order", () => {
    const figures = elementFigures(respondents([2, 3, 2, null, 4, 4, 2, 4, 4]));
    expect(weakestElements(figures)).toEqual(['persyaratan', 'waktu', 'perilaku']);
    expect(weakestElements(figures, 1)).toEqual(['persyaratan']);
  });
});

describe('the minimum sample: Krejcie and Morgan', () => {
  // The published table (Krejcie & Morgan 1970, Table 1) at its points; it jumps from 75.000 to 1.000.000.
  it.each([
    [10, 10],
    [15, 14],
    [20, 19],
    [25, 24],
    [30, 28],
    [40, 36],
    [50, 44],
    [75, 63],
    [100, 80],
    [150, 108],
    [200, 132],
    [220, 140],
    [300, 169],
    [400, 196],
    [500, 217],
    [750, 254],
    [1000, 278],
    [1200, 291],
    [1500, 306],
    [2000, 322],
    [3000, 341],
    [5000, 357],
    [10000, 370],
    [20000, 377],
    [30000, 379],
    [40000, 380],
    [50000, 381],
    [75000, 382],
    [1000000, 384],
  ])('a population of %i needs %i respondents', (n, s) => {
    expect(minimumSample(n)).toBe(s);
  });

  it('no population, no sample; a tiny one is asked whole', () => {
    expect([minimumSample(0), minimumSample(1), minimumSample(5)]).toEqual([0, 1, 5]);
    expect(minimumSample(10_000_000)).toBe(384);
  });
});

describe('report periods', () => {
  it.each([
    ['2026-Q4', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-q1', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-T2', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-S1', '2026-S1', '2026-01-01', '2026-06-30'],
    ['2026-S2', '2026-S2', '2026-07-01', '2026-12-31'],
    ['2026', '2026', '2026-01-01', '2026-12-31'],
    ['2026-11', '2026-11', '2026-11-01', '2026-11-30'],
    ['2028-02', '2028-02', '2028-02-01', '2028-02-29'],
  ])('%s is %s, %s to %s', (text, key, from, to) => {
    expect(parsePeriod(text)).toMatchObject({ key, from, to });
  });

  it.each(['2026-Q5', '2026-S3', '2026-13', '26-Q4', '2026-11-01', 'Q4', ''])('%s is not a period', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});
