/** Which document an issued file is, from the name loket gave it (`surat-jawaban-2026-0042.pdf`). */

export const DOCUMENT_KINDS = [
  'reply',
  'response',
  'thanks',
  'recommendation',
  'certificate',
  'receipt',
  'requirementsReceipt',
  'disposition',
  'answerSlip',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// Longest prefix first: `tanda-terima-kelengkapan` before `tanda-terima`.
const PREFIXES: [string, DocumentKind][] = [
  ['tanda-terima-kelengkapan-', 'requirementsReceipt'],
  ['tanda-terima-', 'receipt'],
  ['surat-jawaban-', 'reply'],
  ['surat-tanggapan-', 'response'],
  ['surat-terima-kasih-', 'thanks'],
  ['surat-rekomendasi-', 'recommendation'],
  ['sertifikat-', 'certificate'],
  ['disposisi-', 'disposition'],
  ['informasi-jawaban-', 'answerSlip'],
];

/** The kind of an issued document by its file name, or undefined for a name loket does not give. */
export function documentKindOf(fileName: string): DocumentKind | undefined {
  return PREFIXES.find(([prefix]) => fileName.startsWith(prefix))?.[1];
}

/** Whether a kind of document carries the case's outgoing letter number. */
export function isNumberedLetter(kind: DocumentKind): boolean {
  return kind === 'reply' || kind === 'response' || kind === 'thanks' || kind === 'recommendation';
}
