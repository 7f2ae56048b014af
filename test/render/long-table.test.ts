/** Issue 24, point 8: a long terminal table is drawn without cli-table3's quadratic layout, and looks the same. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { displayWidth, longTable } from '../../src/render/long-table.js';

const Table = createRequire(import.meta.url)('cli-table3') as typeof import('cli-table3');
const red = (s: string) => `\u001b[31m${s}\u001b[39m`;

function drawnByCliTable3(head: string[], rows: string[][]): string {
  const table = new Table({ head, style: { head: [], border: [] } });
  table.push(...rows);
  return table.toString();
}

describe('a long table', () => {
  it.each([
    ['plain', (i: number) => [`2026-${String(i).padStart(4, '0')}`, `Dinas ${i}`, 'Permohonan narasumber', red(`Senin (${i} hari)`)]],
    ['wide and combining characters', (i: number) => [String(i), i % 3 ? '北京市' : 'Nguyễn Văn Ánh', 'Cafe\u0301', red('🙂 ok')]],
  ])('of 150 rows (%s) is drawn exactly as cli-table3 draws it', (_what, row) => {
    const head = ['Nomor', 'Pemohon', 'Hal', 'Tenggat'];
    const rows = Array.from({ length: 150 }, (_, i) => row(i));
    expect(longTable(head, rows)).toBe(drawnByCliTable3(head, rows));
  });

  it.each([
    ['abc', 3],
    ['\u001b[31mabc\u001b[39m', 3],
    ['北京', 4],
    ['e\u0301', 1],
    ['🙂', 2],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
