/**
 * Words measured once per run (word-widths.ts) have the width pdfkit's own measure gives them, in
 * every standard font and size, the first time and every time after.
 */
import { describe, expect, it } from 'vitest';
import { loadPdfKit } from '../../src/render/pdfkit-loader.js';
import { untouchedPdfKit } from '../helpers/untouched-pdfkit.js';

type Doc = { font(name: string): Doc; fontSize(size: number): Doc; widthOfString(text: string): number };
type DocClass = new (options: object) => Doc;

const WORDS = ['Permohonan', 'narasumber', 'AVAWAY', 'Yth.', 'Kepala Dinas Komunikasi dan Informatika', 'T.o', '', ' ', '1.234,56'];
const FONTS = ['Helvetica', 'Helvetica-Bold', 'Times-Roman'];
const SIZES = [12, 11.16, 10.32, 9.6, 8];

describe('word widths kept per run', () => {
  it('are pdfkit’s own, for every font, size and word, measured again and again', () => {
    const own = new (untouchedPdfKit<DocClass>())({ autoFirstPage: false });
    const kept = new (loadPdfKit() as unknown as DocClass)({ autoFirstPage: false });
    const widths = (doc: Doc) => FONTS.flatMap((f) => SIZES.flatMap((s) => WORDS.map((w) => doc.font(f).fontSize(s).widthOfString(w))));
    const reference = widths(own);
    expect(widths(kept)).toEqual(reference);
    expect(widths(kept)).toEqual(reference);
    // Kerning counts: "AVAWAY" is narrower than its letters measured apart.
    const apart = [...'AVAWAY'].reduce((sum, letter) => sum + kept.font('Helvetica').fontSize(12).widthOfString(letter), 0);
    expect(kept.font('Helvetica').fontSize(12).widthOfString('AVAWAY')).toBeLessThan(apart);
  });

  it('are kept apart for each font: the same word is wider in bold', () => {
    const doc = new (loadPdfKit() as unknown as DocClass)({ autoFirstPage: false });
    const plain = doc.font('Helvetica').fontSize(10).widthOfString('Permohonan');
    expect(doc.font('Helvetica-Bold').fontSize(10).widthOfString('Permohonan')).toBeGreaterThan(plain);
    expect(doc.font('Helvetica').fontSize(10).widthOfString('Permohonan')).toBe(plain);
  });
});
