/**
 * The survey in the logical backup: its tokens, paper batches and responses as records, read from
 * either store and written into either, so that a backup, a restore and `db import` keep the answers.
 */
import { readdir } from 'node:fs/promises';
import type { SurveyResponse } from '../domain/skm.js';
import { InputError } from '../errors.js';
import type { StorePaths } from './paths.js';
import { openSurveyBook, openSurveyYear, surveyYearsIn } from './survey-files.js';
import type { SurveyBook } from './survey-schema.js';
import type { SurveyImport } from './survey-store.js';
import { sortResponses } from './survey-ids.js';
import type { Sql } from './pg/types.js';
import { SCHEMA_VERSION } from './version.js';

/** One record of the survey in a backup. */
export type SurveyRecord =
  { kind: 'token'; doc: SurveyBook['tokens'][number] } | { kind: 'import'; doc: SurveyImport } | { kind: 'response'; doc: SurveyResponse };

/** A survey record of a backup as the store keeps it; an InputError (not a backup) for one it would not read back. */
export async function checkedRecord(source: string, record: SurveyRecord): Promise<SurveyRecord> {
  const { surveyImportSchema, surveyResponseSchema, surveyTokenSchema } = await import('./survey-schema.js');
  const schema = { token: surveyTokenSchema, import: surveyImportSchema, response: surveyResponseSchema }[record.kind];
  if (!schema?.safeParse(record.doc).success)
    throw InputError.of('file', 'input.notBackup', { value: `${source} (survey ${record.kind})` });
  return record;
}

/** The survey records of a file store: tokens, batches, then each year's responses. */
export async function* fileSurveyRecords(paths: StorePaths): AsyncGenerator<SurveyRecord> {
  const fileNames = await readdir(paths.data).catch(() => [] as string[]);
  const book = (await openSurveyBook(paths)).data;
  for (const doc of book.tokens) yield { kind: 'token', doc };
  for (const doc of book.imports) yield { kind: 'import', doc };
  for (const year of surveyYearsIn(fileNames))
    for (const doc of (await openSurveyYear(paths, year)).data.responses) yield { kind: 'response', doc };
}

/** Writes restored survey records as the files of a store under `paths` (a year's responses when the next belongs to another year). */
export function fileSurveySink(paths: StorePaths): { add(record: SurveyRecord): Promise<void>; finish(): Promise<void> } {
  const book: SurveyBook = { schemaVersion: SCHEMA_VERSION, tokens: [], imports: [] };
  let year: { year: number; responses: SurveyResponse[] } | undefined;
  const flushYear = async () => {
    if (!year) return;
    const db = await openSurveyYear(paths, year.year);
    db.data = { schemaVersion: SCHEMA_VERSION, year: year.year, responses: sortResponses([...db.data.responses, ...year.responses]) };
    await db.write();
    year = undefined;
  };
  return {
    async add(record) {
      if (record.kind === 'token') book.tokens.push(record.doc);
      else if (record.kind === 'import') book.imports.push(record.doc);
      else {
        const y = Number(record.doc.date.slice(0, 4));
        if (year && year.year !== y) await flushYear();
        year ??= { year: y, responses: [] };
        year.responses.push(record.doc);
      }
    },
    async finish() {
      await flushYear();
      if (!book.tokens.length && !book.imports.length) return;
      const db = await openSurveyBook(paths);
      db.data = { ...book, tokens: book.tokens.sort((a, b) => a.token.localeCompare(b.token)) };
      await db.write();
    },
  };
}

/** The survey records of a database, read in the caller's (snapshot) transaction. */
export async function* pgSurveyRecords(sql: Sql): AsyncGenerator<SurveyRecord> {
  for (const t of await sql`select token, case_id, service, used from survey_tokens order by token`)
    yield { kind: 'token', doc: { token: t.token, caseId: t.case_id, service: t.service, used: t.used } };
  for (const i of await sql`select doc from survey_imports order by sha256`) yield { kind: 'import', doc: i.doc as SurveyImport };
  for await (const rows of sql`select doc from survey_responses order by date, id collate "C"`.cursor(500))
    for (const r of rows) yield { kind: 'response', doc: r.doc as SurveyResponse };
}

/** Writes one restored survey record into the caller's transaction. */
export async function pgSurveyRecord(sql: Sql, record: SurveyRecord): Promise<void> {
  if (record.kind === 'token') {
    const t = record.doc;
    await sql`insert into survey_tokens values (${t.token}, ${t.caseId}, ${t.service}, ${t.used})`;
  } else if (record.kind === 'import')
    await sql`insert into survey_imports values (${record.doc.sha256}, ${sql.json(record.doc as never)})`;
  else {
    const r = record.doc;
    await sql`insert into survey_responses values (${r.id}, ${r.date}, ${r.service}, ${sql.json(r as never)})`;
  }
}
