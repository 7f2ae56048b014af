import { describe, expect, it } from 'vitest';
import { keptName } from '../../src/store/kept-documents.js';
import type { IssuedDocument, NewDocument } from '../../src/store/store.js';

const doc: NewDocument = {
  caseId: '2026-0004',
  kind: 'reply',
  baseName: 'surat-jawaban-2026-0004',
  letterNumber: 'B-3/JP.01/11/2026',
  bytes: Buffer.from('%PDF'),
  at: '2026-11-27T09:00:00+07:00',
  signed: false,
};
const STEM = 'surat-jawaban-2026-0004-B-3-JP.01-11-2026';
const entry = (name: string, sha256: string): IssuedDocument => ({
  sha256,
  caseId: doc.caseId,
  name,
  at: doc.at,
  signed: false,
  kind: 'reply',
});
const MINE = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('keptName: the name a document is kept under, never over another', () => {
  it.each([
    // what the register lists, names occupied on disk by other bytes → the name, and whether it is the document already kept
    [[], [], `${STEM}.pdf`, false],
    [[entry(`${STEM}.pdf`, MINE)], [], `${STEM}.pdf`, true],
    [[entry(`${STEM}.pdf`, OTHER)], [], `${STEM}-v2.pdf`, false],
    [[entry(`${STEM}.pdf`, OTHER), entry(`${STEM}-v2.pdf`, MINE)], [], `${STEM}-v2.pdf`, true],
    [[entry(`${STEM}.pdf`, OTHER), entry(`${STEM}-v2.pdf`, OTHER)], [], `${STEM}-v3.pdf`, false],
    [[], [`${STEM}.pdf`], `${STEM}-v2.pdf`, false],
    [[entry(`${STEM}.pdf`, OTHER)], [`${STEM}-v2.pdf`], `${STEM}-v3.pdf`, false],
    // Another letter of the case (B-4) does not take this one's names.
    [[entry('surat-jawaban-2026-0004-B-4-JP.01-11-2026.pdf', OTHER)], [], `${STEM}.pdf`, false],
  ] as const)('listed %j, occupied %j → %s (known: %s)', (listed, occupied, name, known) => {
    const kept = keptName(doc, MINE, listed, (n) => occupied.includes(n as never));
    expect(kept.name).toBe(name);
    expect(!!kept.known).toBe(known);
  });
});
