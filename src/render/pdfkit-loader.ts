/**
 * Loads pdfkit without paying for what loket's documents never use. pdfkit requires at the top of
 * its module fontkit (~40 ms: brotli, unicode tables), used only to embed TrueType fonts, and all of
 * crypto-js (~14 ms, thirty files), of which an unencrypted document needs only MD5 for its file ID.
 * Both are handed to pdfkit as stand-ins: fontkit loads on first use; crypto-js starts as its core
 * with MD5 and loads the rest the first time anything else is asked of it. Embedding a font or
 * encrypting a PDF later still works. The standard fonts' metrics are parsed once (font-metrics.ts),
 * linebreak, which pdfkit loads to wrap text, is handed its trie inflated at build (line-break-classes.ts),
 * and a word's width is measured once per run (word-widths.ts).
 */
import Module from 'node:module';
import { requireCjs } from '../cjs.js';
import { shareFontMetrics } from './font-metrics.js';
import { preparedTrieClass } from './line-break-classes.js';
import { shareWordWidths, type StandardFontLike } from './word-widths.js';

type PdfKit = typeof import('pdfkit');
type ProbeDocument = new (options: Record<string, unknown>) => { font(name: string): unknown; _font: StandardFontLike & { font: object } };
type Loader = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;

let cached: PdfKit | undefined;

/** The PDFDocument class. */
export function loadPdfKit(): PdfKit {
  if (cached) return cached;
  const moduleInternals = Module as unknown as { _load: Loader };
  const original = moduleInternals._load;
  moduleInternals._load = function lazyParts(this: unknown, request, parent, isMain) {
    const fromPdfKit = !!parent?.filename && /pdfkit[\\/]js[\\/]pdfkit\.js$/.test(parent.filename);
    const real = () => original.call(this, request, parent, isMain) as Record<string | symbol, unknown>;
    if (fromPdfKit && request === 'fontkit') {
      let loaded: Record<string | symbol, unknown> | undefined;
      const load = () => (loaded ??= real());
      return new Proxy({}, { get: (_t, key) => load()[key], has: (_t, key) => key in load() });
    }
    if (fromPdfKit && request === 'crypto-js') {
      // crypto-js's parts all extend one shared core object, so loading the rest later completes it.
      const core = requireCjs('crypto-js/core') as Record<string | symbol, unknown>;
      requireCjs('crypto-js/md5');
      let complete = false;
      const full = () => {
        if (!complete) real();
        complete = true;
        return core;
      };
      return new Proxy(core, { get: (t, key) => (key in t ? t[key] : full()[key]), has: (t, key) => key in t || key in full() });
    }
    if (request === 'unicode-trie' && !!parent?.filename && /linebreak[\\/]dist[\\/]main\.cjs$/.test(parent.filename))
      return preparedTrieClass(original.call(this, request, parent, isMain) as Parameters<typeof preparedTrieClass>[0]);
    return original.call(this, request, parent, isMain);
  } as Loader;
  try {
    cached = requireCjs('pdfkit') as PdfKit;
  } finally {
    moduleInternals._load = original;
  }
  // pdfkit exports neither its StandardFont class nor its AFM parser: both are reached through a
  // font of a document that opens the smallest standard font.
  const probe = new (cached as unknown as ProbeDocument)({ autoFirstPage: false, font: null });
  probe.font('ZapfDingbats');
  shareFontMetrics(probe._font);
  shareWordWidths(probe._font);
  return cached;
}
