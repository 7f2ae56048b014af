/**
 * linebreak's trie of line-break classes, inflated at build instead of at every start-up. linebreak
 * (pdfkit wraps every paragraph with it) builds the trie when it loads, from a compressed copy it
 * inflates twice over: about 90 million instructions, a fifth of a bare Node start. The build writes
 * the inflated trie to dist/line-break-classes.bin (scripts/line-break-classes.mjs); linebreak is
 * handed a UnicodeTrie that takes it when the compressed bytes are the ones it was made from.
 */
import { readPackageFile } from '../data.js';

/** Where the build writes the trie, in the package. */
export const CLASSES_FILE = 'dist/line-break-classes.bin';

/** A unicode-trie trie already inflated: what UnicodeTrie's constructor also accepts. */
export interface InflatedTrie {
  data: Uint32Array;
  highStart: number;
  errorValue: number;
}

type TrieClass = new (data: Uint8Array | InflatedTrie) => object;

const HEADER_WORDS = 4;
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A 32-bit FNV-1a hash of bytes, as the build computes it. */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193) >>> 0;
  return h;
}

/** The inflated trie `file` holds for these compressed bytes, or undefined when it was made from others. */
export function inflatedFor(compressed: Uint8Array, file: Uint8Array | undefined): InflatedTrie | undefined {
  if (!file || !littleEndian || file.byteLength < HEADER_WORDS * 4 || file.byteLength % 4 !== 0) return undefined;
  // A Uint32Array view needs an aligned offset: copy (not Buffer.slice, a view) when the bytes do not start at one.
  const words = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const all = new Uint32Array(words.buffer, words.byteOffset, words.byteLength / 4);
  const [length, hash, highStart, errorValue] = all;
  if (length !== compressed.length || hash !== fnv1a(compressed) || highStart === undefined || errorValue === undefined) return undefined;
  return { data: all.subarray(HEADER_WORDS), highStart, errorValue };
}

/** A UnicodeTrie class that takes the build's inflated trie for the bytes it was made from, and inflates any other. */
export function preparedTrieClass(UnicodeTrie: TrieClass): TrieClass {
  return class PreparedTrie extends UnicodeTrie {
    constructor(data: Uint8Array | InflatedTrie) {
      super((data instanceof Uint8Array && inflatedFor(data, readPackageFile(CLASSES_FILE))) || data);
    }
  };
}
