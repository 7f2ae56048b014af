import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesContaining } from '../../src/store/line-search.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-line-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1 << 20;

async function found(text: string, needle: string): Promise<string[]> {
  const path = join(dir, `f-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, text);
  const lines: string[] = [];
  for await (const line of linesContaining(path, needle)) lines.push(line);
  return lines;
}

/** What a reader of the whole text would find. */
const expected = (text: string, needle: string) => text.split('\n').filter((line) => line.includes(needle));

/** Filler lines of 99 bytes and a newline, up to about `bytes`. */
const filler = (bytes: number) => `${'x'.repeat(99)}\n`.repeat(Math.floor(bytes / 100));

describe('linesContaining: the lines a reader of the whole file would find', () => {
  it.each([
    ['one line among others', 'a\n{"caseId":"2026-0001"}\nb\n', '"2026-0001"'],
    ['the first and the last line', '"2026-0001" one\nmid\n"2026-0001" two\n', '"2026-0001"'],
    ['a torn last line, without its newline', 'a\n{"caseId":"2026-0001","na', '"2026-0001"'],
    ['the text twice in one line: the line once', '"2026-0001" "2026-0001"\n', '"2026-0001"'],
    ['no line', 'a\nb\n', '"2026-0001"'],
    ['an empty file', '', '"2026-0001"'],
    ['letters beyond ASCII beside it', 'Pengaduan — Hajjah Nur’aini "2026-0001" é\nb\n', '"2026-0001"'],
    ['a line across the first megabyte', `${filler(MB - 50)}{"caseId":"2026-0001","name":"${'n'.repeat(200)}"}\nz\n`, '"2026-0001"'],
    ['the text itself cut by the first megabyte', `${filler(MB)}${'y'.repeat((MB % 100) - 5)}"2026-0001"\n`, '"2026-0001"'],
    ['a line longer than a megabyte', `a\n${'q'.repeat(MB + 10)}"2026-0001"${'q'.repeat(MB)}\nb\n`, '"2026-0001"'],
    ['lines in three megabytes', `${filler(MB)}"2026-0001" a\n${filler(MB)}"2026-0001" b\n${filler(MB)}`, '"2026-0001"'],
  ])('%s', async (_, text, needle) => {
    const lines = await found(text, needle);
    expect(lines).toEqual(expected(text, needle));
    // Not vacuous: every case but the two without one finds a line.
    if (!/^(no line|an empty file)$/.test(_)) expect(lines.length).toBeGreaterThan(0);
  });

  it('a file that is not there holds no line', async () => {
    const lines: string[] = [];
    for await (const line of linesContaining(join(dir, 'nothing.jsonl'), 'x')) lines.push(line);
    expect(lines).toEqual([]);
  });

  it('refuses an empty needle (it would be in every line)', async () => {
    const path = join(dir, 'some.jsonl');
    writeFileSync(path, 'a\n');
    await expect(linesContaining(path, '').next()).rejects.toThrow(/empty needle/);
  });
});
