/** The "tanda terima kelengkapan": a receipt for requirements that arrived after the case was registered. */
import { formatInstantId } from '../domain/indonesian.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { label } from './labels.js';
import { documentCase } from './report-template.js';
import { drawSignOff, openA5Sheet } from './a5-sheet.js';
import { labelRow, numberedList } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface RequirementsReceiptTemplate {
  title: string;
  subtitle: string;
  labels: Record<'caseId' | 'applicant' | 'subject' | 'received' | 'status' | 'due', string>;
  complete: string;
  missing: string;
  none: string;
  receiver: string;
}

/** The template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function requirementsReceiptTemplate(): RequirementsReceiptTemplate {
  const tpl = loadTemplate<RequirementsReceiptTemplate>('requirements-receipt');
  assertTemplate('requirements-receipt', tpl, ['at']);
  return tpl;
}

/** Renders the receipt: what arrived when, what is still missing, and the due date now. */
export async function renderRequirementsReceipt(original: Case, missing: string[], profile: Profile, receiver: string): Promise<Buffer> {
  // A shielded reporter's name never reaches the page.
  const c = documentCase(original);
  const tpl = requirementsReceiptTemplate();
  const received = Object.entries(c.requirements ?? {}).filter(([, r]) => r.met);
  const at = (iso: string) => formatInstantId(Date.parse(iso), profile.timeZone, profile.zoneLabel);
  const { doc, done } = await openA5Sheet({
    title: tpl.title,
    subtitle: tpl.subtitle,
    documentTitle: `${tpl.title} ${c.id}`,
    profile,
    createdAt: new Date(received.at(-1)?.[1].at ?? c.receivedAt),
    content: [c, profile, tpl],
  });
  const L = tpl.labels;
  const w = 120;
  labelRow(doc, L.caseId, c.id, w, { bold: true });
  labelRow(doc, L.applicant, applicantLine(c.applicant), w);
  labelRow(doc, L.subject, c.subject, w);
  labelRow(doc, L.received, received.length ? '' : tpl.none, w);
  if (received.length)
    numberedList(
      doc,
      received.map(([key, r]) => `${label('requirement', key)} (${at(r.at)})`),
      14,
    );
  labelRow(
    doc,
    L.status,
    missing.length ? tpl.missing : fill(tpl.complete, { at: c.requirementsCompleteAt ? at(c.requirementsCompleteAt) : '-' }),
    w,
  );
  if (missing.length)
    numberedList(
      doc,
      missing.map((m) => label('requirement', m)),
      14,
    );
  labelRow(doc, L.due, c.answerDue ? formatDue(c.answerDue, profile) : tpl.none, w, { bold: true });
  doc.moveDown(1.2);
  drawSignOff(doc, tpl.receiver, receiver);
  doc.end();
  return done;
}
