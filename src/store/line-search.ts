/**
 * The lines of a file that hold a text, found in its bytes a megabyte at a time. The register of
 * issued documents grows by a line for every document an office ever issues (~40 MB after 200,000):
 * read as one string and split, it cost every receipt ~110 ms and as many megabytes of memory.
 */
import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/** Each line of `path` that contains `needle`, in file order (none when the file does not exist); a torn last line too. */
export async function* linesContaining(path: string, needle: string): AsyncGenerator<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const find = Buffer.from(needle, 'utf8');
    if (!find.length) throw new Error('linesContaining: an empty needle is in every line');
    const chunk = Buffer.allocUnsafe(CHUNK);
    // The start of a line that the previous chunk cut (copied: the chunk's buffer is read into again).
    let carry = Buffer.alloc(0);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const bytes = chunk.subarray(0, bytesRead);
      const last = bytes.lastIndexOf(NEWLINE);
      if (last < 0) {
        carry = Buffer.concat([carry, bytes]);
        continue;
      }
      const first = bytes.indexOf(NEWLINE);
      // Only the line cut at the chunk's start is copied; the whole lines are searched where they were read.
      yield* matching(Buffer.concat([carry, bytes.subarray(0, first + 1)]), find);
      yield* matching(bytes.subarray(first + 1, last + 1), find);
      carry = Buffer.from(bytes.subarray(last + 1));
    }
    yield* matching(carry, find);
  } finally {
    await handle.close();
  }
}

/** The lines of whole lines' bytes that contain `find`, each once. */
function* matching(bytes: Buffer, find: Buffer): Generator<string> {
  for (let at = bytes.indexOf(find); at >= 0;) {
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline < 0 ? bytes.length : newline;
    yield bytes.toString('utf8', start, end);
    at = bytes.indexOf(find, end);
  }
}
