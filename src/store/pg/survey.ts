/**
 * The database's side of the survey. A token row holds its case and whether it was used, never
 * when; a response row has a random id and its day, no serial and no time, so neither tells which
 * token let which response in. A token's use and its response are one transaction.
 */
import type { NewSurveyResponse, SurveyResponse } from '../../domain/skm.js';
import type { Service } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { parseCaseId } from '../case-rules.js';
import { newResponseId, newSurveyToken } from '../survey-ids.js';
import type { SurveyImport, SurveyStore } from '../survey-store.js';
import type { Sql } from './types.js';

/** What the survey needs of the database store. */
export interface PgSurveyHost {
  sql(): Promise<Sql>;
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  guard<T>(fn: () => Promise<T>): Promise<T>;
  user: string;
  at(): Promise<string>;
}

/** The responses with their ids, checked: nothing is written when one of them is not sound. */
async function prepare(responses: NewSurveyResponse[]): Promise<SurveyResponse[]> {
  const { surveyResponseSchema } = await import('../survey-schema.js');
  const out: SurveyResponse[] = [];
  for (const r of responses) out.push(surveyResponseSchema.parse({ ...r, id: await newResponseId() }) as SurveyResponse);
  return out;
}

/** Inserts responses in one statement. */
async function insertResponses(sql: Sql, responses: SurveyResponse[]): Promise<void> {
  if (!responses.length) return;
  const rows = responses.map((r) => ({ id: r.id, date: r.date, service: r.service, doc: r }));
  await sql`
    insert into survey_responses (id, date, service, doc)
    select id, date, service, doc from jsonb_to_recordset(${sql.json(rows as never)}) as x(id text, date date, service text, doc jsonb)`;
}

/** The survey of a database store. */
export function pgSurveys(host: PgSurveyHost): SurveyStore {
  return {
    async surveyToken(caseId) {
      const where = parseCaseId(caseId);
      if (!where) throw InputError.of('id', 'input.caseId', { value: caseId });
      const token = await newSurveyToken();
      return host.tx(async (sql) => {
        const [c] = await sql`select id, service from cases where year = ${where.year} and agenda = ${where.agendaNumber}`;
        if (!c) throw InputError.of('id', 'input.caseNotFound', { value: caseId });
        // Two workstations at once: the second waits for the first, then keeps its token.
        await sql`insert into survey_tokens values (${token}, ${c.id}, ${c.service}, false) on conflict (case_id) do nothing`;
        const [row] = await sql`select token from survey_tokens where case_id = ${c.id}`;
        return row!.token as string;
      });
    },
    async findSurveyToken(token) {
      const sql = await host.sql();
      const [row] = await host.guard(() => sql`select service, used from survey_tokens where token = ${token}`);
      return row && { service: row.service as Service, used: row.used as boolean };
    },
    async recordSurveyResponse(response, token) {
      const prepared = await prepare([response]);
      await host.tx(async (sql) => {
        if (token !== undefined) {
          const used = await sql`update survey_tokens set used = true where token = ${token} and not used returning token`;
          if (!used.length) {
            const [known] = await sql`select used from survey_tokens where token = ${token}`;
            throw InputError.of('token', known ? 'skm.input.tokenUsed' : 'skm.input.tokenUnknown');
          }
        }
        await insertResponses(sql, prepared);
      });
    },
    async importSurveyResponses(responses, source) {
      const prepared = await prepare(responses);
      const entry: SurveyImport = { ...source, at: await host.at(), by: host.user };
      return host.tx(async (sql) => {
        const added = await sql`
          insert into survey_imports values (${source.sha256}, ${sql.json(entry as never)}) on conflict (sha256) do nothing returning sha256`;
        if (!added.length) {
          const [before] = await sql`select doc from survey_imports where sha256 = ${source.sha256}`;
          const doc = before?.doc as SurveyImport | undefined;
          throw InputError.of('file', 'skm.input.imported', { value: source.name, at: doc?.at ?? '', rows: doc?.rows ?? 0 });
        }
        await insertResponses(sql, prepared);
        return prepared.length;
      });
    },
    async surveyResponses(from, to) {
      const sql = await host.sql();
      const rows = await host.guard(
        () => sql`select doc from survey_responses where date between ${from} and ${to} order by date, id collate "C"`,
      );
      return rows.map((r) => r.doc as SurveyResponse);
    },
  };
}
