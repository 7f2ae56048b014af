/** QR codes drawn as vector squares by pdfkit (qrcode computes the modules). */
import { requireCjs } from '../cjs.js';
import type { Doc } from './pdf.js';

/** Draws a QR code of `text`, `size` points wide with its quiet zone, at (x, y). */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const QRCode = requireCjs('qrcode') as {
    create(text: string, o: { errorCorrectionLevel: string }): { modules: { size: number; get(r: number, c: number): number } };
  };
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 8);
  const origin = cell * 4;
  doc.save().fillColor('black');
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) doc.rect(x + origin + c * cell, y + origin + r * cell, cell, cell);
  }
  doc.fill().restore();
}
