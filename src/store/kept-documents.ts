/**
 * How an issued document is kept: under a name that carries its letter number, and a new version
 * beside the old one when the same document is printed differently; never over another document.
 * Both stores name their copies this way, so a document has the same name on every workstation.
 */
import type { IssuedDocument, NewDocument } from './store.js';

/** A letter number as it may stand in a file name (`B-3/JP.01/11/2026` → `B-3-JP.01-11-2026`). */
export function letterNumberInName(letterNumber: string): string {
  return letterNumber
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The name to keep `doc` under, given what the case already has: the document itself when these
 * bytes are already kept under its name or a version of it, else the first free version. `occupied`
 * says which other names are taken where the register does not say so (a file of other bytes
 * already in the folder).
 */
export function keptName(
  doc: NewDocument,
  sha256: string,
  existing: readonly IssuedDocument[],
  occupied: (name: string) => boolean = () => false,
): { name: string; known?: IssuedDocument } {
  const stem = doc.letterNumber ? `${doc.baseName}-${letterNumberInName(doc.letterNumber)}` : doc.baseName;
  const versions = existing.filter((d) => d.name === `${stem}.pdf` || new RegExp(`^${escape(stem)}-v\\d+\\.pdf$`).test(d.name));
  const known = versions.find((d) => d.sha256 === sha256);
  if (known) return { name: known.name, known };
  const listed = new Set(existing.map((d) => d.name));
  const taken = (name: string) => listed.has(name) || occupied(name);
  if (!taken(`${stem}.pdf`)) return { name: `${stem}.pdf` };
  let v = 2;
  while (taken(`${stem}-v${v}.pdf`)) v++;
  return { name: `${stem}-v${v}.pdf` };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The register's entry of a document kept under `name`: what both stores append to their issued register. */
export function issuedEntryFor(doc: NewDocument, sha256: string, name: string): IssuedDocument {
  return {
    sha256,
    caseId: doc.caseId,
    name,
    at: doc.at,
    signed: doc.signed,
    kind: doc.kind,
    ...(doc.letterNumber ? { letterNumber: doc.letterNumber } : {}),
  };
}

/** The kind of a document registered before kinds were recorded, from the start of its name. */
export function kindOfName(name: string): string {
  const kinds: [RegExp, string][] = [
    [/^tanda-terima-kelengkapan-/, 'requirements-receipt'],
    [/^tanda-terima-/, 'receipt'],
    [/^disposisi-/, 'disposition'],
    [/^surat-jawaban-/, 'reply'],
    [/^surat-(tanggapan|terima-kasih)-/, 'report-letter'],
    [/^informasi-jawaban-/, 'slip'],
    [/^sertifikat-/, 'certificate'],
    [/^surat-rekomendasi-/, 'recommendation'],
  ];
  return kinds.find(([re]) => re.test(name))?.[1] ?? 'document';
}
