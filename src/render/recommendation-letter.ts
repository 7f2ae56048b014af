/** The recommendation letter that goes with an IM-NKK certificate: an official letter with the notes for improvement. */
import { formatDateId, formatNumberId } from '../domain/indonesian.js';
import { letterReference } from '../domain/letter-reference.js';
import { referenceText } from './reference.js';
import { assertSignatory } from '../domain/signatory.js';
import { CRITERIA } from '../domain/imnkk.js';
import type { Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import type { LetterNumber } from '../domain/model.js';
import { drawAddressee, finishLetter, indented, paragraph, startLetter } from './letter-parts.js';
import { numberedList } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';
import type { SigningKey } from './pdf-signing.js';

interface RecommendationTemplate {
  sifat: string;
  lampiran: string;
  hal: string;
  addresseePrefix: string;
  addresseeAt: string;
  addresseePlace: string;
  opening: string;
  result: string;
  criteriaIntro: string;
  recommendationsIntro: string;
  noRecommendations: string;
  closing: string;
  copiesTitle: string;
}

const PLACEHOLDERS = [
  'receivedDate',
  'reference',
  'subject',
  'agency',
  'plenaryDate',
  'decree',
  'score',
  'maxScore',
  'index',
  'category',
] as const;

/** The recommendation template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function recommendationTemplate(): RecommendationTemplate {
  const tpl = loadTemplate<RecommendationTemplate>('recommendation');
  assertTemplate('recommendation', tpl, PLACEHOLDERS);
  return tpl;
}

/** Renders the recommendation letter (signed like a reply) as PDF bytes. */
export async function renderRecommendation(
  c: Case,
  letter: LetterNumber,
  profile: Profile,
  options: { to?: string[]; place?: string; signing?: SigningKey; watermark?: string } = {},
): Promise<Buffer> {
  const tpl = recommendationTemplate();
  const p = c.imnkk?.plenary;
  if (!p) throw new Error(`case ${c.id} has no plenary result to recommend on`);
  const values = {
    receivedDate: formatDateId(c.receivedAt.slice(0, 10)),
    reference: referenceText(letterReference(c)),
    subject: c.subject,
    agency: c.applicant.name,
    plenaryDate: formatDateId(p.date),
    decree: p.decree,
    index: formatNumberId(p.index, 2, true),
    score: formatNumberId(p.score),
    maxScore: formatNumberId(p.maxScore),
    category: p.category,
  };
  const { doc, done } = await startLetter(
    profile,
    letter,
    { sifat: tpl.sifat, lampiran: tpl.lampiran, hal: tpl.hal },
    [c, profile, tpl, options.to, options.place],
    { signing: options.signing, watermark: options.watermark },
  );
  const operator = c.applicant.operator;
  const defaultAddressee = [
    c.applicant.name,
    ...(operator ? [`u.p. ${operator.name}${operator.position ? `, ${operator.position}` : ''}`] : []),
  ];
  drawAddressee(
    doc,
    options.to?.length ? options.to : defaultAddressee,
    tpl.addresseePrefix,
    tpl.addresseeAt,
    options.place ?? tpl.addresseePlace,
  );
  paragraph(doc, fill(tpl.opening, values));
  paragraph(doc, fill(tpl.result, values));
  if (p.criteria) {
    paragraph(doc, tpl.criteriaIntro);
    indented(doc, () =>
      numberedList(
        doc,
        CRITERIA.map((name, i) => `${name}: ${p.criteria?.[i] ?? '-'}`),
        16,
      ),
    );
  }
  if (p.recommendations.length) {
    paragraph(doc, tpl.recommendationsIntro);
    indented(doc, () => numberedList(doc, p.recommendations, 16));
  } else paragraph(doc, tpl.noRecommendations);
  finishLetter(doc, tpl.closing, assertSignatory(profile, 'recommendation'), tpl.copiesTitle, profile.copies);
  return done;
}
