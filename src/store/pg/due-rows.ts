/**
 * What `due` reads on the database: the `due_record` column of the open cases (the compact record of
 * domain/open-record.ts, written with the case by insertCase and changeCase in cases.ts), instead of
 * their whole documents. A row whose record is missing, of another version or not a record (edited by
 * hand) is read from its document instead, so the report never shows fewer cases than are open; `db
 * migrate` (refreshOpenRecords) writes every record again from its case.
 */
import type { Case } from '../../domain/model.js';
import { isOpenRecord, openRecordOf, OPEN_RECORD_VERSION, sameOpenRecord, type OpenRecord } from '../../domain/open-record.js';
import { firstIssue } from '../json-file.js';
import { validCases } from './valid-rows.js';
import type { Sql } from './types.js';

/** The records of every open case, in agenda order per year (as openCases). */
export async function openRecordRows(sql: Sql, location: string): Promise<OpenRecord[]> {
  // The document only for a row without a current record: the server sends the small column for the rest.
  const rows = await sql`
    select c.id, c.due_record as record,
      case when c.due_record is null or c.due_record->>'v' is distinct from ${String(OPEN_RECORD_VERSION)} then c.doc end as doc
    from cases c where c.open order by c.year, c.agenda`;
  const out: (OpenRecord | undefined)[] = [];
  const fromDocs = new Map<string, number>();
  rows.forEach((row, i) => {
    const record = row.record as unknown;
    if (row.doc === null && isOpenRecord(record) && record.id === row.id) out.push(record);
    else {
      out.push(undefined);
      fromDocs.set(String(row.id), i);
    }
  });
  if (fromDocs.size) {
    const docs = await sql`select c.id, c.doc from cases c where c.id in ${sql([...fromDocs.keys()])}`;
    for (const c of await validCases(docs, location)) {
      const i = fromDocs.get(c.id);
      if (i !== undefined) out[i] = openRecordOf(c);
    }
  }
  return out.filter((r): r is OpenRecord => r !== undefined);
}

/**
 * Writes again every record that is not the one its case gives (none for a closed case); a document
 * that is not a valid case is left to be refused when read, as before. Returns how many changed.
 */
export async function refreshOpenRecords(sql: Sql): Promise<number> {
  const { caseSchema } = await import('../schema.js');
  const closed = await sql`update cases set due_record = null where not open and due_record is not null`;
  const changed: { id: string; r: OpenRecord | null }[] = [];
  for (const row of await sql`select id, doc, due_record from cases where open`) {
    if (firstIssue(caseSchema, row.doc)) continue;
    const expected = openRecordOf(row.doc as Case);
    const stored = isOpenRecord(row.due_record) ? row.due_record : undefined;
    if (!sameOpenRecord(expected, stored) || (!stored && row.due_record !== null))
      changed.push({ id: String(row.id), r: expected ?? null });
  }
  for (let i = 0; i < changed.length; i += 1000)
    await sql`
      update cases c set due_record = nullif(e->'r', 'null'::jsonb)
      from jsonb_array_elements(${sql.json(changed.slice(i, i + 1000) as never)}) as e where c.id = e->>'id'`;
  return closed.count + changed.length;
}
