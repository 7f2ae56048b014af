/** pdfkit as it comes, for comparing what loket's loader (src/render/pdfkit-loader.ts) changes in it. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A pdfkit of its own, loaded apart from loket's: its parser and fonts are pdfkit's, untouched. */
export function untouchedPdfKit<T>(): T {
  const path = require.resolve('pdfkit');
  const kept = require.cache[path];
  delete require.cache[path];
  try {
    return require('pdfkit') as T;
  } finally {
    require.cache[path] = kept;
  }
}
