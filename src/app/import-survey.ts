/**
 * The use case of the paper survey: questionnaires typed into a spreadsheet, each row checked, and
 * all of them recorded anonymously in one change, or none: a refused row stops the import unless the
 * office asks to skip it. The same file is never counted twice.
 */
import type { Service } from '../domain/model.js';
import type { NewSurveyResponse } from '../domain/skm.js';
import { readAnswers, type SurveyProblem } from '../domain/skm-answers.js';
import { findSurveyHeadings, headingNames, missingColumns, rowFields } from '../domain/skm-sheet.js';
import { InputError } from '../errors.js';
import { questionnaire } from '../skm-questionnaire.js';
import type { SurveyStore } from '../store/survey-store.js';
import { profileNamed, serviceNamed } from './survey-lookups.js';

export interface SurveyImportInput {
  /** The sheet's cells (row i is spreadsheet row i + 1). */
  rows: unknown[][];
  /** The file's name, for messages and the record of the batch. */
  file: string;
  /** The file's SHA-256: the same file is imported once. */
  sha256: string;
  /** The service of rows without a layanan column or cell. */
  service?: Service;
  dryRun?: boolean;
  skipBad?: boolean;
  /** Today in the office zone: no questionnaire may be dated later. */
  today: string;
}

/** A refused row: its number in the spreadsheet, the column's heading as written, and why. */
export interface RefusedRow extends SurveyProblem {
  row: number;
  heading: string;
}

export interface SurveyImportResult {
  dryRun: boolean;
  /** The questionnaires that were (or, in a dry run, would be) recorded. */
  accepted: NewSurveyResponse[];
  refused: RefusedRow[];
}

/** Reads every row of a paper batch and records the good ones (all, unless `skipBad`); a dry run records nothing. */
export async function importSurvey(store: SurveyStore, input: SurveyImportInput): Promise<SurveyImportResult> {
  const names = questionnaire().elements.map((e) => e.name);
  const headings = findSurveyHeadings(input.rows, headingNames(names));
  const missing = missingColumns(headings, !!input.service);
  if (!headings || missing.length) {
    const named = missing.map((f) => (/^u\d$/.test(f) ? `${f} (${names[Number(f.slice(1)) - 1]})` : f));
    throw InputError.of('file', 'skm.input.columns', { value: input.file, missing: named.join(', ') });
  }
  const rules = { requireAll: false, today: input.today, service: input.service, serviceOf: serviceNamed, profileOf: profileNamed() };
  const accepted: NewSurveyResponse[] = [];
  const refused: RefusedRow[] = [];
  for (let i = headings.row + 1; i < input.rows.length; i++) {
    const raw = rowFields(input.rows[i] ?? [], headings.columns);
    if (!raw) continue;
    const read = readAnswers(raw, rules);
    if ('response' in read) accepted.push(read.response);
    else for (const p of read.problems) refused.push({ ...p, row: i + 1, heading: headings.written[p.field] ?? p.field });
  }
  if (input.dryRun) return { dryRun: true, accepted, refused };
  if (refused.length && !input.skipBad)
    throw new InputError(refused.map((r) => ({ field: `${input.file}:${r.row} ${r.heading}`, key: r.key, params: r.params })));
  if (accepted.length) await store.importSurveyResponses(accepted, { sha256: input.sha256, name: input.file, rows: accepted.length });
  return { dryRun: false, accepted, refused };
}
