/**
 * The text of a document as it is drawn, for a screen: while a recording runs, every piece of text a
 * document draws is noted with its page and place, and laid out again as lines of a terminal (what
 * is side by side on the page stays on one line, what is to the right stays to the right). The menu
 * shows an officer the letter they prepared this way, from the very rendering that made its PDF,
 * without reading a PDF back.
 */
import type { Doc } from './pdf.js';

interface Piece {
  page: number;
  x: number;
  y: number;
  lineHeight: number;
  text: string;
}

/** One document drawn during a recording: its title and its text, page by page. */
export interface DocumentText {
  title: string;
  pages: string[][];
}

interface Drawing {
  title: string;
  skip?: string;
  pieces: Piece[];
  left: number;
}

let recording: Drawing[] | undefined;
const drawings = new WeakMap<Doc, Drawing>();

/** Runs `work` and returns, beside its result, the text of every document it drew, laid out in lines of `width` columns. */
export async function recordDocumentText<T>(work: () => Promise<T>, width = 98): Promise<{ result: T; documents: DocumentText[] }> {
  const mine: Drawing[] = [];
  const outer = recording;
  recording = mine;
  try {
    const result = await work();
    return { result, documents: mine.map((d) => ({ title: d.title, pages: layOut(d, width) })) };
  } finally {
    recording = outer;
  }
}

/** Called by createDoc for each new document: it is noted when a recording runs (its watermark is not text of the letter). */
export function noteDocument(doc: Doc, title: string, watermark?: string): void {
  if (!recording) return;
  const drawing: Drawing = { title, pieces: [], left: doc.page.margins.left, ...(watermark ? { skip: watermark } : {}) };
  recording.push(drawing);
  drawings.set(doc, drawing);
}

/** Called by createDoc for every text drawn: where it is and what it says. */
export function noteText(doc: Doc, value: unknown, args: unknown[]): void {
  const drawing = drawings.get(doc);
  if (!drawing || typeof value !== 'string' || value === drawing.skip) return;
  const pages = (doc as unknown as { _pageBuffer?: unknown[] })._pageBuffer;
  const page = Math.max(0, pages?.indexOf(doc.page) ?? 0);
  const x = typeof args[0] === 'number' ? args[0] : doc.x;
  const y = typeof args[1] === 'number' ? args[1] : doc.y;
  drawing.pieces.push({ page, x, y, lineHeight: doc.currentLineHeight(true), text: value });
}

// Points per terminal column: an 11-point body font is about 5.5 points a character.
const POINTS_PER_COLUMN = 5.5;

/** Wraps a text at spaces to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** The pieces of each page as terminal lines: by height, then left to right, each at its column. */
function layOut(d: Drawing, width: number): string[][] {
  const pages: string[][] = [];
  const byPage = new Map<number, { y: number; x: number; text: string }[]>();
  for (const p of d.pieces) {
    const rows = byPage.get(p.page) ?? [];
    p.text
      .replace(/\u00a0/g, ' ')
      .replace(/[\u200b\u2060]/g, '')
      .split('\n')
      .forEach((text, i) => rows.push({ y: p.y + i * p.lineHeight, x: p.x, text: text.trim() }));
    byPage.set(p.page, rows);
  }
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const rows = (byPage.get(page) ?? []).filter((r) => r.text).sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: string[] = [];
    let current: { y: number; text: string } | undefined;
    for (const r of rows) {
      const column = Math.max(0, Math.min(Math.round((r.x - d.left) / POINTS_PER_COLUMN), width - 20));
      if (current && Math.abs(r.y - current.y) < 3) {
        const pad = Math.max(1, column - current.text.length);
        current.text += ' '.repeat(pad) + r.text;
        continue;
      }
      if (current) lines.push(current.text);
      current = { y: r.y, text: ' '.repeat(column) + r.text };
    }
    if (current) lines.push(current.text);
    // A paragraph drawn as one piece is wrapped here, under its own first column.
    pages.push(
      lines.flatMap((line) => {
        if (line.length <= width) return [line];
        const indent = line.length - line.trimStart().length;
        return wrap(line.trimStart(), width - indent).map((l) => ' '.repeat(indent) + l);
      }),
    );
  }
  return pages;
}
