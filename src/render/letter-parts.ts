/** The parts every outgoing official letter shares: heading block, addressee, signature, copies. */
import { formatDateId } from '../domain/indonesian.js';
import type { Profile } from '../domain/profile.js';
import type { LetterNumber } from '../domain/model.js';
import { drawLetterhead } from './letterhead.js';
import { drawSurveyBlock, type SurveyBlockLayout } from './survey-block.js';
import { letterheadLogo } from './logo-source.js';
import { createDoc, FONT, FONT_BOLD, labelRow, numberedList, numberPages, type Doc, type DocOptions } from './pdf.js';
import { drawWrapped, wrappedHeight } from './wrap.js';

export interface LetterHeading {
  number: string;
  date: string;
  sifat: string;
  lampiran: string;
  hal: string;
}

/** Nomor / Sifat / Lampiran / Hal on the left, with place and date on the right of the Nomor line. */
export function drawHeading(doc: Doc, h: LetterHeading, city: string): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const y = doc.y;
  const dateText = `${city}, ${formatDateId(h.date)}`;
  doc.font(FONT).fontSize(11);
  const dateWidth = doc.widthOfString(dateText);
  doc.text(dateText, right - dateWidth, y, { lineBreak: false });
  doc.x = left;
  doc.y = y;
  const rows: [string, string][] = [
    ['Nomor', h.number],
    ['Sifat', h.sifat],
    ['Lampiran', h.lampiran],
    ['Hal', h.hal],
  ];
  const saveRight = doc.page.margins.right;
  // Keep the heading block clear of the date on the right.
  doc.page.margins.right = saveRight + dateWidth + 16;
  for (const [label, value] of rows) labelRow(doc, label, value, 62);
  doc.page.margins.right = saveRight;
  doc.moveDown(1);
}

/** `Yth.` and the addressee, then `di` and the place on its own line. */
export function drawAddressee(doc: Doc, lines: string[], prefix: string, at: string, place: string): void {
  const left = doc.page.margins.left;
  doc
    .font(FONT)
    .fontSize(11)
    .text(`${prefix} ${lines[0] ?? ''}`, left, doc.y);
  for (const line of lines.slice(1)) doc.text(line, left + doc.widthOfString(`${prefix} `));
  doc.text(at, left);
  doc.text(place, left + 14);
  doc.moveDown(1);
}

const PARAGRAPH = { align: 'justify', indent: 28, lineGap: 1.5 } as const;
const SIGNATURE_WIDTH = 220;

/** A justified paragraph with a first-line indent, as official letters are set. */
export function paragraph(doc: Doc, text: string): void {
  doc.font(FONT).fontSize(11).text(text, doc.page.margins.left, doc.y, PARAGRAPH);
  doc.moveDown(0.6);
}

/** The height `paragraph` takes, with the space after it. */
function paragraphHeight(doc: Doc, text: string): number {
  doc.font(FONT).fontSize(11);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return doc.heightOfString(text, { ...PARAGRAPH, width }) + doc.currentLineHeight(true) * 0.6;
}

/** The height of the signature block: the space above, the position, room to sign, name and NIP. */
function signatureHeight(doc: Doc, signatory: Profile['signatories']['reply']): number {
  doc.font(FONT).fontSize(11);
  const line = doc.currentLineHeight(true);
  return line * (0.8 + 3.5 + 2) + wrappedHeight(doc, signatory.position, SIGNATURE_WIDTH);
}

/** The signature block at the right: position, space for signature and stamp, name, NIP. */
export function drawSignature(doc: Doc, signatory: Profile['signatories']['reply']): void {
  const x = doc.page.width - doc.page.margins.right - SIGNATURE_WIDTH;
  if (doc.y + signatureHeight(doc, signatory) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.8);
  doc.font(FONT).fontSize(11);
  drawWrapped(doc, signatory.position, x, doc.y, SIGNATURE_WIDTH);
  doc.moveDown(3.5);
  doc.font(FONT_BOLD).text(signatory.name, x, doc.y, { width: SIGNATURE_WIDTH, align: 'left' });
  doc.font(FONT).text(`NIP ${signatory.nip}`, x, doc.y, { width: SIGNATURE_WIDTH, align: 'left' });
  doc.x = doc.page.margins.left;
}

/** `Tembusan:` and a numbered list of positions, at the bottom left (none when empty). */
export function drawCopies(doc: Doc, title: string, copies: string[]): void {
  if (!copies.length) return;
  doc.moveDown(1.5).font(FONT).fontSize(9.5);
  // The title is not left alone at the foot of a page.
  if (doc.y + doc.currentLineHeight(true) * 2 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.text(title, doc.page.margins.left, doc.y);
  numberedList(doc, copies, 14);
}

/** Margins of an A4 official letter (wider on the binding side). */
export const LETTER_MARGINS = { top: 36, bottom: 60, left: 70, right: 56 };

/**
 * A new A4 official letter with its letterhead and its Nomor / Sifat / Lampiran / Hal block drawn:
 * how every outgoing letter starts. `content` is what the document is made of (for its identity).
 */
export async function startLetter(
  profile: Profile,
  letter: LetterNumber,
  heading: Omit<LetterHeading, 'number' | 'date'>,
  content: unknown[],
  finish: Pick<DocOptions, 'signing' | 'watermark'> = {},
): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { doc, done } = await createDoc({
    size: 'A4',
    title: `Surat ${letter.number}`,
    author: profile.agency,
    createdAt: new Date(`${letter.date}T00:00:00Z`),
    margins: LETTER_MARGINS,
    content,
    ...finish,
  });
  drawLetterhead(doc, profile, 1, await letterheadLogo(profile));
  drawHeading(doc, { number: letter.number, date: letter.date, ...heading }, profile.city);
  return { doc, done };
}

/** Runs `draw` with the left margin moved in, as lists and detail rows inside a letter body are set. */
export function indented(doc: Doc, draw: () => void, by = 28): void {
  const left = doc.page.margins.left;
  doc.page.margins.left = left + by;
  doc.x = doc.page.margins.left;
  draw();
  doc.page.margins.left = left;
  doc.x = left;
  doc.moveDown(0.6);
}

/**
 * The end of every letter: closing paragraph, signature, Tembusan, the survey invitation when the
 * letter carries one (at the foot of the last page), page numbers; then the document is closed.
 */
export function finishLetter(
  doc: Doc,
  closing: string,
  signatory: Profile['signatories']['reply'],
  copiesTitle: string,
  copies: string[],
  survey?: { url: string; what: SurveyBlockLayout['what'] },
): void {
  // The signature never stands alone on a page: when it does not fit below the closing paragraph,
  // the closing paragraph goes over to the next page with it.
  const needed = paragraphHeight(doc, closing) + signatureHeight(doc, signatory);
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom && doc.y > doc.page.margins.top + 1) doc.addPage();
  paragraph(doc, closing);
  drawSignature(doc, signatory);
  drawCopies(doc, copiesTitle, copies);
  if (survey) drawSurveyBlock(doc, survey.url, { size: 64, fontSize: 8, atFoot: true, what: survey.what });
  numberPages(doc);
  doc.end();
}
