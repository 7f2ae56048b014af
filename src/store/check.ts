/** `loket check`: everything that must hold in a sound store, reported as readable findings. */
import { access } from 'node:fs/promises';
import { certificatesOf } from '../domain/certificate-code.js';
import { isOpen, type Case } from '../domain/model.js';
import { parseInstant } from '../domain/instants.js';
import { StoreError, type Finding } from '../errors.js';
import { hashFile } from './attachments.js';
import type { FileStore } from './file-store.js';
import type { CheckResult } from './store.js';
import { BLOCK_SIZE, blockKey, blockOf } from './paths.js';

/** Every outgoing letter number a case has had: the current reply and certificates, and earlier ones in its history. */
function lettersOf(c: Case): string[] {
  const numbers = [c.reply?.letterNumber, ...certificatesOf(c).map((x) => x.letterNumber)];
  for (const e of c.events) if (e.action.startsWith('letter:') && typeof e.changes.letterNumber === 'string') numbers.push(e.changes.letterNumber);
  return numbers.filter((n): n is string => !!n);
}

async function attempt<T>(findings: Finding[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StoreError) {
      findings.push({ key: error.key, params: error.params });
      return undefined;
    }
    throw error;
  }
}

/**
 * Checks schema, unique gap-free numbers against the marks of numbers given, event order, open-block
 * bookkeeping, revocations and attachment hashes.
 */
export async function checkStore(store: FileStore): Promise<CheckResult> {
  const findings: Finding[] = [];
  const add = (key: string, params: Finding['params']) => findings.push({ key: `check.${key}`, params });
  await attempt(findings, () => store.config());
  const meta = await attempt(findings, () => store.readMeta());
  if (!meta && !findings.length && (await store.hasData())) add('metaMissing', { file: store.paths.meta });
  const blocks = await store.blocks();
  const present = new Set(blocks.map(blockKey));
  for (const key of meta?.openBlocks ?? []) {
    const [year, block] = key.split('-').map(Number) as [number, number];
    if (!present.has(key) && block * BLOCK_SIZE < (meta?.agendaHighWater?.[year] ?? 0)) add('blockMissing', { file: store.paths.cases({ year, block }) });
  }
  const recordedLetters = new Map<string, string>();
  const revokedCodes = new Set<string>();
  let cases = 0;
  let attachments = 0;
  const agendas = new Map<number, number[]>();
  for (const ref of blocks) {
    const doc = await attempt(findings, () => store.readBlock(ref, true));
    if (!doc) continue;
    const { year } = ref;
    const file = store.paths.cases(ref);
    if (doc.year !== year || doc.block !== ref.block) add('yearMismatch', { file, found: `${doc.year}-${doc.block}`, year: blockKey(ref) });
    const numbers = agendas.get(year) ?? [];
    agendas.set(year, numbers);
    if (doc.cases.some(isOpen) && meta && !meta.openBlocks.includes(blockKey(ref))) add('openBlock', { file: store.paths.meta, year: blockKey(ref) });
    for (const c of doc.cases) {
      cases++;
      numbers.push(c.agendaNumber);
      if (c.id !== `${year}-${String(c.agendaNumber).padStart(4, '0')}` || c.year !== year || blockOf(c.agendaNumber) !== ref.block) {
        add('caseId', { file, id: c.id, year, agenda: c.agendaNumber });
      }
      let last = -Infinity;
      for (const e of c.events) {
        const at = parseInstant(e.at, 'UTC') ?? NaN;
        if (!(at >= last)) add('eventOrder', { file, id: c.id, action: e.action, at: e.at });
        last = at;
      }
      if (c.events[0]?.action !== 'register') add('firstEvent', { file, id: c.id });
      for (const number of lettersOf(c)) recordedLetters.set(number, c.id);
      for (const cert of certificatesOf(c)) if (cert.revoked) revokedCodes.add(cert.code);
      for (const a of c.attachments) {
        attachments++;
        const path = store.paths.attachment(a.sha256);
        const present = await access(path).then(() => true, () => false);
        if (!present) add('attachmentMissing', { file: path, name: a.name, id: c.id });
        else if ((await hashFile(path)).sha256 !== a.sha256) add('attachmentHash', { file: path, name: a.name, id: c.id });
      }
    }
    const lastOfBlock = Math.max(0, ...doc.cases.map((c) => c.agendaNumber));
    if (doc.lastAgenda !== lastOfBlock && doc.cases.length) add('agendaCount', { file, last: doc.lastAgenda, count: lastOfBlock });
  }
  for (const [year, numbers] of agendas) {
    // The first place where the numbers stop being 1, 2, 3, ... is the one worth reporting.
    const sorted = numbers.sort((a, b) => a - b);
    const at = sorted.findIndex((n, i) => n !== i + 1);
    if (at >= 0) add('agendaGap', { file: `${year}`, position: at + 1, found: sorted[at]! });
  }
  for (const [year, mark] of Object.entries(meta?.agendaHighWater ?? {})) {
    const last = Math.max(0, ...(agendas.get(Number(year)) ?? []));
    if (mark > last) add('numbersMissing', { file: store.paths.meta, year, mark, last });
  }
  for (const [year, numbers] of agendas) {
    const mark = meta?.agendaHighWater?.[year];
    const last = Math.max(...numbers);
    if (meta && mark !== undefined && mark < last) add('markBehind', { file: store.paths.meta, year, mark, last });
  }
  for (const r of meta?.revocations ?? []) if (!revokedCodes.has(r.code)) add('revocationMissing', { file: store.paths.meta, code: r.code, id: r.caseId });
  let letters = 0;
  const seen = new Set<string>();
  for (const year of await store.letterYears()) {
    const book = await attempt(findings, () => store.readLetters(year, true));
    if (!book) continue;
    const file = store.paths.letters(year);
    book.letters.forEach((l, i) => {
      letters++;
      if (l.seq !== i + 1) add('letterGap', { file, position: i + 1, found: l.seq });
      if (seen.has(l.number)) add('letterTwice', { file, number: l.number });
      seen.add(l.number);
      if (recordedLetters.get(l.number) !== l.caseId) add('letterUnrecorded', { file, number: l.number, id: l.caseId });
    });
    if (book.lastSeq !== book.letters.length) add('letterCount', { file, last: book.lastSeq, count: book.letters.length });
    const mark = meta?.letterHighWater?.[year];
    if (mark !== undefined && mark < book.lastSeq) add('markBehind', { file: store.paths.meta, year, mark, last: book.lastSeq });
  }
  const books = new Set(await store.letterYears());
  for (const [year, mark] of Object.entries(meta?.letterHighWater ?? {})) {
    const last = books.has(Number(year)) ? (await attempt(findings, () => store.readLetters(Number(year))))?.lastSeq ?? mark : 0;
    if (mark > last) add('lettersMissing', { file: store.paths.letters(Number(year)), mark, last });
  }
  return { findings, cases, letters, attachments };
}
