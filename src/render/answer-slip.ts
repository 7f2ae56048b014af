/** The "Informasi Jawaban" slip: what a visitor was told at the counter, on one A5 page to take home. */
import { formatInstantId } from '../domain/indonesian.js';
import { applicantLine, type Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { label } from './labels.js';
import { drawLetterhead } from './letterhead.js';
import { createDoc, FONT, FONT_BOLD, labelRow } from './pdf.js';
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

/** Renders the slip of a walk-in answered at the counter as PDF bytes. */
export async function renderAnswerSlip(c: Case, profile: Profile): Promise<Buffer> {
  const tpl = answerSlipTemplate();
  const answer = c.answer;
  if (!answer?.note) throw new Error(`case ${c.id} has no answer given at the counter`);
  const { doc, done } = await createDoc({
    size: 'A5',
    title: `${tpl.title} ${c.id}`,
    author: profile.agency,
    createdAt: new Date(answer.at),
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: [c, profile, tpl],
  });
  drawLetterhead(doc, profile, 0.8);
  doc.font(FONT_BOLD).fontSize(12).text(tpl.title, { align: 'center', underline: true });
  doc.font(FONT).fontSize(9).text(tpl.subtitle, { align: 'center' });
  doc.moveDown(0.8).fontSize(9.5);
  const L = tpl.labels;
  const w = 130;
  const at = (iso: string) => formatInstantId(Date.parse(iso), profile.timeZone, profile.zoneLabel);
  labelRow(doc, L.caseId, c.id, w, { bold: true });
  labelRow(doc, L.visit, at(c.receivedAt), w);
  labelRow(doc, L.visitor, applicantLine(c.applicant), w);
  labelRow(doc, L.service, label('service', c.service), w);
  labelRow(doc, L.purpose, c.purpose ?? c.subject, w);
  labelRow(doc, L.answer, answer.note, w, { bold: true });
  labelRow(doc, L.answeredAt, at(answer.at), w);
  doc.moveDown(0.6).font(FONT_BOLD).text(tpl.free).font(FONT);
  doc.moveDown(1.2);
  const x = doc.page.width - doc.page.margins.right - 170;
  doc.text(tpl.officer, x, doc.y, { width: 170, align: 'center' });
  doc.moveDown(2.5);
  doc.font(FONT_BOLD).text(answer.by ?? '', x, doc.y, { width: 170, align: 'center' });
  doc.end();
  return done;
}
