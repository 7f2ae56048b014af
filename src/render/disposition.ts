/** The disposition sheet (lembar disposisi): the leader's instruction to an officer, on one A5 page. */
import { formatDateId, formatDayDateId, formatInstantId } from '../domain/indonesian.js';
import type { StatedDue } from '../domain/respond-by.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import type { Profile } from '../domain/profile.js';
import { label } from './document-labels.js';
import { documentCase } from './report-template.js';
import { drawSignOff, fitSheet, keepWithSignOff, openA5Sheet, signOffHeight } from './a5-sheet.js';
import { labelRow } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface DispositionTemplate {
  title: string;
  labels: Record<
    'agenda' | 'deadline' | 'instruction' | 'letterDate' | 'letterNumber' | 'received' | 'sender' | 'subject' | 'to' | 'urgency',
    string
  >;
  noInstruction: string;
  none: string;
  dueEvent: string;
  signature: string;
  notes: string;
}

/** Renders the disposition sheet of a disposed case as PDF bytes; `due` is the due the officer works to (statedDue). */
export async function renderDisposition(original: Case, profile: Profile, options: { due?: StatedDue } = {}): Promise<Buffer> {
  // A shielded reporter's name never reaches the page.
  const c = documentCase(original);
  const tpl = loadTemplate<DispositionTemplate>('disposition');
  assertTemplate('disposition', tpl, ['date', 'event']);
  const d = c.disposition;
  if (!d) throw new Error(`case ${c.id} has no disposition`);
  const stated = options.due ?? { due: c.answerDue };
  const due =
    stated.due === null
      ? tpl.none
      : stated.forEvent
        ? fill(tpl.dueEvent, { date: formatDue(stated.due, profile), event: formatDayDateId(stated.forEvent) })
        : formatDue(stated.due, profile);
  return fitSheet(async (scale, onePage) => {
    const { doc, done } = await openA5Sheet({
      title: tpl.title,
      documentTitle: `${tpl.title} ${c.id}`,
      profile,
      createdAt: new Date(d.at),
      content: [c, profile, tpl],
      scale,
      onePage,
    });
    const L = tpl.labels;
    const rows: [string, string, boolean?][] = [
      [L.agenda, `${formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10))} (${c.id})`, true],
      [
        L.received,
        c.imported
          ? formatDayDateId(c.receivedAt.slice(0, 10))
          : formatInstantId(Date.parse(c.receivedAt), profile.timeZone, profile.zoneLabel),
      ],
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
      labelRow(doc, k, v, 120 * scale, { bold });
      doc.moveDown(0.25);
    }
    const placeAndDate = `${profile.city}, ${formatDateId(d.at.slice(0, 10))}`;
    const line = doc.currentLineHeight(true);
    // The notes' lines and the sign-off stay together.
    keepWithSignOff(doc, line * (0.8 + 1 + 3 * 1.2 + 1.5), signOffHeight(doc, placeAndDate));
    doc.moveDown(0.8).text(tpl.notes, doc.page.margins.left, doc.y);
    const left = doc.page.margins.left;
    const right = doc.page.width - doc.page.margins.right;
    for (let i = 0; i < 3; i++) {
      doc.moveDown(1.2);
      doc.moveTo(left, doc.y).lineTo(right, doc.y).dash(1, { space: 2 }).stroke().undash();
    }
    doc.moveDown(1.5);
    drawSignOff(doc, tpl.signature, d.by, placeAndDate);
    return { doc, done };
  });
}
