/**
 * The file store's side of the survey: `store/survey.json` holds the tokens and the paper batches
 * imported, `store/survey-YYYY.json` a year's responses, kept by day and then by random id so that
 * their order tells nothing of when each came. Every change runs inside the store's lock.
 */
import { readdir } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { Case } from '../domain/model.js';
import type { NewSurveyResponse, SurveyResponse } from '../domain/skm.js';
import { InputError, StoreError, type Finding } from '../errors.js';
import { loadDocument } from './json-file.js';
import type { StorePaths } from './paths.js';
import type { SurveyBook, SurveyYear } from './survey-schema.js';
import type { SurveyImport, SurveyStore, SurveyTokenInfo } from './survey-store.js';
import { SCHEMA_VERSION } from './version.js';
import { newResponseId, newSurveyToken, sortResponses } from './survey-ids.js';
import { surveyBookPath, surveyYearPath, surveyYearsIn } from './survey-paths.js';

export { surveyYearsIn };

const schemas = () => import('./survey-schema.js');

export function openSurveyBook(paths: StorePaths, verify = false): Promise<Low<SurveyBook>> {
  return loadDocument(
    surveyBookPath(paths),
    { schema: async () => (await schemas()).surveyBookSchema, backupDir: paths.backups, verify },
    () => ({ schemaVersion: SCHEMA_VERSION, tokens: [], imports: [] }),
  );
}

export function openSurveyYear(paths: StorePaths, year: number, verify = false): Promise<Low<SurveyYear>> {
  return loadDocument(
    surveyYearPath(paths, year),
    { schema: async () => (await schemas()).surveyYearSchema, backupDir: paths.backups, verify },
    () => ({ schemaVersion: SCHEMA_VERSION, year, responses: [] }),
  );
}

/** What the survey needs of the file store: its paths, its lock, its cases, who acts and when. */
export interface SurveyHost {
  readonly paths: StorePaths;
  locked<T>(fn: () => Promise<T>): Promise<T>;
  get(id: string): Promise<Case>;
  user: string;
  at(): Promise<string>;
}

/** The responses with their ids, checked, by year: nothing is written when one of them is not sound. */
async function prepare(responses: NewSurveyResponse[]): Promise<Map<number, SurveyResponse[]>> {
  const { surveyResponseSchema } = await schemas();
  const byYear = new Map<number, SurveyResponse[]>();
  for (const r of responses) {
    const full = surveyResponseSchema.parse({ ...r, id: await newResponseId() }) as SurveyResponse;
    const year = Number(full.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), full]);
  }
  return byYear;
}

/** Adds prepared responses to their years' files (one write per year). */
async function addResponses(paths: StorePaths, byYear: Map<number, SurveyResponse[]>): Promise<void> {
  for (const [year, added] of byYear) {
    const db = await openSurveyYear(paths, year);
    db.data.responses = sortResponses([...db.data.responses, ...added]);
    await db.write();
  }
}

/** The survey of a file store. */
export function fileSurveys(host: SurveyHost): SurveyStore {
  const { paths } = host;
  return {
    async surveyToken(caseId) {
      const c = await host.get(caseId);
      const found = (await openSurveyBook(paths)).data.tokens.find((t) => t.caseId === c.id);
      if (found) return found.token;
      return host.locked(async () => {
        const book = await openSurveyBook(paths);
        const again = book.data.tokens.find((t) => t.caseId === c.id);
        if (again) return again.token;
        const token = await newSurveyToken();
        book.data.tokens = [...book.data.tokens, { token, caseId: c.id, service: c.service, used: false }].sort((a, b) =>
          a.token.localeCompare(b.token),
        );
        await book.write();
        return token;
      });
    },
    async findSurveyToken(token): Promise<SurveyTokenInfo | undefined> {
      const found = (await openSurveyBook(paths)).data.tokens.find((t) => t.token === token);
      return found && { service: found.service, used: found.used };
    },
    async recordSurveyResponse(response, token) {
      await host.locked(async () => {
        const prepared = await prepare([response]);
        if (token === undefined) return addResponses(paths, prepared);
        const book = await openSurveyBook(paths);
        const found = book.data.tokens.find((t) => t.token === token);
        if (!found) throw InputError.of('token', 'skm.input.tokenUnknown');
        if (found.used) throw InputError.of('token', 'skm.input.tokenUsed');
        // The token first: a crash between the two writes loses one answer, never lets a token answer twice.
        found.used = true;
        await book.write();
        await addResponses(paths, prepared);
      });
    },
    async importSurveyResponses(responses, source) {
      return host.locked(async () => {
        const book = await openSurveyBook(paths);
        const before = book.data.imports.find((i) => i.sha256 === source.sha256);
        if (before) throw InputError.of('file', 'skm.input.imported', { value: source.name, at: before.at, rows: before.rows });
        await addResponses(paths, await prepare(responses));
        const entry: SurveyImport = { ...source, at: await host.at(), by: host.user };
        book.data.imports = [...book.data.imports, entry];
        await book.write();
        return responses.length;
      });
    },
    async surveyResponses(from, to) {
      const years = surveyYearsIn(await readdir(paths.data).catch(() => [] as string[]));
      const out: SurveyResponse[] = [];
      for (const year of years.filter((y) => y >= Number(from.slice(0, 4)) && y <= Number(to.slice(0, 4))))
        out.push(...(await openSurveyYear(paths, year)).data.responses.filter((r) => r.date >= from && r.date <= to));
      return out;
    },
  };
}

/** What `loket check` finds wrong with the survey's files: each one unreadable or invalid, as loading it would say. */
export async function checkSurveyFiles(paths: StorePaths): Promise<Finding[]> {
  const findings: Finding[] = [];
  const attempt = async (open: () => Promise<unknown>) => {
    try {
      await open();
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      findings.push({ key: error.key, params: error.params });
    }
  };
  await attempt(() => openSurveyBook(paths, true));
  for (const year of surveyYearsIn(await readdir(paths.data).catch(() => [] as string[])))
    await attempt(() => openSurveyYear(paths, year, true));
  return findings;
}
