/**
 * The line-break classes handed to linebreak (line-break-classes.ts) are what linebreak inflates from
 * its own compressed trie, for every code point; any other bytes, or a damaged file, are inflated as
 * before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/data.js';
import { CLASSES_FILE, inflatedFor, preparedTrieClass } from '../../src/render/line-break-classes.js';

const require = createRequire(import.meta.url);
const linebreak = require.resolve('linebreak');
type Trie = { get(codePoint: number): number; data: Uint32Array };
const UnicodeTrie = createRequire(linebreak)('unicode-trie') as new (data: unknown) => Trie;
const base64 = createRequire(linebreak)('base64-js') as { toByteArray(text: string): Uint8Array };

/** The compressed trie as linebreak's source holds it. */
const compressed = base64.toByteArray(/toByteArray\("([^"]+)"\)/.exec(readFileSync(linebreak, 'utf8'))?.[1] ?? '');
const file = readFileSync(packagePath(CLASSES_FILE));

describe('line-break classes inflated at build', () => {
  it('give every code point the class linebreak inflates itself', () => {
    const own = new UnicodeTrie(compressed);
    const prepared = inflatedFor(compressed, file);
    expect(prepared).toBeDefined();
    const trie = new UnicodeTrie(prepared);
    const differing: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (trie.get(cp) !== own.get(cp)) differing.push(cp);
    expect(differing).toEqual([]);
    // Not a trie of one class: letters, spaces and ideographs break differently.
    expect(new Set([0x41, 0x20, 0x4e00, 0x2d].map((cp) => trie.get(cp))).size).toBe(4);
  });

  it('are taken only for the bytes they were made from, and from a whole file', () => {
    const changed = Uint8Array.from(compressed);
    changed[100] = (changed[100] ?? 0) ^ 1;
    expect(inflatedFor(changed, file)).toBeUndefined();
    expect(inflatedFor(compressed.subarray(1), file)).toBeUndefined();
    expect(inflatedFor(compressed, undefined)).toBeUndefined();
    expect(inflatedFor(compressed, file.subarray(0, 8))).toBeUndefined();
    expect(inflatedFor(compressed, file.subarray(0, file.length - 1))).toBeUndefined();
    // A file read at an offset no Uint32Array can start at is copied, not refused.
    const shifted = Buffer.concat([Buffer.alloc(1), file]).subarray(1);
    expect(inflatedFor(compressed, shifted)?.data.length).toBe(file.length / 4 - 4);
  });

  it('the class handed to linebreak skips the inflation for its bytes and inflates any other', () => {
    const Prepared = preparedTrieClass(UnicodeTrie) as unknown as new (data: unknown) => Trie;
    const own = new UnicodeTrie(compressed);
    const fromFile = new Prepared(compressed);
    expect(fromFile.data.buffer).not.toBe(own.data.buffer);
    expect(fromFile.data.length).toBe(file.length / 4 - 4);
    expect([0x41, 0x20, 0x4e00, 0x1f600].map((cp) => fromFile.get(cp))).toEqual([0x41, 0x20, 0x4e00, 0x1f600].map((cp) => own.get(cp)));
    const other = new UnicodeTrie(compressed);
    expect(new Prepared({ data: other.data, highStart: 0x110000, errorValue: 0 }).get(0x41)).toBe(other.get(0x41));
  });
});
