/**
 * A screen's text as a printable A4 page: the office's name above it and the text set in a monospaced
 * font, so that its tables stand as they do on the screen (100 columns fit the page's width). The
 * menu prints the morning report this way.
 */
import { dirname, join } from 'node:path';
import { requireCjs } from '../cjs.js';
import type { Profile } from '../domain/profile.js';
import { createDoc, FONT_BOLD, numberPages } from './pdf.js';

const MONO = 'loket-mono';

/** The PDF of `text` under `title`, for `profile`'s office, dated `createdAt`. */
export async function renderTextPdf(title: string, text: string, profile: Profile, createdAt: Date): Promise<Buffer> {
  const { doc, done } = await createDoc({
    size: 'A4',
    title,
    author: profile.agency,
    createdAt,
    margins: { top: 42, bottom: 56, left: 48, right: 40 },
    content: [title, profile.agency, profile.unit],
  });
  // DejaVu Sans Mono draws the tables' box lines and every Latin letter; the standard Courier draws neither all.
  const fonts = dirname(requireCjs.resolve('dejavu-fonts-ttf/package.json'));
  doc.registerFont(MONO, join(fonts, 'ttf', 'DejaVuSansMono.ttf'));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(FONT_BOLD).fontSize(11).text(profile.agency, { width });
  if (profile.unit) doc.fontSize(10).text(profile.unit, { width });
  doc.moveDown(0.5).fontSize(12).text(title, { width });
  doc.moveDown(0.8);
  doc.font(MONO).fontSize(7.5);
  for (const line of text.split('\n')) doc.text(line || ' ', { width, lineBreak: true });
  numberPages(doc);
  doc.end();
  return done;
}
