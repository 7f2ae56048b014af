/**
 * Line breaking for headings, labelled values and table cells: only at spaces (never inside
 * "IM-NKK" or a number), with a time and its zone kept together ("10.00 WIB)"), and balanced, so
 * that a heading does not leave one word ("ASN") alone on its last line.
 */
import type { Doc } from './pdf.js';

const NBSP = '\u00a0';

const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
const DAYS = 'Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu';

/**
 * The text with the spaces that must not break made non-breaking: a date written in words with its
 * day and its hour ("Selasa, 24 November 2026 pukul 10.00 WIB") is one unit, a number stays with
 * its unit or zone, a label ("Nomor", "NIP") with its value.
 */
export function glue(text: string): string {
  return text
    .replace(new RegExp(`(\\d{1,2}) (${MONTHS}) (\\d{4})`, 'g'), `$1${NBSP}$2${NBSP}$3`)
    .replace(new RegExp(`\\b(${DAYS}), (\\d)`, 'g'), `$1,${NBSP}$2`)
    .replace(/(\d{4}) pukul (\d)/g, `$1${NBSP}pukul${NBSP}$2`)
    .replace(/(\d) (WIB|WITA|WIT|jam|menit|hari|bulan|tahun)\b/g, `$1${NBSP}$2`)
    .replace(/\b(pukul|Nomor|No\.|NIP) (\S)/g, `$1${NBSP}$2`);
}

/** A name (a file's, say) that must stay on one line when it can. */
export function unbroken(text: string): string {
  return text.replace(/ /g, NBSP);
}

/** A word wider than the line, cut where it must be (a long address or reference). */
function cutWord(measure: (s: string) => number, word: string, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && measure(part + ch) > width) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  return part ? [...parts, part] : parts;
}

/** Greedy lines of one paragraph, broken at ordinary spaces only. */
function greedy(measure: (s: string) => number, paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate.replaceAll(NBSP, ' ')) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      if (measure(word.replaceAll(NBSP, ' ')) <= width) line = word;
      else {
        const cut = cutWord(measure, word, width);
        lines.push(...cut.slice(0, -1));
        line = cut.at(-1) ?? '';
      }
    }
  }
  return line || !lines.length ? [...lines, line] : lines;
}

/**
 * The lines of `text` in `width`: as few as greedy breaking gives, made as even as they can be
 * without adding a line (`balanced`), each explicit newline starting a new line.
 */
export function wrapLines(measure: (s: string) => number, text: string, width: number, balanced = true): string[] {
  return glue(text)
    .split('\n')
    .flatMap((line) => {
      // Leading spaces indent every line of the paragraph (a channel under its service).
      const indent = /^ */.exec(line)![0];
      return paragraphLines(measure, line.slice(indent.length), width - measure(indent), balanced).map((l) => indent + l);
    })
    .map((line) => line.replaceAll(NBSP, ' '));
}

/** The lines of one paragraph, balanced or not. */
function paragraphLines(measure: (s: string) => number, paragraph: string, width: number, balanced: boolean): string[] {
  const lines = greedy(measure, paragraph, width);
  if (!balanced || lines.length < 2) return lines;
  // The narrowest width that still gives the same number of lines evens them out; never so narrow
  // that a word which fits the full width would have to be cut.
  const widest = Math.max(...paragraph.split(' ').map((w) => measure(w.replaceAll(NBSP, ' '))));
  let lo = Math.max(width / lines.length, Math.min(widest, width));
  let hi = width;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (greedy(measure, paragraph, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return greedy(measure, paragraph, hi);
}

/** Draws text wrapped by `wrapLines` at (x, y) in `width`; doc.y ends below it, as after doc.text. */
export function drawWrapped(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { align?: 'left' | 'center' | 'right'; balanced?: boolean; lineGap?: number } = {},
): void {
  const lines = wrapLines((s) => doc.widthOfString(s), text, width, options.balanced ?? true);
  // Each line already fits: pdfkit is given a hair more room so that rounding never breaks one again.
  doc.text(lines.join('\n'), x, y, { width: width + 1, align: options.align ?? 'left', lineGap: options.lineGap });
}

/** The height `drawWrapped` will take. */
export function wrappedHeight(doc: Doc, text: string, width: number, options: { balanced?: boolean; lineGap?: number } = {}): number {
  const lines = wrapLines((s) => doc.widthOfString(s), text, width, options.balanced ?? true);
  return lines.length * doc.currentLineHeight(true) + (lines.length - 1) * (options.lineGap ?? 0);
}
