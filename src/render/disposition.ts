/** The disposition sheet (lembar disposisi): the leader's instruction to an officer, on one A5 page. */
import { formatDateId, formatInstantId } from '../domain/indonesian.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import type { Profile } from '../domain/profile.js';
import { label } from './labels.js';
import { drawLetterhead } from './letterhead.js';
import { createDoc, FONT, FONT_BOLD, labelRow } from './pdf.js';
import { assertTemplate, loadTemplate } from './template.js';

interface DispositionTemplate {
  title: string;
  labels: Record<
    'agenda' | 'deadline' | 'instruction' | 'letterDate' | 'letterNumber' | 'received' | 'sender' | 'subject' | 'to' | 'urgency',
    string
  >;
  noInstruction: string;
  none: string;
  signature: string;
  notes: string;
}

/** Renders the disposition sheet of a disposed case as PDF bytes. */
export async function renderDisposition(c: Case, profile: Profile): Promise<Buffer> {
  const tpl = loadTemplate<DispositionTemplate>('disposition');
  assertTemplate('disposition', tpl, []);
  const d = c.disposition;
  if (!d) throw new Error(`case ${c.id} has no disposition`);
  const { doc, done } = await createDoc({
    size: 'A5',
    title: `${tpl.title} ${c.id}`,
    author: profile.agency,
    createdAt: new Date(d.at),
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: [c, profile, tpl],
  });
  drawLetterhead(doc, profile, 0.8);
  doc.font(FONT_BOLD).fontSize(12).text(tpl.title, { align: 'center', underline: true });
  doc.moveDown(0.8).font(FONT).fontSize(9.5);
  const L = tpl.labels;
  const due = c.answerDue === null ? tpl.none : formatDue(c.answerDue, profile);
  const rows: [string, string, boolean?][] = [
    [L.agenda, `${formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10))} (${c.id})`, true],
    [L.received, formatInstantId(Date.parse(c.receivedAt), profile.timeZone, profile.zoneLabel)],
    [L.sender, applicantLine(c.applicant)],
    [L.letterNumber, c.letter?.number ?? tpl.none],
    [L.letterDate, c.letter?.date ? formatDateId(c.letter.date) : tpl.none],
    [L.subject, c.subject],
    [L.urgency, label('urgency', d.urgency), true],
    [L.to, d.to, true],
    [L.instruction, d.instruction ?? tpl.noInstruction],
    [L.deadline, due, true],
  ];
  for (const [k, v, bold] of rows) {
    labelRow(doc, k, v, 120, { bold });
    doc.moveDown(0.25);
  }
  doc.moveDown(0.8).text(tpl.notes);
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  for (let i = 0; i < 3; i++) {
    doc.moveDown(1.2);
    doc.moveTo(left, doc.y).lineTo(right, doc.y).dash(1, { space: 2 }).stroke().undash();
  }
  doc.moveDown(1.5);
  const x = right - 170;
  doc.text(`${profile.city}, ${formatDateId(d.at.slice(0, 10))}`, x, doc.y, { width: 170, align: 'center' });
  doc.text(tpl.signature, x, doc.y, { width: 170, align: 'center' });
  doc.moveDown(2.5).font(FONT_BOLD).text(d.by, x, doc.y, { width: 170, align: 'center' });
  doc.end();
  return done;
}
