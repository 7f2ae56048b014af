/** The disposition sheet (lembar disposisi): the leader's instruction to an officer, on one A5 page. */
import { formatDateId, formatInstantId } from '../domain/indonesian.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import type { Profile } from '../domain/profile.js';
import { label } from './labels.js';
import { documentCase } from './report-template.js';
import { drawSignOff, openA5Sheet } from './a5-sheet.js';
import { labelRow } from './pdf.js';
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
export async function renderDisposition(original: Case, profile: Profile): Promise<Buffer> {
  // A shielded reporter's name never reaches the page.
  const c = documentCase(original);
  const tpl = loadTemplate<DispositionTemplate>('disposition');
  assertTemplate('disposition', tpl, []);
  const d = c.disposition;
  if (!d) throw new Error(`case ${c.id} has no disposition`);
  const { doc, done } = await openA5Sheet({
    title: tpl.title,
    documentTitle: `${tpl.title} ${c.id}`,
    profile,
    createdAt: new Date(d.at),
    content: [c, profile, tpl],
  });
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
  drawSignOff(doc, tpl.signature, d.by, `${profile.city}, ${formatDateId(d.at.slice(0, 10))}`);
  doc.end();
  return done;
}
