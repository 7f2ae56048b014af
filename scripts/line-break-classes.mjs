// Run by `npm run build`: writes the line-break classes trie of the linebreak package (which pdfkit
// uses to wrap every paragraph) already inflated, to dist/line-break-classes.bin. linebreak inflates
// its compressed trie twice over at every start-up (~90 million instructions, a fifth of a bare Node
// start); src/render/line-break-classes.ts hands it this instead when the compressed source matches.
// Layout, all uint32 little-endian: source length, source FNV-1a, highStart, errorValue, then the data.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const linebreak = requireFromRoot.resolve('linebreak');
const requireFromLinebreak = createRequire(linebreak);
const Module = requireFromRoot('node:module');
// The hash the run checks the compressed bytes with: tsc has compiled it before this script runs.
const { fnv1a } = await import(pathToFileURL(join(root, 'dist', 'src', 'render', 'line-break-classes.js')).href);

// linebreak builds its one trie when it loads: catch the compressed bytes and the inflated result.
const UnicodeTrie = requireFromLinebreak('unicode-trie');
let source;
let built;
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'unicode-trie' && parent?.filename === linebreak) {
    return class extends UnicodeTrie {
      constructor(data) {
        super(data);
        source = Uint8Array.from(data);
        built = { data: this.data, highStart: this.highStart, errorValue: this.errorValue };
      }
    };
  }
  return load.call(this, request, parent, isMain);
};
requireFromRoot('linebreak');
Module._load = load;
if (!built) throw new Error('linebreak did not build its trie through unicode-trie');

const header = new Uint32Array([source.length, fnv1a(source), built.highStart, built.errorValue]);
const data = new Uint8Array(built.data.buffer, built.data.byteOffset, built.data.byteLength);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'line-break-classes.bin'), Buffer.concat([Buffer.from(header.buffer), Buffer.from(data)]));
