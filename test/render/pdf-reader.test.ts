/**
 * The tests' PDF reader (test/helpers/pdf.ts) reads what a reader would, and leaves the code under
 * test as Node made it: pdfjs-dist's legacy build replaces built-ins with core-js's wherever it is
 * loaded, so it runs in a thread of its own.
 */
import { describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../src/render/text-pdf.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';

describe("the tests' PDF reader", () => {
  it('reads each page of a PDF loket made, and leaves the built-ins of this process native', async () => {
    const pdf = await renderTextPdf('Laporan Tenggat', 'Baris pertama\nBaris kedua', defaultProfile(), new Date('2026-11-27T02:00:00Z'));
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(await pdfText(pdf)).toContain('Laporan Tenggat Baris pertama Baris kedua');
    // core-js keeps its state in this global, and makes what it replaced look native to toString().
    expect(Object.hasOwn(globalThis, '__core-js_shared__')).toBe(false);
    expect('getOrInsert' in Map.prototype).toBe(false);
  });

  it('reports a file that is not a PDF as such, from its thread', async () => {
    await expect(pdfText(new TextEncoder().encode('bukan PDF'))).rejects.toThrow(/Invalid PDF structure/);
  });
});
