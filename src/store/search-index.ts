/**
 * A compact search index per year, derived from the year's file and rebuilt whenever that file
 * changed (size, mtime, inode), so `find` across ten years reads kilobytes of rows, not every event.
 */
import { stat } from 'node:fs/promises';
import { compareIso } from '../domain/dates.js';
import type { Case } from '../domain/model.js';
import { readIfExists, writeFileDurable } from './durable-file.js';
import type { StorePaths } from './paths.js';
import type { YearDoc } from './schema.js';
import type { CaseSummary } from './store.js';

type Row = [id: string, agenda: number, service: string, status: string, applicant: string, subject: string, letterNumber: string, receivedAt: string, haystack: string];

interface IndexDoc {
  key: string;
  rows: Row[];
}

interface YearReader {
  paths: StorePaths;
  readYear(year: number): Promise<YearDoc>;
}

function rowOf(c: Case): Row {
  const applicant = [c.applicant.name, c.applicant.institution].filter(Boolean).join(' — ');
  const letterNumber = c.letter?.number ?? '';
  const haystack = [c.id, String(c.agendaNumber), applicant, c.subject, letterNumber, c.reply?.letterNumber ?? '', c.imnkk?.certificate?.code ?? ''].join('\n').toLowerCase();
  return [c.id, c.agendaNumber, c.service, c.status, applicant, c.subject, letterNumber, c.receivedAt, haystack];
}

async function fileKey(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** The rows of one year, from a fresh index or rebuilt from the year's file. */
async function yearRows(store: YearReader, year: number): Promise<Row[]> {
  const key = await fileKey(store.paths.cases(year));
  if (!key) return [];
  const text = await readIfExists(store.paths.index(year));
  if (text) {
    try {
      const doc = JSON.parse(text) as IndexDoc;
      if (doc.key === key && Array.isArray(doc.rows)) return doc.rows;
    } catch {
      // A broken index is only a cache: rebuild it.
    }
  }
  const rows = (await store.readYear(year)).cases.map(rowOf);
  // Best effort, not fsynced: losing it only costs a rebuild.
  await writeFileDurable(store.paths.index(year), JSON.stringify({ key, rows } satisfies IndexDoc), { sync: false }).catch(() => undefined);
  return rows;
}

/** Cases of the given years whose searchable text contains every word of `text`, newest first. */
export async function searchYears(store: YearReader, years: number[], text: string): Promise<CaseSummary[]> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const out: CaseSummary[] = [];
  for (const year of years) {
    for (const r of await yearRows(store, year)) {
      if (!words.every((w) => r[8].includes(w))) continue;
      out.push({
        id: r[0], agendaNumber: r[1], service: r[2], status: r[3], applicant: r[4], subject: r[5],
        ...(r[6] ? { letterNumber: r[6] } : {}), receivedAt: r[7],
      });
    }
  }
  return out.sort((a, b) => compareIso(b.receivedAt, a.receivedAt));
}
