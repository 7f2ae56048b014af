/**
 * The use case of the survey's report: the responses of a period (of one service, when named)
 * against the minimum sample for the people served (the cases received in the period, counted from
 * the store), the respondents' profile, the index and its quality, the priorities and the suggestions.
 */
import { SERVICES, type Service } from '../domain/model.js';
import { EDUCATIONS, GENDERS, OCCUPATIONS, parsePeriod, type SkmPeriod, type SurveyResponse } from '../domain/skm.js';
import { minimumSample, surveyIndex, type Kinerja, type Mutu, type SurveyIndex } from '../domain/skm-index.js';
import { InputError } from '../errors.js';
import { questionnaire } from '../skm-questionnaire.js';
import type { Store } from '../store/store.js';

/** How many respondents gave each answer of the profile (and how many left it blank). */
export interface SkmProfile {
  gender: Record<(typeof GENDERS)[number], number>;
  education: Record<(typeof EDUCATIONS)[number], number>;
  occupation: Record<(typeof OCCUPATIONS)[number], number>;
  service: Record<Service, number>;
  notStated: { gender: number; education: number; occupation: number };
}

export interface SkmReport {
  period: SkmPeriod;
  service: Service | null;
  /** The cases received in the period (of the service): the people served. */
  population: number;
  minimumSample: number;
  index: SurveyIndex;
  /** The elements' names in the questionnaire in use (Indonesian: the report is an Indonesian document). */
  names: string[];
  profile: SkmProfile;
  suggestions: string[];
}

function counts<K extends string>(keys: readonly K[], values: (K | undefined)[]): { counts: Record<K, number>; none: number } {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  let none = 0;
  for (const v of values)
    if (v === undefined) none++;
    else out[v]++;
  return { counts: out, none };
}

/** The respondents' profile. */
export function profileOf(responses: readonly SurveyResponse[]): SkmProfile {
  const gender = counts(
    GENDERS,
    responses.map((r) => r.gender),
  );
  const education = counts(
    EDUCATIONS,
    responses.map((r) => r.education),
  );
  const occupation = counts(
    OCCUPATIONS,
    responses.map((r) => r.occupation),
  );
  return {
    gender: gender.counts,
    education: education.counts,
    occupation: occupation.counts,
    service: counts(
      SERVICES,
      responses.map((r) => r.service),
    ).counts,
    notStated: { gender: gender.none, education: education.none, occupation: occupation.none },
  };
}

/** The report of `periodText` (2026-Q4, 2026-S2, 2026, 2026-11), of one service or all; an InputError naming `period` for anything else. */
export async function skmReport(store: Store, periodText: string, service?: Service): Promise<SkmReport> {
  const period = parsePeriod(periodText);
  if (!period) throw InputError.of('period', 'skm.input.period', { value: periodText });
  const names = questionnaire('id').elements.map((e) => e.name);
  const [responses, cases] = await Promise.all([
    store.surveyResponses(period.from, period.to),
    store.listCases({ from: period.from, to: period.to, ...(service ? { service } : {}) }, { first: period.year, last: period.year }),
  ]);
  const chosen = service ? responses.filter((r) => r.service === service) : responses;
  return {
    period,
    service: service ?? null,
    population: cases.length,
    minimumSample: minimumSample(cases.length),
    index: surveyIndex(chosen),
    names,
    profile: profileOf(chosen),
    suggestions: chosen.flatMap((r) => (r.suggestion ? [r.suggestion] : [])),
  };
}

/** The report as `--json` gives it: the shape, numbers unrounded, and the profile. */
export function skmReportJson(r: SkmReport) {
  const name = (key: string) => r.names[r.index.elements.findIndex((e) => e.element === key)] ?? key;
  return {
    period: r.period.key,
    service: r.service,
    respondents: r.index.respondents,
    population: r.population,
    minimumSample: r.minimumSample,
    elements: r.index.elements.map((e, i) => ({ name: r.names[i] ?? e.element, nrr: e.nrr, mutu: e.mutu as Mutu | null })),
    ikm: r.index.ikm,
    nik: r.index.nik,
    mutu: r.index.mutu,
    kinerja: r.index.kinerja as Kinerja | null,
    weakest: r.index.weakest.map(name),
    suggestions: r.suggestions,
    profile: r.profile,
  };
}
