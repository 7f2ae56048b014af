/**
 * The survey invitation on a reply letter and an answer slip: a QR code of the case's survey link
 * on the left, the title and the link in words beside it, in the manner of the receipt's tracking
 * block (src/render/tracking-block.ts).
 */
import { FONT, FONT_BOLD, type Doc } from './pdf.js';
import { drawQr } from './qr.js';
import { drawWrapped, wrappedHeight } from './wrap.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface SurveyLinkTemplate {
  title: string;
  invitation: string;
  note: string;
  /** The invitation as a paragraph of an e-mail, with `{url}`. */
  mail: string;
  request: string;
  report: string;
}

/** The wording of the block (`templates/survey-link.json`), refused (exit 2) when an office copy lacks a field. */
export function surveyLinkTemplate(): SurveyLinkTemplate {
  const tpl = loadTemplate<SurveyLinkTemplate>('survey-link');
  assertTemplate('survey-link', tpl, ['what', 'url']);
  return tpl;
}

/** How the block is set: its QR code's size and the type size, and whether it stands at the foot of the page. */
export interface SurveyBlockLayout {
  size: number;
  fontSize: number;
  /** At the foot of the last page (a letter, below its signature and copies), else at the current position. */
  atFoot?: boolean;
  /** What the survey is about: a request, or a report (pengaduan). */
  what: 'request' | 'report';
}

/** Draws the block for `url`: on the current page when it fits, else on a new one, never split. */
export function drawSurveyBlock(doc: Doc, url: string, layout: SurveyBlockLayout): void {
  const tpl = surveyLinkTemplate();
  const { size, fontSize } = layout;
  const x = doc.page.margins.left;
  const textX = x + size;
  const width = doc.page.width - doc.page.margins.right - textX;
  const note = fill(tpl.note, { what: layout.what === 'report' ? tpl.report : tpl.request });
  // The title and the link (on a line of its own, so that it is read and typed whole) in bold.
  const parts: [font: string, text: string][] = [
    [FONT_BOLD, tpl.title],
    [FONT, tpl.invitation],
    [FONT_BOLD, url],
    [FONT, note],
  ];
  doc.fontSize(fontSize);
  const textHeight = parts.reduce((sum, [font, text]) => sum + wrappedHeight(doc.font(font), text, width), 0);
  const height = Math.max(size, 6 + textHeight);
  const bottom = doc.page.height - doc.page.margins.bottom;
  const gap = doc.currentLineHeight(true);
  let y = doc.y;
  if (y + gap + height > bottom) {
    doc.addPage();
    y = doc.y;
  } else if (layout.atFoot) y = Math.max(y + gap, bottom - height);
  drawQr(doc, url, x - 6, y, size);
  doc.y = y + 6;
  for (const [font, text] of parts) drawWrapped(doc.font(font), text, textX, doc.y, width);
  doc.font(FONT);
  doc.x = x;
  doc.y = Math.max(doc.y, y + size) + 2;
}

/** The invitation as a paragraph of the reply e-mail (no QR code there): the link in words, anonymous, once. */
export function surveyMailText(url: string, what: SurveyBlockLayout['what']): string {
  const tpl = surveyLinkTemplate();
  return fill(tpl.mail, { url, what: what === 'report' ? tpl.report : tpl.request });
}
