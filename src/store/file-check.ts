/** `loket check`: everything that must hold in a sound store, reported as readable findings. */
import { access } from 'node:fs/promises';
import { certificatesOf, isOpen } from '../domain/model.js';
import { firstAgendaGap, historyFindings, lettersOf, textFindings } from './case-findings.js';
import { StoreError, type Finding } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import { hashFile } from './attachments.js';
import { recordDifferences } from '../domain/open-record.js';
import { recordsOfBlock, trustedRecords } from './open-records.js';
import type { CheckResult } from './store.js';
import type { BlockDoc, ConfigDoc, LetterBook, MetaDoc } from './schema.js';
import type { BlockRef, StorePaths } from './paths.js';
import { blockKey, blockOf, blockWasLost, parseBlockKey } from './paths.js';

type CheckKey = MessageKey extends infer K ? (K extends `check.${infer R}` ? R : never) : never;
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

/** What the check reads of a file store: each document, verified against its checksum when asked. */
export interface StoreFiles {
  readonly paths: StorePaths;
  config(): Promise<ConfigDoc>;
  readMeta(): Promise<MetaDoc | undefined>;
  hasData(): Promise<boolean>;
  blocks(): Promise<BlockRef[]>;
  readBlock(ref: BlockRef, verify?: boolean): Promise<BlockDoc>;
  letterYears(): Promise<number[]>;
  readLetters(year: number, verify?: boolean): Promise<LetterBook>;
}

/**
 * Checks schema, unique gap-free numbers against the marks of numbers given, event order, open-block
 * bookkeeping, revocations and attachment hashes.
 */
export async function checkStore(store: StoreFiles): Promise<CheckResult> {
  const findings: Finding[] = [];
  // Finding keys are written without their `check.` prefix; the type keeps each one a catalogue key.
  const add = (key: CheckKey, params: Finding['params']) => findings.push({ key: `check.${key}`, params });
  await attempt(findings, () => store.config());
  const meta = await attempt(findings, () => store.readMeta());
  if (!meta && !findings.length && (await store.hasData())) add('metaMissing', { file: store.paths.meta });
  const blocks = await store.blocks();
  const present = new Set(blocks.map(blockKey));
  for (const key of meta?.openBlocks ?? []) {
    const ref = parseBlockKey(key);
    if (!present.has(key) && blockWasLost(ref, meta?.agendaHighWater)) add('blockMissing', { file: store.paths.cases(ref) });
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
    if (doc.cases.some(isOpen) && meta && !meta.openBlocks.includes(blockKey(ref)))
      add('openBlock', { file: store.paths.meta, year: blockKey(ref) });
    for (const c of doc.cases) {
      cases++;
      numbers.push(c.agendaNumber);
      if (c.id !== `${year}-${String(c.agendaNumber).padStart(4, '0')}` || c.year !== year || blockOf(c.agendaNumber) !== ref.block) {
        add('caseId', { file, id: c.id, year, agenda: c.agendaNumber });
      }
      historyFindings(c, file, add);
      textFindings(c, file, add);
      for (const number of lettersOf(c)) recordedLetters.set(number, c.id);
      for (const cert of certificatesOf(c)) if (cert.revoked) revokedCodes.add(cert.code);
      for (const a of c.attachments) {
        attachments++;
        const path = store.paths.attachment(a.sha256);
        const present = await access(path).then(
          () => true,
          () => false,
        );
        if (!present) add('attachmentMissing', { file: path, name: a.name, id: c.id });
        else if ((await hashFile(path)).sha256 !== a.sha256) add('attachmentHash', { file: path, name: a.name, id: c.id });
      }
    }
    // Records `due` would trust (open-records.ts) that say something else than the cases.
    const trusted = trustedRecords(store.paths, ref);
    if (trusted)
      for (const id of recordDifferences(trusted, recordsOfBlock(doc))) add('openRecord', { file: store.paths.openRecords(ref), id });
    const lastOfBlock = Math.max(0, ...doc.cases.map((c) => c.agendaNumber));
    if (doc.lastAgenda !== lastOfBlock && doc.cases.length) add('agendaCount', { file, last: doc.lastAgenda, count: lastOfBlock });
  }
  for (const [year, numbers] of agendas) {
    // Numbers an imported agenda book never had are accepted gaps; any other missing number is not.
    const gap = firstAgendaGap(numbers, meta?.agendaGaps?.[year] ?? []);
    if (gap) add('agendaGap', { file: `${year}`, ...gap });
  }
  const behind = (year: number, mark: number, last: number) => add('markBehind', { file: store.paths.meta, year, mark, last });
  const agendaLast = new Map([...agendas].map(([year, numbers]) => [year, Math.max(...numbers)]));
  compareMarks(
    meta?.agendaHighWater,
    agendaLast,
    (year, mark, last) => add('numbersMissing', { file: store.paths.meta, year, mark, last }),
    behind,
  );
  for (const r of meta?.revocations ?? [])
    if (!revokedCodes.has(r.code)) add('revocationMissing', { file: store.paths.meta, code: r.code, id: r.caseId });
  let letters = 0;
  const seen = new Set<string>();
  const letterLast = new Map<number, number>();
  const unreadableBooks = new Set<number>();
  for (const year of await store.letterYears()) {
    const book = await attempt(findings, () => store.readLetters(year, true));
    if (!book) {
      unreadableBooks.add(year);
      continue;
    }
    letterLast.set(year, book.lastSeq);
    const file = store.paths.letters(year);
    book.letters.forEach((l, i) => {
      letters++;
      if (l.seq !== i + 1) add('letterGap', { file, position: i + 1, found: l.seq });
      if (seen.has(l.number)) add('letterTwice', { file, number: l.number });
      seen.add(l.number);
      if (recordedLetters.get(l.number) !== l.caseId) add('letterUnrecorded', { file, number: l.number, id: l.caseId });
    });
    if (book.lastSeq !== book.letters.length) add('letterCount', { file, last: book.lastSeq, count: book.letters.length });
  }
  compareMarks(
    meta?.letterHighWater,
    letterLast,
    (year, mark, last) => {
      if (!unreadableBooks.has(year)) add('lettersMissing', { file: store.paths.letters(year), mark, last });
    },
    behind,
  );
  // The survey's files: each readable and valid, as the survey reads them.
  findings.push(...(await (await import('./survey-files.js')).checkSurveyFiles(store.paths)));
  return { findings, cases, letters, attachments };
}

type MarkFinding = (year: number, mark: number, last: number) => void;

/**
 * Compares, year by year, the mark of numbers given (meta.json) with the last number present: a mark
 * ahead means numbers were given to cases or letters now gone; a mark behind, a write interrupted
 * between the book and meta.json.
 */
function compareMarks(
  marks: Record<string, number> | undefined,
  lasts: Map<number, number>,
  ahead: MarkFinding,
  behind: MarkFinding,
): void {
  for (const [yearText, mark] of Object.entries(marks ?? {})) {
    const year = Number(yearText);
    const last = lasts.get(year) ?? 0;
    if (mark > last) ahead(year, mark, last);
    else if (mark < last) behind(year, mark, last);
  }
}
