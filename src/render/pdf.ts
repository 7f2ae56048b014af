/** Shared PDF plumbing: a pdfkit document collected into a buffer, page numbers, label rows. */
import type PDFKit from 'pdfkit';
import { loadPdfKit } from './pdfkit-loader.js';

export type Doc = PDFKit.PDFDocument;

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';

export interface DocOptions {
  size: 'A4' | 'A5';
  layout?: 'portrait' | 'landscape';
  title: string;
  author: string;
  /** Fixed creation date, so the same case renders the same document. */
  createdAt: Date;
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** Creates a document and a promise of its bytes; call `doc.end()` when done. */
export async function createDoc(options: DocOptions): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({
    size: options.size,
    layout: options.layout ?? 'portrait',
    margins: options.margins ?? { top: 42, bottom: 56, left: 56, right: 48 },
    bufferPages: true,
    info: { Title: options.title, Author: options.author, Creator: 'loket', CreationDate: options.createdAt, ModDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Writes `Halaman N dari M` at the foot of every page when there is more than one. */
export function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).text(`Halaman ${i + 1} dari ${range.count}`, doc.page.margins.left, doc.page.height - 36, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center', lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** A `Label : value` row with the colons aligned; the value wraps under itself. */
export function labelRow(doc: Doc, label: string, value: string, labelWidth: number, options: { bold?: boolean } = {}): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.right - x;
  const y = doc.y;
  doc.font(FONT).text(label, x, y, { width: labelWidth - 8 });
  const afterLabel = doc.y;
  doc.text(':', x + labelWidth - 8, y, { width: 8 });
  doc.font(options.bold ? FONT_BOLD : FONT).text(value || '-', x + labelWidth, y, { width: width - labelWidth });
  doc.font(FONT);
  doc.x = x;
  doc.y = Math.max(doc.y, afterLabel);
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
