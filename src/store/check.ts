/** `loket check`: everything that must hold in a sound store, reported as readable findings. */
import { access } from 'node:fs/promises';
import { isOpen } from '../domain/model.js';
import { parseInstant } from '../domain/instants.js';
import { StoreError, type Finding } from '../errors.js';
import { hashFile } from './attachments.js';
import type { FileStore } from './file-store.js';
import type { CheckResult } from './store.js';
import { blockKey, blockOf } from './paths.js';

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

/** Checks schema, unique gap-free numbers, event order, open-year bookkeeping and attachment hashes. */
export async function checkStore(store: FileStore): Promise<CheckResult> {
  const findings: Finding[] = [];
  const add = (key: string, params: Finding['params']) => findings.push({ key: `check.${key}`, params });
  await attempt(findings, () => store.config());
  const meta = await attempt(findings, () => store.readMeta());
  const recordedLetters = new Map<string, string>();
  let cases = 0;
  let attachments = 0;
  const agendas = new Map<number, number[]>();
  for (const ref of await store.blocks()) {
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
      for (const number of [c.reply?.letterNumber, c.imnkk?.certificate?.letterNumber]) if (number) recordedLetters.set(number, c.id);
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
  }
  return { findings, cases, letters, attachments };
}
