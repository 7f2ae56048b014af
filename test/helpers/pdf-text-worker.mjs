// The PDF reader of test/helpers/pdf.ts, in a thread of its own: pdfjs-dist's legacy build replaces
// Array.prototype.push, JSON.parse and JSON.stringify with core-js's slower ones and adds globals
// (navigator, Iterator, Set and Uint8Array methods) wherever it is loaded. Loaded in a test worker, every
// test after it ran the code under test with those (and test:fast spent about 1.7 s of CPU in them).
import { parentPort } from 'node:worker_threads';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The text of each page, items joined by spaces and lines by newlines. */
async function pagesOf(data) {
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(text.replace(/[ \t]+/g, ' '));
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

parentPort.on('message', ({ id, data }) => {
  pagesOf(data).then(
    (pages) => parentPort.postMessage({ id, pages }),
    // pdfjs's own exceptions carry their message but not in their stack.
    (error) => parentPort.postMessage({ id, error: error?.message ? `${error.name}: ${error.message}` : String(error) }),
  );
});
