/** The letterhead (kop surat): logo, agency in capitals, unit, one contact line, a double rule. */
import type { Profile } from '../domain/profile.js';
import { FONT, FONT_BOLD, type Doc } from './pdf.js';

const NBSP = '\u00a0';

/**
 * A text that does not fit one line split into two of about equal width at the comma (else the
 * space) nearest the middle, so that no line ends with a single orphaned word.
 */
export function balancedLines(doc: Doc, text: string, width: number): string[] {
  if (!text || doc.widthOfString(text) <= width) return [text];
  const middle = text.length / 2;
  const breaks = [...text.matchAll(/, | /g)].map((m) => ({ at: m.index, comma: m[0] === ', ' }));
  const best = breaks
    .filter(
      (b) =>
        doc.widthOfString(text.slice(0, b.at + (b.comma ? 1 : 0))) <= width &&
        doc.widthOfString(text.slice(b.at + (b.comma ? 2 : 1))) <= width,
    )
    .sort((a, b) => Number(b.comma) - Number(a.comma) || Math.abs(a.at - middle) - Math.abs(b.at - middle))[0];
  if (!best) return [text];
  return [text.slice(0, best.at + (best.comma ? 1 : 0)), text.slice(best.at + (best.comma ? 2 : 1))];
}

/** Draws the letterhead at the top of the current page and moves below it; `logo` from `letterheadLogo`. */
export function drawLetterhead(doc: Doc, profile: Profile, scale = 1, logo?: Buffer | string): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const top = doc.page.margins.top;
  const logoSize = 54 * scale;
  const hasLogo = logo !== undefined;
  if (hasLogo) doc.image(logo, left, top, { fit: [logoSize, logoSize] });
  const textLeft = hasLogo ? left + logoSize + 8 : left;
  const width = right - textLeft;
  doc
    .font(FONT_BOLD)
    .fontSize(14 * scale)
    .text(profile.agency.toUpperCase(), textLeft, top, { width, align: 'center' });
  if (profile.unit) {
    doc.font(FONT_BOLD).fontSize(9 * scale);
    doc.y += 1;
    for (const line of balancedLines(doc, profile.unit, width)) doc.text(line, textLeft, doc.y, { width, align: 'center' });
  }
  // A label never parts from its value ("Laman" at a line's end, the site on the next): their spaces do not break.
  const keep = (label: string, value: string) => `${label} ${value}`.replace(/ /g, NBSP);
  const contact = [
    profile.phone && keep('Telepon', profile.phone),
    profile.email && keep('Pos-el', profile.email),
    profile.website && keep('Laman', profile.website),
  ]
    .filter(Boolean)
    .join(' · ');
  doc.font(FONT).fontSize(7.5 * scale);
  doc.y += 2;
  for (const line of [...balancedLines(doc, profile.address, width), contact].filter(Boolean)) {
    doc.text(line, textLeft, doc.y, { width, align: 'center' });
  }
  const y = Math.max(doc.y, hasLogo ? top + logoSize : 0) + 5;
  doc.moveTo(left, y).lineTo(right, y).lineWidth(2).stroke();
  doc
    .moveTo(left, y + 3)
    .lineTo(right, y + 3)
    .lineWidth(0.6)
    .stroke();
  doc.lineWidth(1);
  doc.x = left;
  doc.y = y + 14;
}
