/**
 * The standard fonts' metrics handed to pdfkit (font-metrics.ts) are what pdfkit's own parser makes of
 * the AFM files, whether they come from the build's file or from an earlier document of the run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedFor, type MetricsFile } from '../../src/render/font-metrics.js';
import { loadPdfKit } from '../../src/render/pdfkit-loader.js';
import { untouchedPdfKit } from '../helpers/untouched-pdfkit.js';

const require = createRequire(import.meta.url);
type Doc = { font(name: string): Doc; _font: { font: { attributes: object; glyphWidths: object; kernPairs: object; lineGap: number } } };
type DocClass = new (options: object) => Doc;

const metricsOf = (PDFDocument: DocClass, font: string) => {
  const { attributes, glyphWidths, kernPairs, lineGap } = new PDFDocument({ autoFirstPage: false, font: null }).font(font)._font.font;
  return { attributes, glyphWidths, kernPairs, lineGap };
};

const afm = (font: string) => readFileSync(join(dirname(require.resolve('pdfkit')), 'data', `${font}.afm`), 'utf8');

describe('the standard fonts’ metrics', () => {
  it.each(['Helvetica', 'Helvetica-Bold', 'Times-Roman', 'Courier'])(
    '%s: the same as pdfkit parses, in a first and a later document',
    (font) => {
      const reference = metricsOf(untouchedPdfKit<DocClass>(), font);
      const PDFDocument = loadPdfKit() as unknown as DocClass;
      expect(metricsOf(PDFDocument, font)).toEqual(reference);
      expect(metricsOf(PDFDocument, font)).toEqual(reference);
      expect(Object.keys(reference.kernPairs).length + Object.keys(reference.glyphWidths).length).toBeGreaterThan(300);
    },
  );

  it('a prepared file is used only for the font and the text length it was made from', () => {
    const text = afm('Helvetica');
    const entry = { length: text.length, attributes: { FontName: 'Helvetica' }, glyphWidths: { a: 556 }, kernPairs: {} };
    const file: MetricsFile = { Helvetica: entry };
    expect(preparedFor(text, file)).toBe(entry);
    expect(preparedFor(`${text}\n`, file)).toBeUndefined();
    expect(preparedFor(afm('Helvetica-Bold'), file)).toBeUndefined();
    expect(preparedFor(text, null)).toBeUndefined();
    expect(preparedFor('no font name here', file)).toBeUndefined();
    expect(preparedFor('FontName constructor', file)).toBeUndefined();
  });
});
