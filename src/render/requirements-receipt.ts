/** The "tanda terima kelengkapan": a receipt for requirements that arrived after the case was registered. */
import { formatInstantId } from '../domain/indonesian.js';
import { formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { label } from './labels.js';
import { drawLetterhead } from './letterhead.js';
import { createDoc, FONT, FONT_BOLD, labelRow, numberedList } from './pdf.js';
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
export async function renderRequirementsReceipt(c: Case, missing: string[], profile: Profile, receiver: string): Promise<Buffer> {
  const tpl = requirementsReceiptTemplate();
  const received = Object.entries(c.requirements ?? {}).filter(([, r]) => r.met);
  const at = (iso: string) => formatInstantId(Date.parse(iso), profile.timeZone, profile.zoneLabel);
  const { doc, done } = await createDoc({
    size: 'A5',
    title: `${tpl.title} ${c.id}`,
    author: profile.agency,
    createdAt: new Date(received.at(-1)?.[1].at ?? c.receivedAt),
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: [c, profile, tpl],
  });
  drawLetterhead(doc, profile, 0.8);
  doc.font(FONT_BOLD).fontSize(12).text(tpl.title, { align: 'center', underline: true });
  doc.font(FONT).fontSize(9).text(tpl.subtitle, { align: 'center' });
  doc.moveDown(0.8).fontSize(9.5);
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
  const x = doc.page.width - doc.page.margins.right - 170;
  doc.text(tpl.receiver, x, doc.y, { width: 170, align: 'center' });
  doc.moveDown(2.5);
  doc.font(FONT_BOLD).text(receiver, x, doc.y, { width: 170, align: 'center' });
  doc.end();
  return done;
}
