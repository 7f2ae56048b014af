/**
 * Loads pdfkit without paying for fontkit at start-up. pdfkit requires fontkit (~40 ms: brotli,
 * unicode tables) at the top of its module, but uses it only to embed TrueType fonts; loket's
 * documents use the PDF standard fonts. fontkit is therefore handed to pdfkit as a stand-in that
 * loads the real module on first use, so embedding a font later still works.
 */
import Module from 'node:module';
import { requireCjs } from '../cjs.js';

type PdfKit = typeof import('pdfkit');
type Loader = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;

let cached: PdfKit | undefined;

/** The PDFDocument class. */
export function loadPdfKit(): PdfKit {
  if (cached) return cached;
  const moduleInternals = Module as unknown as { _load: Loader };
  const original = moduleInternals._load;
  moduleInternals._load = function lazyFontkit(this: unknown, request, parent, isMain) {
    if (request === 'fontkit' && parent?.filename && /pdfkit[\\/]js[\\/]pdfkit\.js$/.test(parent.filename)) {
      let real: Record<string | symbol, unknown> | undefined;
      const load = () => (real ??= original.call(this, request, parent, isMain) as Record<string | symbol, unknown>);
      return new Proxy({}, { get: (_t, key) => load()[key], has: (_t, key) => key in load() });
    }
    return original.call(this, request, parent, isMain);
  } as Loader;
  try {
    cached = requireCjs('pdfkit') as PdfKit;
  } finally {
    moduleInternals._load = original;
  }
  return cached;
}
