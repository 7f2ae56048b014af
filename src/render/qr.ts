/** QR codes drawn as vector squares by pdfkit (qrcode computes the modules). */
import { requireCjs } from '../cjs.js';
import type { Doc } from './pdf.js';

type Modules = { size: number; get(r: number, c: number): number };

/** The last QR codes encoded, by text: a sheet drawn again at a smaller scale to fit its page encodes the same text. */
const recent = new Map<string, Modules>();
const RECENT = 8;

/** The modules of the QR code of `text`, encoded at most once for the last few texts. */
function modulesOf(text: string): Modules {
  const known = recent.get(text);
  if (known) return known;
  // The encoder alone: the package's main module also loads its PNG, SVG and terminal renderers
  // (pngjs among them), which a PDF never uses.
  const QRCode = requireCjs('qrcode/lib/core/qrcode') as {
    create(text: string, o: { errorCorrectionLevel: string }): { modules: Modules };
  };
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  recent.set(text, modules);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return modules;
}

/** Draws a QR code of `text`, `size` points wide with its quiet zone, at (x, y). */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const modules = modulesOf(text);
  const cell = size / (modules.size + 8);
  const origin = cell * 4;
  doc.save().fillColor('black');
  // One rectangle per run of dark modules in a row, not per module: the same marks in a third of the
  // drawing operators (a receipt's QR code is ~550 dark modules).
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (!modules.get(r, c)) continue;
      let end = c + 1;
      while (end < modules.size && modules.get(r, end)) end++;
      doc.rect(x + origin + c * cell, y + origin + r * cell, (end - c) * cell, cell);
      c = end;
    }
  }
  doc.fill().restore();
}
