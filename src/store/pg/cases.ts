/** Case rows of the database: the columns beside each case's document, inserted and changed in the caller's transaction. */
import { validCase } from './valid-rows.js';
import type { CaseFilter } from '../../domain/case-filter.js';
import { isOpen, type AuditEvent, type Case, type Change } from '../../domain/model.js';
import { openRecordOf } from '../../domain/open-record.js';
import { InputError } from '../../errors.js';
import { assertAfterLast, assertCase, newRevocations } from '../case-rules.js';
import { summaryOf, wordsOf } from '../search-index.js';
import { legacyTrackingCode, trackingDigest } from '../../domain/tracking-lookup.js';
import { sealCase } from '../sealed-identity.js';
import type { Sql } from './types.js';

/**
 * The columns a case is read with: its row's id and document, and the sealed part of a shielded
 * reporter, which the server hands only to the logins that may read it (row-level security on
 * `sealed`); validCases merges it back. Used as `from CASES where …` (the case row is `c`).
 */
export const CASE_COLUMNS = 'c.id, c.doc, s.doc as sealed';
export const CASES = 'cases c left join sealed s on s.case_id = c.id';

/** The columns of a case row beside its document: what lists, searches and the open-case index read. */
export function caseRow(c: Case) {
  return {
    id: c.id,
    year: c.year,
    agenda: c.agendaNumber,
    service: c.service,
    status: c.status,
    open: isOpen(c),
    received: c.receivedAt.slice(0, 10),
    words: wordsOf(c),
    summary: summaryOf(c),
    // The case is found by its code's digest (tracking-lookup.ts); a case has its code from insertCase on.
    tracking: trackingDigest(c.trackingCode ?? ''),
  };
}

/** What `due` reads instead of the document (null once closed; a shielded reporter is not in it): pg/due-rows.ts. */
function dueRecord(sql: Sql, c: Case) {
  const record = openRecordOf(c);
  return record ? sql.json(record as never) : null;
}

/** Inserts a checked case. */
export async function insertCase(sql: Sql, c: Case): Promise<void> {
  // A case made before tracking codes (an older backup, an imported store) gets the derived one, as the migration gave.
  if (!c.trackingCode) {
    const [facts] = await sql`select secret from facts where id = 1`;
    c.trackingCode = legacyTrackingCode(String(facts!.secret), c.id);
  }
  await assertCase(c);
  const r = caseRow(c);
  // A shielded reporter goes apart: every login may add a sealed part, only a wbs officer's reads it.
  const { open, sealed } = sealCase(c);
  await sql`
    insert into cases (id, year, agenda, service, status, open, received, words, summary, doc, tracking, due_record)
    values (${r.id}, ${r.year}, ${r.agenda}, ${r.service}, ${r.status}, ${r.open}, ${r.received},
      ${r.words}, ${sql.json(r.summary as never)}, ${sql.json(open as never)}, ${r.tracking}, ${dueRecord(sql, c)})`;
  if (sealed) await sealParts(sql, c, sealed, false);
}

/** Writes the sealed part of a case (and marks the files the reporter gave); `replace` for a login that may read it. */
async function sealParts(sql: Sql, c: Case, sealed: object, replace: boolean): Promise<void> {
  await sql`
    insert into sealed values (${c.id}, ${sql.json(sealed as never)})
    ${replace ? sql`on conflict (case_id) do update set doc = excluded.doc` : sql``}`;
  for (const a of c.attachments) await sql`insert into sealed_attachments values (${a.sha256}) on conflict do nothing`;
}

/**
 * Changes one case (its row locked first) with the event `eventOf` makes of the changes; a change
 * dated before the case's last event, or dropping a revocation, is refused.
 */
export async function changeCase(
  sql: Sql,
  where: { id: string; year: number; agendaNumber: number; location: string },
  change: (c: Case) => Change<Case>,
  eventOf: (changes: Record<string, unknown>) => AuditEvent,
): Promise<Case> {
  const [row] = await sql`
    select ${sql.unsafe(CASE_COLUMNS)}, loket_may_unseal() as reader from ${sql.unsafe(CASES)}
    where c.year = ${where.year} and c.agenda = ${where.agendaNumber} for update of c`;
  if (!row) throw InputError.of('id', 'input.caseNotFound', { value: where.id });
  const before = await validCase(row, where.location);
  const { value, changes } = change(structuredClone(before));
  const event = eventOf(changes);
  assertAfterLast(before, event.at);
  value.events.push(event);
  await assertCase(value);
  for (const r of newRevocations(before, value))
    await sql`insert into revocations values (${r.code}, ${r.caseId}, ${sql.json(r as never)})`;
  const next = caseRow(value);
  // A login that may read the reporter writes both parts; any other one changes the case as it read it,
  // behind its placeholders, and leaves the sealed part as it is.
  const { open, sealed } = row.reader ? sealCase(value) : { open: value, sealed: undefined };
  await sql`
    update cases set status = ${next.status}, open = ${next.open}, words = ${next.words},
      summary = ${sql.json(next.summary as never)}, doc = ${sql.json(open as never)}, due_record = ${dueRecord(sql, value)}
    where id = ${before.id}`;
  if (sealed) await sealParts(sql, value, sealed, true);
  return value;
}

/** The rows of the cases received in the years that the filter's indexed fields ask for (the caller filters the rest). */
export function listRows(sql: Sql, filter: CaseFilter, years: { first: number; last: number }) {
  return sql`
    select ${sql.unsafe(CASE_COLUMNS)} from ${sql.unsafe(CASES)}
    where c.year between ${years.first} and ${years.last}
      ${filter.service ? sql`and c.service = ${filter.service}` : sql``}
      ${filter.status ? sql`and c.status = ${filter.status}` : sql``}
      ${filter.from ? sql`and c.received >= ${filter.from}` : sql``}
      ${filter.to ? sql`and c.received <= ${filter.to}` : sql``}
    order by c.year, c.agenda`;
}

/** The summaries of the cases whose words hold every one of `words` (LIKE, its wildcards escaped), newest first. */
export function searchRows(sql: Sql, words: string[]) {
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql`
    select summary from cases
    where ${words.map((w, i) => sql`${i ? sql`and` : sql``} words like ${like(w)}`)}
    order by (doc->>'receivedAt')::timestamptz desc, year desc, agenda desc`;
}
