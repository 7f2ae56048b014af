/** The tracking code on a receipt: the code in large type and a QR code of the public page that follows it. */
import type { Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { publicUrl, statusUrl } from '../domain/verification.js';
import { FONT, FONT_BOLD, type Doc } from './pdf.js';
import { drawQr } from './qr.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface TrackingTemplate {
  title: string;
  followAt: string;
  followHow: string;
  request: string;
  report: string;
}

/** The wording of the block (`templates/tracking.json`), refused (exit 2) when an office copy lacks a field. */
export function trackingTemplate(): TrackingTemplate {
  const tpl = loadTemplate<TrackingTemplate>('tracking');
  assertTemplate('tracking', tpl, ['url', 'what']);
  return tpl;
}

/** Draws the block at the current position: the QR code on the left (the page's address, else the code), the words beside it. */
export function drawTrackingBlock(doc: Doc, c: Case, profile: Profile): void {
  const code = c.trackingCode;
  if (!code) return;
  const tpl = trackingTemplate();
  const url = statusUrl(profile, code);
  const size = 68;
  const x = doc.page.margins.left;
  if (doc.y > doc.page.height - doc.page.margins.bottom - size) doc.addPage();
  const y = doc.y;
  drawQr(doc, url ?? code, x - 6, y, size);
  const textX = x + size;
  const width = doc.page.width - doc.page.margins.right - textX;
  const what = c.report ? tpl.report : tpl.request;
  doc
    .font(FONT)
    .fontSize(8)
    .text(tpl.title, textX, y + 6, { width });
  doc
    .font(FONT_BOLD)
    .fontSize(13)
    .text(code, textX, doc.y + 1, { width, characterSpacing: 1 });
  doc
    .font(FONT)
    .fontSize(8)
    .text(url ? fill(tpl.followAt, { url: `${publicUrl(profile)}/status`, what }) : fill(tpl.followHow, { what }), textX, doc.y + 2, {
      width,
    });
  doc.x = x;
  doc.y = Math.max(doc.y, y + size) + 2;
  doc.fontSize(9);
}
