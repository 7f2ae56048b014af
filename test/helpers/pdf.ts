/** Reading a PDF back as a reader would: its text, page by page (pdfjs-dist, no canvas needed). */
import { readFileSync } from 'node:fs';

/** The text of each page, items joined by spaces and lines by newlines. */
export async function pdfPages(pathOrBytes: string | Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = typeof pathOrBytes === 'string' ? new Uint8Array(readFileSync(pathOrBytes)) : new Uint8Array(pathOrBytes);
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    pages.push(text.replace(/[ \t]+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

/** All text of a PDF as one string, white space folded so wrapped sentences read whole. */
export async function pdfText(pathOrBytes: string | Uint8Array): Promise<string> {
  return (await pdfPages(pathOrBytes)).join('\n').replace(/\s+/g, ' ');
}
