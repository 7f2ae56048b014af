/**
 * What the database hands back is checked with the same schemas as the files: a row edited by hand
 * with a SQL client, or written by a broken client, is refused (exit 3) like a damaged file, not
 * passed on to a command that would print or change it.
 */
import type { Case } from '../../domain/model.js';
import { StoreError } from '../../errors.js';
import { parseCaseId } from '../case-rules.js';
import { caseProblem, configProblem } from '../document-checks.js';
import type { ConfigDoc } from '../schema.js';
import type { SealedParts } from '../sealed-identity.js';

function refused(location: string, table: string, key: string, problem: string): StoreError {
  return new StoreError('store.invalid', { file: `${location} (${table} ${key})`, problem });
}

/** A document edited by hand so that it no longer is the case its row says: refused, not shown as another case. */
function notItsRow(c: Case, rowId: unknown): string | undefined {
  const parsed = parseCaseId(c.id);
  if (rowId !== undefined && c.id !== rowId) return `id: ${String(rowId)} holds ${c.id}`;
  if (!parsed || parsed.year !== c.year || parsed.agendaNumber !== c.agendaNumber)
    return `id: ${c.id}, year ${c.year}, agendaNumber ${c.agendaNumber}`;
  return undefined;
}

/**
 * The cases of rows (`doc` each, `id` when selected, and the `sealed` part of a shielded reporter when
 * this login may read it, merged back), each validated; exit 3 naming the first that is not a case.
 */
export async function validCases(rows: readonly Record<string, unknown>[], location: string): Promise<Case[]> {
  const { unsealCase } = await import('../sealed-identity.js');
  const cases: Case[] = [];
  for (const row of rows) {
    const doc = row.sealed && row.doc && typeof row.doc === 'object' ? unsealCase(row.doc as Case, row.sealed as SealedParts) : row.doc;
    const problem = (await caseProblem(doc)) ?? notItsRow(doc as Case, row.id);
    if (problem) throw refused(location, 'cases', String(row.id ?? (doc as { id?: unknown } | null)?.id ?? '?'), problem);
    cases.push(doc as Case);
  }
  return cases;
}

/** The one case of a row, validated. */
export async function validCase(row: Record<string, unknown>, location: string): Promise<Case> {
  const [c] = await validCases([row], location);
  return c!;
}

/** The configuration of its row, validated. */
export async function validConfig(doc: unknown, location: string): Promise<ConfigDoc> {
  const problem = await configProblem(doc);
  if (problem) throw refused(location, 'config', '1', problem);
  return doc as ConfigDoc;
}
