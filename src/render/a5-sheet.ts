/** The office's one-page A5 sheets (disposition, answer slip, completeness receipt): letterhead, title, and the sign-off. */
import type { Profile } from '../domain/profile.js';
import { drawLetterhead } from './letterhead.js';
import { createDoc, FONT, FONT_BOLD, type Doc } from './pdf.js';

/** An A5 document with the letterhead, the title underlined and an optional subtitle; the body starts below. */
export async function openA5Sheet(options: {
  title: string;
  subtitle?: string;
  documentTitle: string;
  profile: Profile;
  createdAt: Date;
  content: unknown;
}): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { doc, done } = await createDoc({
    size: 'A5',
    title: options.documentTitle,
    author: options.profile.agency,
    createdAt: options.createdAt,
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: options.content,
  });
  drawLetterhead(doc, options.profile, 0.8);
  doc.font(FONT_BOLD).fontSize(12).text(options.title, { align: 'center', underline: true });
  if (options.subtitle) doc.font(FONT).fontSize(9).text(options.subtitle, { align: 'center' });
  doc.moveDown(0.8).font(FONT).fontSize(9.5);
  return { doc, done };
}

/** The sign-off at the right: optional place and date, the caption ("Petugas,"), room to sign, the name in bold. */
export function drawSignOff(doc: Doc, caption: string, name: string, placeAndDate?: string): void {
  const x = doc.page.width - doc.page.margins.right - 170;
  if (placeAndDate) doc.font(FONT).text(placeAndDate, x, doc.y, { width: 170, align: 'center' });
  doc.font(FONT).text(caption, x, doc.y, { width: 170, align: 'center' });
  doc.moveDown(2.5).font(FONT_BOLD).text(name, x, doc.y, { width: 170, align: 'center' });
}
