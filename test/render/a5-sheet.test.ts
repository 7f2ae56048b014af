/** fitSheet: the first size at which a sheet fits one page, each lost try given up where its second page begins. */
import { describe, expect, it } from 'vitest';
import { fitSheet, SHEET_SCALES } from '../../src/render/a5-sheet.js';
import { createDoc, FONT } from '../../src/render/pdf.js';
import { pdfPages } from '../helpers/pdf.js';

/** A sheet of `lines` numbered lines at 12 points times the scale; what each try did is noted in `tries`. */
function sheetOf(lines: number, tries: { scale: number; onePage: boolean; drawn: number }[]) {
  return async (scale: number, onePage: boolean) => {
    const t = { scale, onePage, drawn: 0 };
    tries.push(t);
    const { doc, done } = await createDoc({
      size: 'A5',
      title: 'Uji',
      author: 'Uji',
      createdAt: new Date('2026-12-01T00:00:00Z'),
      margins: { top: 30, bottom: 40, left: 36, right: 36 },
      onePage,
    });
    doc.font(FONT).fontSize(12 * scale);
    for (let i = 1; i <= lines; i++) {
      doc.text(`Baris ${i}`);
      t.drawn = i;
    }
    return { doc, done };
  };
}

// An A5 page holds 525 points between these margins: about 37 lines at 12 points, 40 at 0.93 of that, 44 at 0.86, 47 at 0.8.
describe('fitSheet', () => {
  it.each([
    // lines, the sizes tried, the one kept
    [10, [1], 1],
    [40, [1, 0.93], 0.93],
    [43, [1, 0.93, 0.86], 0.86],
    [46, [1, 0.93, 0.86, 0.8], 0.8],
  ])('%i lines: tried at %j, kept at %d on one page', async (lines, tried, kept) => {
    const tries: { scale: number; onePage: boolean; drawn: number }[] = [];
    const pages = await pdfPages(await fitSheet(sheetOf(lines, tries)));
    expect(tries.map((t) => t.scale)).toEqual(tried);
    expect(tries.at(-1)!.scale).toBe(kept);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`Baris ${lines}`);
    // Every try but the kept one stopped at the line that began its second page.
    for (const t of tries.slice(0, -1)) expect(t.drawn).toBeLessThan(lines);
    expect(tries.at(-1)!.drawn).toBe(lines);
  });

  it('too long for the smallest size: drawn whole at that size on two pages, numbered', async () => {
    const tries: { scale: number; onePage: boolean; drawn: number }[] = [];
    const pages = await pdfPages(await fitSheet(sheetOf(60, tries)));
    expect(tries.map((t) => [t.scale, t.onePage])).toEqual(SHEET_SCALES.map((s, i) => [s, i < SHEET_SCALES.length - 1]));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Baris 60');
    expect(pages[0]).toContain('Halaman 1 dari 2');
  });

  it('any other failure of a try is the failure of the sheet', async () => {
    await expect(
      fitSheet(async () => {
        throw new Error('logo rusak');
      }),
    ).rejects.toThrow('logo rusak');
  });
});
