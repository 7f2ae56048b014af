/** Shared PDF plumbing: a pdfkit document collected into a buffer, page numbers, label rows. */
import type PDFKit from 'pdfkit';
import { dirname, join } from 'node:path';
import { requireCjs } from '../cjs.js';
import { noteDocument, noteText } from './document-text.js';
import { loadPdfKit } from './pdfkit-loader.js';
import type { SigningKey } from './pdf-signing.js';
import { drawWrapped } from './wrap.js';

export type Doc = PDFKit.PDFDocument;

/** The body and bold fonts by role: each document registers them as the standard Helvetica or as DejaVu Sans. */
export const FONT = 'loket-body';
export const FONT_BOLD = 'loket-bold';

export interface DocOptions {
  size: 'A4' | 'A5';
  layout?: 'portrait' | 'landscape';
  title: string;
  author: string;
  /** Fixed creation date, so the same case renders the same document. */
  createdAt: Date;
  margins?: { top: number; bottom: number; left: number; right: number };
  /** What the document will print (a case, a profile…): when any of its text lies outside the standard fonts, a Unicode font is embedded. */
  content?: unknown;
  /** Sign the finished document with this key (PAdES). */
  signing?: SigningKey;
  /** Across every page (`KONSEP` on a draft that has no number yet and is not issued). */
  watermark?: string;
  /** Give the drawing up (SheetOverflow) the moment a second page starts: a try at a size that is drawn again smaller when it does not fit. */
  onePage?: boolean;
}

/** Thrown out of a document's drawing when it starts a second page with `onePage` set. */
export class SheetOverflow extends Error {
  constructor() {
    super('the sheet runs onto a second page');
  }
}

// What the standard PDF fonts can show (WinAnsi: Latin-1 and the Windows-1252 punctuation).
// eslint-disable-next-line no-control-regex
const OUTSIDE_STANDARD_FONTS = /[^\x00-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/** Whether any text in `value` (strings anywhere inside it) needs more than the standard fonts. */
export function needsUnicodeFont(value: unknown): boolean {
  if (typeof value === 'string') return OUTSIDE_STANDARD_FONTS.test(value.normalize('NFC'));
  if (Array.isArray(value)) return value.some(needsUnicodeFont);
  if (value && typeof value === 'object') return Object.values(value).some(needsUnicodeFont);
  return false;
}

/**
 * Makes FONT and FONT_BOLD stand for the standard Helvetica, or for DejaVu Sans (embedded, subset to
 * the glyphs used), which covers Latin with every diacritic, Greek, Cyrillic, Arabic and common
 * symbols. Only documents that need DejaVu pay for it: the font is ~700 KB to read and fontkit ~40 ms to load.
 */
function registerFonts(doc: Doc, unicode: boolean): void {
  const dir = unicode ? dirname(requireCjs.resolve('dejavu-fonts-ttf/package.json')) : '';
  const cache = doc as unknown as { _fontFamilies: Record<string, unknown>; _font: unknown };
  for (const [role, standard, file] of [
    [FONT_BOLD, 'Helvetica-Bold', 'DejaVuSans-Bold.ttf'],
    [FONT, 'Helvetica', 'DejaVuSans.ttf'],
  ] as const) {
    doc.registerFont(role, unicode ? join(dir, 'ttf', file) : standard);
    doc.font(role);
    // pdfkit does not remember a role that resolves to a standard font it already has, and would parse
    // the font metrics again on every switch (~15 ms each): remember it here.
    cache._fontFamilies[role] = cache._font;
  }
}

/** Loads what every document needs (pdfkit), for a caller that is about to hold a lock while it renders. */
export function preparePdf(): void {
  loadPdfKit();
}

/** Creates a document and a promise of its bytes (all text as NFC); call `doc.end()` when done. */
export async function createDoc(options: DocOptions): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({
    size: options.size,
    layout: options.layout ?? 'portrait',
    margins: options.margins ?? { top: 42, bottom: 56, left: 56, right: 48 },
    bufferPages: true,
    info: { Title: options.title, Author: options.author, Creator: 'loket', CreationDate: options.createdAt, ModDate: options.createdAt },
  });
  registerFonts(doc, needsUnicodeFont(options.content));
  // Text stored before input was normalised may hold decomposed accents, which no PDF font draws as one letter.
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc;
  // What is drawn is also noted when a screen asks to show a document's text (document-text.ts).
  noteDocument(doc, options.title, options.watermark);
  doc.text = ((value: unknown, ...rest: unknown[]) => {
    const normal = typeof value === 'string' ? value.normalize('NFC') : value;
    noteText(doc, normal, rest);
    return text(normal, ...rest);
  }) as Doc['text'];
  const chunks: Buffer[] = [];
  const written = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (options.onePage)
    doc.on('pageAdded', () => {
      throw new SheetOverflow();
    });
  if (options.watermark) {
    const mark = options.watermark;
    // At the start of each page, under what is written on it, where nothing has moved the page's origin yet.
    drawWatermark(doc, mark);
    doc.on('pageAdded', () => drawWatermark(doc, mark));
  }
  const key = options.signing;
  if (!key) return { doc, done: written };
  // The signature's placeholder goes in as the document ends; the signature once its bytes are final.
  const signing = await import('./pdf-signing.js');
  const end = doc.end.bind(doc);
  doc.end = () => {
    signing.addSignaturePlaceholder(doc, key);
    return end();
  };
  return { doc, done: written.then((bytes) => signing.signPdf(bytes, key)) };
}

/** Large pale slanted text across the current page, under what follows: no one mistakes a draft for a letter. */
function drawWatermark(doc: Doc, text: string): void {
  // The writing position and font are the page's own again afterwards (pdfkit keeps them on the document).
  const state = doc as unknown as { x: number; y: number; _font: unknown; _fontSize: number };
  const { x, y, _font: font, _fontSize: fontSize } = state;
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc
    .font(FONT_BOLD)
    .fontSize(width / 6)
    .fillColor('#c8c8c8')
    .opacity(0.5);
  const size = { w: doc.widthOfString(text), h: doc.currentLineHeight() };
  doc.text(text, (width - size.w) / 2, (height - size.h) / 2, { lineBreak: false });
  doc.restore();
  doc.fillColor('black').opacity(1);
  Object.assign(state, { x, y, _font: font, _fontSize: fontSize });
}

/** Writes `Halaman N dari M` at the foot of every page when there is more than one. */
export function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .text(`Halaman ${i + 1} dari ${range.count}`, doc.page.margins.left, doc.page.height - 36, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * A `Label : value` row with the colons aligned; the value wraps under itself, balanced and only at
 * spaces. `valueWidth` narrows the value (to keep it clear of something at the right); an empty
 * value leaves the colon alone, for a list that follows.
 */
export function labelRow(
  doc: Doc,
  label: string,
  value: string,
  labelWidth: number,
  options: { bold?: boolean; valueWidth?: number; empty?: boolean } = {},
): void {
  const x = doc.page.margins.left;
  const width = options.valueWidth ?? doc.page.width - doc.page.margins.right - x - labelWidth;
  // A row starts on the next page whole rather than leave its label behind.
  if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  doc.font(FONT);
  drawWrapped(doc, label, x, y, labelWidth - 8);
  const afterLabel = doc.y;
  doc.text(':', x + labelWidth - 8, y, { width: 8 });
  doc.font(options.bold ? FONT_BOLD : FONT);
  if (value || !options.empty) drawWrapped(doc, value || '-', x + labelWidth, y, width);
  doc.font(FONT);
  doc.x = x;
  doc.y = Math.max(doc.y, afterLabel);
}

/** The height `numberedList` takes at the current font. */
export function numberedListHeight(doc: Doc, items: string[], indent = 14): number {
  const width = doc.page.width - doc.page.margins.right - doc.page.margins.left - indent;
  return items.reduce((sum, item) => sum + doc.heightOfString(item, { width }), 0);
}

/** A numbered list under the current position, indented. */
export function numberedList(doc: Doc, items: string[], indent = 14): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.right - x;
  items.forEach((item, i) => {
    const y = doc.y;
    doc.text(`${i + 1}.`, x, y, { width: indent });
    doc.text(item, x + indent, y, { width: width - indent });
  });
  doc.x = x;
}
