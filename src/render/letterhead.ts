/** The letterhead (kop surat): logo, agency in capitals, unit, one contact line, a double rule. */
import { existsSync } from 'node:fs';
import type { Profile } from '../domain/profile.js';
import { FONT, FONT_BOLD, type Doc } from './pdf.js';

/** Draws the letterhead at the top of the current page and moves below it. */
export function drawLetterhead(doc: Doc, profile: Profile, scale = 1): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const top = doc.page.margins.top;
  const logoSize = 54 * scale;
  const hasLogo = !!profile.logo && existsSync(profile.logo);
  if (hasLogo) doc.image(profile.logo, left, top, { fit: [logoSize, logoSize] });
  const textLeft = hasLogo ? left + logoSize + 8 : left;
  const width = right - textLeft;
  doc
    .font(FONT_BOLD)
    .fontSize(14 * scale)
    .text(profile.agency.toUpperCase(), textLeft, top, { width, align: 'center' });
  if (profile.unit)
    doc
      .font(FONT_BOLD)
      .fontSize(9 * scale)
      .text(profile.unit, textLeft, doc.y + 1, { width, align: 'center' });
  const contact = [
    profile.address,
    profile.phone && `Telepon ${profile.phone}`,
    profile.email && `Pos-el ${profile.email}`,
    profile.website && `Laman ${profile.website}`,
  ]
    .filter(Boolean)
    .join(' · ');
  doc
    .font(FONT)
    .fontSize(7.5 * scale)
    .text(contact, textLeft, doc.y + 2, { width, align: 'center' });
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
