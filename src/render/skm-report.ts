/** The survey's report as a terminal text, as CSV and as workbook sheets, in the interface language. */
import type { SkmReport } from '../app/skm-report.js';
import { EDUCATIONS, GENDERS, OCCUPATIONS, type ProfileField } from '../domain/skm.js';
import { bandOfNi, hundredths, roundTo } from '../domain/skm-index.js';
import { SERVICES } from '../domain/model.js';
import { num, t } from '../i18n/index.js';
import { requireCjs } from '../cjs.js';
import { toCsv } from './csv.js';
import { choiceText, elementNames, kinerjaText, nikText, niText, periodText, sampleMet } from './skm-format.js';
import { uiLabel } from './interface-labels.js';
import type { Sheet } from './xlsx.js';

const GROUPS: [ProfileField, 'gender' | 'education' | 'occupation', readonly string[]][] = [
  ['jenis_kelamin', 'gender', GENDERS],
  ['pendidikan', 'education', EDUCATIONS],
  ['pekerjaan', 'occupation', OCCUPATIONS],
];

/** The profile as rows: group, answer, how many, share of the respondents (%). */
function profileRows(r: SkmReport): [string, string, number, number | null][] {
  const n = r.index.respondents;
  const share = (k: number) => (n ? (k * 100) / n : null);
  const rows: [string, string, number, number | null][] = [];
  for (const [field, key, codes] of GROUPS) {
    const group = t(`skm.profile.${key}`);
    for (const code of codes) rows.push([group, choiceText(field, code), (r.profile[key] as Record<string, number>)[code]!, null]);
    if (r.profile.notStated[key]) rows.push([group, t('skm.profile.notStated'), r.profile.notStated[key], null]);
  }
  if (!r.service)
    for (const s of SERVICES)
      if (r.profile.service[s]) rows.push([t('skm.profile.service'), uiLabel('service', s), r.profile.service[s], null]);
  return rows.map(([g, a, k]) => [g, a, k, share(k)]);
}

/** The element rows: number, name, answers, sum, NRR, weighted NRR, converted value, letter. */
function elementRows(r: SkmReport) {
  const names = elementNames(r);
  return r.index.elements.map((e, i) => ({
    no: i + 1,
    name: names[i] ?? e.element,
    answered: e.answered,
    sum: e.sum,
    nrr: e.nrr,
    weighted: e.nrr === null ? null : e.nrr / 9,
    converted: e.nrr === null ? null : e.nrr * 25,
    mutu: e.mutu,
  }));
}

/** The sample line: respondents against the minimum for the people served. */
function sampleLine(r: SkmReport): string {
  const params = { respondents: r.index.respondents, minimum: r.minimumSample, population: r.population };
  return t(sampleMet(r) ? 'skm.sample.met' : 'skm.sample.short', { ...params, short: r.minimumSample - r.index.respondents });
}

/** The report as a terminal text (within 100 columns). */
export function renderSkmText(r: SkmReport): string {
  const Table = requireCjs('cli-table3') as typeof import('cli-table3');
  const lines = [
    t('skm.report.title', { period: periodText(r.period) }),
    t('skm.report.service', { service: r.service ? uiLabel('service', r.service) : t('skm.report.allServices') }),
    sampleLine(r),
  ];
  if (!r.index.respondents) return [...lines, t('skm.report.none')].join('\n');
  const table = new Table({
    head: ['No', t('skm.col.element'), t('skm.col.answered'), 'NRR', t('skm.col.weighted'), t('skm.col.converted'), t('skm.col.mutu')],
    colWidths: [4, 42, 9, 9, 11, 10, 6],
    wordWrap: true,
    style: { head: [], border: [] },
    // No rule between the elements' rows: nine rows and the index fit a screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const e of elementRows(r))
    table.push([e.no, e.name, e.answered, niText(e.nrr), niText(e.weighted), nikText(e.converted), e.mutu ?? '-']);
  const names = elementNames(r);
  const weakest = r.index.weakest.map((k, i) => {
    const at = r.index.elements.findIndex((e) => e.element === k);
    return `  ${i + 1}. ${names[at]}: NRR ${niText(r.index.elements[at]!.nrr)}, ${r.index.elements[at]!.mutu}`;
  });
  const all = profileRows(r);
  const profile = [...new Set(all.map(([g]) => g))].map((group) => {
    const given = all.filter(([g, , k]) => g === group && k > 0);
    return `  ${group}: ${given.map(([, a, k, p]) => `${a} ${k} (${shareText(p)})`).join(', ') || '-'}`;
  });
  return [
    ...lines,
    table.toString(),
    r.index.ikm === null
      ? t('skm.report.noIndex')
      : t('skm.report.index', {
          ikm: niText(r.index.ikm),
          nik: nikText(r.index.nik),
          mutu: r.index.mutu!,
          kinerja: kinerjaText(r.index.mutu),
        }),
    t('skm.report.weakest'),
    ...weakest,
    t('skm.report.profile'),
    ...profile,
    t('skm.report.suggestions', { n: r.suggestions.length }),
    ...r.suggestions.map((s) => `  - ${s.replace(/\n/g, ' ')}`),
  ].join('\n');
}

const COLUMNS = () => [
  'No',
  t('skm.col.element'),
  t('skm.col.answered'),
  t('skm.col.sum'),
  'NRR',
  t('skm.col.weighted'),
  t('skm.col.converted'),
  t('skm.col.mutu'),
  t('skm.col.kinerja'),
];

/** The report as CSV: a line per element, then the index of the unit (IKM, its sum of weighted NRR, the NIK, letter and performance). */
export function renderSkmCsv(r: SkmReport): string {
  const rows: (string | number)[][] = elementRows(r).map((e) => [
    e.no,
    e.name,
    e.answered,
    e.sum,
    niText(e.nrr),
    niText(e.weighted),
    nikText(e.converted),
    e.mutu ?? '',
    e.nrr === null ? '' : kinerjaText(bandOfNi(e.nrr).mutu),
  ]);
  rows.push([
    '',
    t('skm.col.ikm'),
    r.index.respondents,
    '',
    niText(r.index.ikm),
    niText(r.index.ikm),
    nikText(r.index.nik),
    r.index.mutu ?? '',
    kinerjaText(r.index.mutu),
  ]);
  return toCsv(COLUMNS(), rows);
}

/** The report as workbook sheets: the summary, the elements, the profile and the suggestions. */
export function skmSheets(r: SkmReport): Sheet[] {
  const names = elementNames(r);
  const summary: Sheet = {
    name: t('skm.sheet.summary'),
    columns: [
      { header: t('skm.col.item'), type: 'text' },
      { header: t('skm.col.value'), type: 'number' },
      { header: t('skm.col.note'), type: 'text' },
    ],
    rows: [
      [t('skm.col.period'), null, periodText(r.period)],
      [t('skm.profile.service'), null, r.service ? uiLabel('service', r.service) : t('skm.report.allServices')],
      [t('skm.col.respondents'), r.index.respondents, null],
      [t('skm.col.population'), r.population, null],
      [t('skm.col.minimum'), r.minimumSample, sampleLine(r)],
      ['IKM', r.index.ikm === null ? null : roundTo(r.index.ikm, 4), null],
      ['NIK', r.index.nik === null ? null : hundredths(r.index.nik) / 100, null],
      [t('skm.col.mutu'), null, r.index.mutu],
      [t('skm.col.kinerja'), null, r.index.mutu ? kinerjaText(r.index.mutu) : null],
      ...r.index.weakest.map((k, i) => [
        `${t('skm.col.priority')} ${i + 1}`,
        roundTo(r.index.elements.find((e) => e.element === k)!.nrr!, 4),
        names[r.index.elements.findIndex((e) => e.element === k)],
      ]),
    ],
  };
  const elements: Sheet = {
    name: t('skm.sheet.elements'),
    columns: COLUMNS().map((header, i) => ({ header, type: i === 1 || i >= 7 ? 'text' : 'number' })),
    rows: [
      ...elementRows(r).map((e) => [
        e.no,
        e.name,
        e.answered,
        e.sum,
        e.nrr === null ? null : roundTo(e.nrr, 4),
        e.weighted === null ? null : roundTo(e.weighted, 4),
        e.converted === null ? null : hundredths(e.converted) / 100,
        e.mutu,
        e.nrr === null ? null : kinerjaText(bandOfNi(e.nrr).mutu),
      ]),
      [
        null,
        t('skm.col.ikm'),
        r.index.respondents,
        null,
        r.index.ikm === null ? null : roundTo(r.index.ikm, 4),
        r.index.ikm === null ? null : roundTo(r.index.ikm, 4),
        r.index.nik === null ? null : hundredths(r.index.nik) / 100,
        r.index.mutu,
        r.index.mutu ? kinerjaText(r.index.mutu) : null,
      ],
    ],
  };
  const profile: Sheet = {
    name: t('skm.sheet.profile'),
    columns: [
      { header: t('skm.col.group'), type: 'text' },
      { header: t('skm.col.answer'), type: 'text' },
      { header: t('skm.col.count'), type: 'number' },
      { header: '%', type: 'number' },
    ],
    rows: profileRows(r).map(([g, a, k, p]) => [g, a, k, p === null ? null : roundTo(p, 1)]),
  };
  const suggestions: Sheet = {
    name: t('skm.sheet.suggestions'),
    columns: [
      { header: 'No', type: 'number' },
      { header: t('skm.col.suggestion'), type: 'text' },
    ],
    rows: r.suggestions.map((s, i) => [i + 1, s]),
  };
  return [summary, elements, profile, suggestions];
}

/** The share of a profile answer as printed: one decimal and a percent sign. */
export function shareText(share: number | null): string {
  return share === null ? '-' : `${num(roundTo(share, 1), 1)} %`;
}
