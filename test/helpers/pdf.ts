/**
 * Reading a PDF back as a reader would: its text, page by page (pdfjs-dist, no canvas needed), read in
 * a thread of its own (pdf-text-worker.mjs) so that pdfjs's polyfills stay out of the code under test.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

type Answer = { id: number; pages?: string[]; error?: string };

let reader: Worker | undefined;
let asked = 0;
const waiting = new Map<number, { resolve(pages: string[]): void; reject(error: Error): void }>();

function pdfReader(): Worker {
  if (reader) return reader;
  const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url));
  worker.on('message', ({ id, pages, error }: Answer) => {
    const wait = waiting.get(id);
    waiting.delete(id);
    // Idle, the thread does not keep a test process alive.
    if (waiting.size === 0) worker.unref();
    if (error !== undefined || !pages) wait?.reject(new Error(`the PDF could not be read: ${error}`));
    else wait?.resolve(pages);
  });
  worker.on('error', (error) => {
    reader = undefined;
    for (const wait of waiting.values()) wait.reject(error);
    waiting.clear();
  });
  worker.unref();
  return (reader = worker);
}

/** The text of each page, items joined by spaces and lines by newlines. */
export async function pdfPages(pathOrBytes: string | Uint8Array): Promise<string[]> {
  const data = typeof pathOrBytes === 'string' ? new Uint8Array(readFileSync(pathOrBytes)) : new Uint8Array(pathOrBytes);
  const worker = pdfReader();
  const id = ++asked;
  const pages = new Promise<string[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.ref();
  worker.postMessage({ id, data }, [data.buffer]);
  return pages;
}

/** All text of a PDF as one string, white space folded so wrapped sentences read whole. */
export async function pdfText(pathOrBytes: string | Uint8Array): Promise<string> {
  return (await pdfPages(pathOrBytes)).join('\n').replace(/\s+/g, ' ');
}
