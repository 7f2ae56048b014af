/** The "tanda terima kelengkapan": a receipt for requirements that arrived after the case was registered. */
import { formatDateId, formatDayDateId, formatInstantId } from '../domain/indonesian.js';
import type { StatedDue } from '../domain/respond-by.js';
import { localDate } from '../domain/timezone.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { label } from './document-labels.js';
import { documentCase } from './report-template.js';
import { drawSignOff, fits, fitSheet, openA5Sheet, signOffHeight } from './a5-sheet.js';
import { labelRow, numberedList } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface RequirementsReceiptTemplate {
  title: string;
  subtitle: string;
  labels: Record<'caseId' | 'applicant' | 'subject' | 'received' | 'status' | 'due', string>;
  complete: string;
  missing: string;
  none: string;
  receivedCount: string;
  receivedAt: string;
  dueEvent: string;
  receiver: string;
}

/** The template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function requirementsReceiptTemplate(): RequirementsReceiptTemplate {
  const tpl = loadTemplate<RequirementsReceiptTemplate>('requirements-receipt');
  assertTemplate('requirements-receipt', tpl, ['at', 'count', 'date', 'event']);
  return tpl;
}

/**
 * Renders the receipt: what arrived when, what is still missing, and the due date now (`due`, the
 * stated due; without it, the case's answer due), signed with the place and date it was given.
 */
export async function renderRequirementsReceipt(
  original: Case,
  missing: string[],
  profile: Profile,
  receiver: string,
  options: { due?: StatedDue; at?: string } = {},
): Promise<Buffer> {
  // A shielded reporter's name never reaches the page.
  const c = documentCase(original);
  const tpl = requirementsReceiptTemplate();
  const received = Object.entries(c.requirements ?? {}).filter(([, r]) => r.met);
  const at = (iso: string) => formatInstantId(Date.parse(iso), profile.timeZone, profile.zoneLabel);
  const stated = options.due ?? { due: c.answerDue };
  const lastAt =
    received
      .map(([, r]) => r.at)
      .sort()
      .at(-1) ?? c.receivedAt;
  const issued = options.at ?? lastAt;
  // Complete from the start when nothing was ever missing (papers ticked at the counter).
  const completeAt = c.requirementsCompleteAt ?? (missing.length ? undefined : lastAt);
  return fitSheet(async (scale, onePage) => {
    const { doc, done } = await openA5Sheet({
      title: tpl.title,
      subtitle: tpl.subtitle,
      documentTitle: `${tpl.title} ${c.id}`,
      profile,
      createdAt: new Date(issued),
      content: [c, profile, tpl],
      scale,
      onePage,
    });
    const L = tpl.labels;
    const w = 120 * scale;
    labelRow(doc, L.caseId, c.id, w, { bold: true });
    labelRow(doc, L.applicant, applicantLine(c.applicant), w);
    labelRow(doc, L.subject, c.subject, w);
    labelRow(doc, L.received, received.length ? fill(tpl.receivedCount, { count: received.length }) : tpl.none, w);
    // Each paper with the time it came on a line of its own, so that no time is cut in two.
    if (received.length)
      numberedList(
        doc,
        received.map(([key, r]) => `${label('requirement', key)}\n${fill(tpl.receivedAt, { at: at(r.at) })}`),
        14,
      );
    labelRow(doc, L.status, missing.length ? tpl.missing : fill(tpl.complete, { at: completeAt ? at(completeAt) : tpl.none }), w);
    if (missing.length)
      numberedList(
        doc,
        missing.map((m) => label('requirement', m)),
        14,
      );
    const due = stated.due
      ? stated.forEvent
        ? fill(tpl.dueEvent, { date: formatDue(stated.due, profile), event: formatDayDateId(stated.forEvent) })
        : formatDue(stated.due, profile)
      : tpl.none;
    labelRow(doc, L.due, due, w, { bold: true });
    doc.moveDown(1.2);
    const placeAndDate = `${profile.city}, ${formatDateId(localDate(Date.parse(issued), profile.timeZone))}`;
    if (!fits(doc, signOffHeight(doc, placeAndDate))) doc.addPage();
    drawSignOff(doc, tpl.receiver, receiver, placeAndDate);
    return { doc, done };
  });
}
