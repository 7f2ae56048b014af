/** `loket check`: everything that must hold in a sound store, reported as readable findings. */
import { access } from 'node:fs/promises';
import { isOpen } from '../domain/model.js';
import { parseInstant } from '../domain/instants.js';
import { StoreError } from '../errors.js';
import { hashFile } from './attachments.js';
import type { FileStore } from './file-store.js';

async function attempt<T>(findings: string[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StoreError) {
      findings.push(`${error.params.file ?? ''}: ${error.key} ${error.params.problem ?? ''}`.trim());
      return undefined;
    }
    throw error;
  }
}

/** Checks schema, unique gap-free numbers, event order, open-year bookkeeping and attachment hashes. */
export async function checkStore(store: FileStore): Promise<{ findings: string[]; cases: number; letters: number; attachments: number }> {
  const findings: string[] = [];
  await attempt(findings, () => store.config());
  const meta = await attempt(findings, () => store.readMeta());
  const recordedLetters = new Map<string, string>();
  let cases = 0;
  let attachments = 0;
  for (const year of await store.years()) {
    const doc = await attempt(findings, () => store.readYear(year));
    if (!doc) continue;
    const file = store.paths.cases(year);
    if (doc.year !== year) findings.push(`${file}: year ${doc.year} in a file of ${year}`);
    const numbers = doc.cases.map((c) => c.agendaNumber).sort((a, b) => a - b);
    numbers.forEach((n, i) => {
      if (n !== i + 1) findings.push(`${file}: agenda numbers not gap-free and unique at position ${i + 1} (found ${n})`);
    });
    if (doc.lastAgenda !== numbers.length) findings.push(`${file}: last agenda number ${doc.lastAgenda} but ${numbers.length} cases`);
    if (doc.cases.some(isOpen) && meta && !meta.openYears.includes(year)) findings.push(`${store.paths.meta}: year ${year} has open cases but is not listed as open`);
    for (const c of doc.cases) {
      cases++;
      if (c.id !== `${year}-${String(c.agendaNumber).padStart(4, '0')}` || c.year !== year) findings.push(`${file}: case ${c.id} does not match year ${year} / agenda ${c.agendaNumber}`);
      let last = -Infinity;
      for (const e of c.events) {
        const at = parseInstant(e.at, 'UTC') ?? NaN;
        if (!(at >= last)) findings.push(`${file}: case ${c.id}: event "${e.action}" at ${e.at} is out of order`);
        last = at;
      }
      if (c.events[0]?.action !== 'register') findings.push(`${file}: case ${c.id}: the first event is not its registration`);
      for (const number of [c.reply?.letterNumber, c.imnkk?.certificate?.letterNumber]) if (number) recordedLetters.set(number, c.id);
      for (const a of c.attachments) {
        attachments++;
        const path = store.paths.attachment(a.sha256);
        const present = await access(path).then(() => true, () => false);
        if (!present) findings.push(`${path}: attachment "${a.name}" of case ${c.id} is missing`);
        else if ((await hashFile(path)).sha256 !== a.sha256) findings.push(`${path}: attachment "${a.name}" of case ${c.id} does not match its SHA-256`);
      }
    }
  }
  let letters = 0;
  const seen = new Set<string>();
  for (const year of await store.letterYears()) {
    const book = await attempt(findings, () => store.readLetters(year));
    if (!book) continue;
    const file = store.paths.letters(year);
    book.letters.forEach((l, i) => {
      letters++;
      if (l.seq !== i + 1) findings.push(`${file}: letter sequence not gap-free at position ${i + 1} (found ${l.seq})`);
      if (seen.has(l.number)) findings.push(`${file}: letter number ${l.number} given twice`);
      seen.add(l.number);
      if (recordedLetters.get(l.number) !== l.caseId) findings.push(`${file}: letter number ${l.number} was given to case ${l.caseId} but is not recorded on it`);
    });
    if (book.lastSeq !== book.letters.length) findings.push(`${file}: last sequence ${book.lastSeq} but ${book.letters.length} letters`);
  }
  return { findings, cases, letters, attachments };
}
