/** Where a person finds a document a step issued: the `--out` copy when asked for, else the store's printable copy. */
import type { Issued } from '../app/issued-documents.js';
import { writeOutFile } from './out-file.js';

/** Writes the `--out` copy (a path checked by checkOutPath before the step ran) and returns the path to tell. */
export async function deliver(issued: Issued, out?: string): Promise<string> {
  if (out) return writeOutFile(out, issued.bytes);
  return issued.kept.path ?? issued.kept.document.name;
}
