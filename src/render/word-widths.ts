/**
 * The widths of words in the standard fonts, measured once per run. pdfkit measures a word each time
 * it wraps a paragraph, and an A5 sheet is set up to four times to find the size at which it fits one
 * page (a5-sheet.ts), each time measuring every word again, its kerning pairs looked up one by one:
 * about a third of a receipt's drawing. A word's width at 1,000 points depends only on the font and
 * the word, so it is kept, and scaled as pdfkit scales it.
 */

export interface StandardFontLike {
  name: string;
  widthOfString(this: StandardFontLike, text: string, size: number): number;
}

/** The most words kept: a long report letter has a few thousand different ones. */
const LIMIT = 20_000;

/** Makes pdfkit's standard fonts keep the widths they measure, per font and text (`standardFont`: any one of them). */
export function shareWordWidths(standardFont: StandardFontLike): void {
  const font = Object.getPrototypeOf(standardFont) as StandardFontLike;
  const measure = font.widthOfString;
  const widths = new Map<string, number>();
  font.widthOfString = function widthOfString(this: StandardFontLike, text: string, size: number) {
    const key = `${this.name}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      // pdfkit's own measure at 1,000 points is the unscaled width it sums from the glyphs' advances.
      width = measure.call(this, text, 1000);
      if (widths.size >= LIMIT) widths.clear();
      widths.set(key, width);
    }
    return width * (size / 1000);
  };
}
