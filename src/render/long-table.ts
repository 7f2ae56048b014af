/**
 * A terminal table of any number of rows. cli-table3 lays a table out in time that grows with the
 * square of its rows, and spends tens of microseconds on every cell (10,000 overdue cases took 15 s
 * and more): a table longer than PART rows is drawn here instead, line by line, in cli-table3's own
 * look (its default borders, one space of padding), with each cell as it was given (already cut to
 * its column by the caller).
 */
import { requireCjs } from '../cjs.js';

const PART = 100;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\x20-\x7e]*$/;
// Characters drawn two columns wide (East Asian wide and full-width forms, most emoji) and none (combining marks, joiners).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// The class lists combining marks on purpose: each is tested alone, as a character of its own.
// eslint-disable-next-line no-misleading-character-class
const ZERO = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u200b-\u200f\ufe00-\ufe0f]/;

/** How many terminal columns a text takes, its colour codes aside. */
export function displayWidth(text: string): number {
  const bare = text.replace(COLOUR, '');
  if (PLAIN.test(bare)) return bare.length;
  let width = 0;
  for (const ch of bare) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The table of `head` and `rows` as cli-table3 draws it. */
export function longTable(head: string[], rows: string[][]): string {
  if (rows.length <= PART) {
    const Table = requireCjs('cli-table3') as typeof import('cli-table3');
    const table = new Table({ head, style: { head: [], border: [] } });
    table.push(...rows);
    return table.toString();
  }
  const widths = head.map((h, c) => rows.reduce((w, r) => Math.max(w, displayWidth(r[c] ?? '')), displayWidth(h)));
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const line = (cells: string[]) =>
    `│ ${widths.map((w, c) => (cells[c] ?? '') + ' '.repeat(w - displayWidth(cells[c] ?? ''))).join(' │ ')} │`;
  const between = rule('├', '┼', '┤');
  const out = [rule('┌', '┬', '┐'), line(head)];
  for (const r of rows) out.push(between, line(r));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
