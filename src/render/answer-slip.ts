/** The "Informasi Jawaban" slip: what a visitor was told at the counter, on one A5 page to take home. */
import { formatDateId, formatInstantId } from '../domain/indonesian.js';
import { localDate } from '../domain/timezone.js';
import { applicantLine, type Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { label } from './document-labels.js';
import { documentCase } from './report-template.js';
import { drawSignOff, fits, fitSheet, openA5Sheet, signOffHeight } from './a5-sheet.js';
import { FONT, FONT_BOLD, labelRow } from './pdf.js';
import { drawSurveyBlock } from './survey-block.js';
import { assertTemplate, loadTemplate } from './template.js';

interface AnswerSlipTemplate {
  title: string;
  subtitle: string;
  labels: Record<'caseId' | 'visit' | 'visitor' | 'service' | 'purpose' | 'answer' | 'answeredAt', string>;
  officer: string;
  free: string;
}

/** The slip's template, refused (exit 2) when it lacks a field. */
export function answerSlipTemplate(): AnswerSlipTemplate {
  const tpl = loadTemplate<AnswerSlipTemplate>('answer-slip');
  assertTemplate('answer-slip', tpl, []);
  return tpl;
}

/** Renders the slip of a walk-in answered at the counter as PDF bytes, with the survey invitation when `survey` (its link) is given. */
export async function renderAnswerSlip(original: Case, profile: Profile, options: { survey?: string } = {}): Promise<Buffer> {
  // A shielded reporter's name never reaches the page.
  const c = documentCase(original);
  const tpl = answerSlipTemplate();
  const answer = c.answer;
  if (!answer?.note) throw new Error(`case ${c.id} has no answer given at the counter`);
  const note = answer.note;
  return fitSheet(async (scale, onePage) => {
    const { doc, done } = await openA5Sheet({
      title: tpl.title,
      subtitle: tpl.subtitle,
      documentTitle: `${tpl.title} ${c.id}`,
      profile,
      createdAt: new Date(answer.at),
      content: [c, profile, tpl, options.survey],
      scale,
      onePage,
    });
    const L = tpl.labels;
    const w = 130 * scale;
    const at = (iso: string) => formatInstantId(Date.parse(iso), profile.timeZone, profile.zoneLabel);
    labelRow(doc, L.caseId, c.id, w, { bold: true });
    labelRow(doc, L.visit, at(c.receivedAt), w);
    labelRow(doc, L.visitor, applicantLine(c.applicant), w);
    labelRow(doc, L.service, label('service', c.service), w);
    labelRow(doc, L.purpose, c.purpose ?? c.subject, w);
    labelRow(doc, L.answer, note, w, { bold: true });
    labelRow(doc, L.answeredAt, at(answer.at), w);
    if (options.survey) {
      doc.moveDown(0.6);
      drawSurveyBlock(doc, options.survey, { size: 64 * scale, fontSize: 8 * scale, what: c.report ? 'report' : 'request' });
      doc.fontSize(9.5 * scale);
    }
    doc.moveDown(0.6).font(FONT_BOLD).text(tpl.free, doc.page.margins.left, doc.y).font(FONT);
    doc.moveDown(1.2);
    const placeAndDate = `${profile.city}, ${formatDateId(localDate(Date.parse(answer.at), profile.timeZone))}`;
    if (!fits(doc, signOffHeight(doc, placeAndDate))) doc.addPage();
    drawSignOff(doc, tpl.officer, answer.by ?? '', placeAndDate);
    return { doc, done };
  });
}
