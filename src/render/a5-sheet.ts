/**
 * The office's A5 sheets (receipt, disposition, answer slip, completeness receipt): letterhead, title,
 * and the sign-off with place and date. A sheet is set on one page: when its content is long it is
 * set again in a smaller size, and only what does not fit even then continues on a second page,
 * where the sign-off comes with the block before it, never alone.
 */
import type { Profile } from '../domain/profile.js';
import { drawLetterhead } from './letterhead.js';
import { letterheadLogo } from './logo-source.js';
import { createDoc, FONT, FONT_BOLD, numberPages, SheetOverflow, type Doc } from './pdf.js';

/** The sizes tried in turn, as a share of the normal one; the last is the smallest still read at arm's length. */
export const SHEET_SCALES = [1, 0.93, 0.86, 0.8] as const;

/** An A5 document with the letterhead, the title underlined and an optional subtitle; the body starts below. */
export async function openA5Sheet(options: {
  title: string;
  subtitle?: string;
  documentTitle: string;
  profile: Profile;
  createdAt: Date;
  content: unknown;
  scale?: number;
  /** A try that is given up once it starts a second page (fitSheet). */
  onePage?: boolean;
}): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const s = options.scale ?? 1;
  const { doc, done } = await createDoc({
    size: 'A5',
    title: options.documentTitle,
    author: options.profile.agency,
    createdAt: options.createdAt,
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: options.content,
    onePage: options.onePage,
  });
  drawLetterhead(doc, options.profile, 0.8 * s, await letterheadLogo(options.profile));
  doc
    .font(FONT_BOLD)
    .fontSize(12 * s)
    .text(options.title, { align: 'center', underline: true });
  if (options.subtitle)
    doc
      .font(FONT)
      .fontSize(9 * s)
      .text(options.subtitle, { align: 'center' });
  doc
    .moveDown(0.8)
    .font(FONT)
    .fontSize(9.5 * s);
  return { doc, done };
}

const SIGN_OFF_WIDTH = 170;

/** The lines of a sign-off, for its height: place and date, caption, room to sign, the name, any extra line. */
function signOffLines(placeAndDate: string | undefined, extra: number): number {
  return (placeAndDate ? 1 : 0) + 1 + 2.5 + 1 + extra;
}

/** The room the sign-off takes at the current font size. */
export function signOffHeight(doc: Doc, placeAndDate?: string, extra = 0): number {
  return signOffLines(placeAndDate, extra) * doc.currentLineHeight(true);
}

/** The sign-off at the right: place and date, the caption ("Petugas,"), room to sign, the name in bold, any extra lines. */
export function drawSignOff(doc: Doc, caption: string, name: string, placeAndDate?: string, extra: string[] = []): void {
  const x = doc.page.width - doc.page.margins.right - SIGN_OFF_WIDTH;
  const options = { width: SIGN_OFF_WIDTH, align: 'center' } as const;
  if (placeAndDate) doc.font(FONT).text(placeAndDate, x, doc.y, options);
  doc.font(FONT).text(caption, x, doc.y, options);
  doc.moveDown(2.5).font(FONT_BOLD).text(name, x, doc.y, options);
  for (const line of extra) doc.font(FONT).text(line, x, doc.y, options);
  doc.font(FONT);
  doc.x = doc.page.margins.left;
}

/** Whether `height` more fits on the current page. */
export function fits(doc: Doc, height: number): boolean {
  return doc.y + height <= doc.page.height - doc.page.margins.bottom;
}

/**
 * Before the last block of a sheet: when that block and the sign-off do not fit together on this
 * page, both start on the next one (so a continued sheet never ends with a sign-off alone).
 */
export function keepWithSignOff(doc: Doc, blockHeight: number, signOff: number): void {
  if (!fits(doc, blockHeight + signOff) && doc.y > doc.page.margins.top + 1) doc.addPage();
}

/** A sheet drawn at a scale, not yet ended; `onePage` is passed on to createDoc (given up on a second page). */
export type DrawSheet = (scale: number, onePage: boolean) => Promise<{ doc: Doc; done: Promise<Buffer> }>;

/** The sheet at the first scale at which it fits one page; else at the smallest, continued and numbered. */
export async function fitSheet(draw: DrawSheet): Promise<Buffer> {
  for (const [i, scale] of SHEET_SCALES.entries()) {
    const last = i === SHEET_SCALES.length - 1;
    let drawn: Awaited<ReturnType<DrawSheet>>;
    try {
      drawn = await draw(scale, !last);
    } catch (error) {
      // Too long at this size: the try stops where its second page began and is thrown away unfinished
      // (the bench's receipt, every requirement missing, is tried at three sizes: ~7 ms saved).
      if (error instanceof SheetOverflow) continue;
      throw error;
    }
    if (drawn.doc.bufferedPageRange().count === 1 || last) {
      numberPages(drawn.doc);
      drawn.doc.end();
      return drawn.done;
    }
  }
  throw new Error('unreachable: the last scale always returns');
}
