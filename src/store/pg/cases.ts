/** Case rows of the database: the columns beside each case's document, inserted and changed in the caller's transaction. */
import { validCase } from './valid-rows.js';
import type { CaseFilter } from '../../domain/case-filter.js';
import { isOpen, type AuditEvent, type Case, type Change } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { assertAfterLast, assertCase, newRevocations } from '../case-rules.js';
import { summaryOf, wordsOf } from '../search-index.js';
import { legacyTrackingCode, trackingDigest } from '../../domain/tracking-lookup.js';
import type { Sql } from './types.js';

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

/** Inserts a checked case. */
export async function insertCase(sql: Sql, c: Case): Promise<void> {
  // A case made before tracking codes (an older backup, an imported store) gets the derived one, as the migration gave.
  if (!c.trackingCode) {
    const [facts] = await sql`select secret from facts where id = 1`;
    c.trackingCode = legacyTrackingCode(String(facts!.secret), c.id);
  }
  await assertCase(c);
  const r = caseRow(c);
  await sql`
    insert into cases (id, year, agenda, service, status, open, received, words, summary, doc, tracking)
    values (${r.id}, ${r.year}, ${r.agenda}, ${r.service}, ${r.status}, ${r.open}, ${r.received},
      ${r.words}, ${sql.json(r.summary as never)}, ${sql.json(c as never)}, ${r.tracking})`;
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
  const [row] = await sql`select id, doc from cases where year = ${where.year} and agenda = ${where.agendaNumber} for update`;
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
  await sql`
    update cases set status = ${next.status}, open = ${next.open}, words = ${next.words},
      summary = ${sql.json(next.summary as never)}, doc = ${sql.json(value as never)}
    where id = ${before.id}`;
  return value;
}

/** The rows of the cases received in the years that the filter's indexed fields ask for (the caller filters the rest). */
export function listRows(sql: Sql, filter: CaseFilter, years: { first: number; last: number }) {
  return sql`
    select id, doc from cases
    where year between ${years.first} and ${years.last}
      ${filter.service ? sql`and service = ${filter.service}` : sql``}
      ${filter.status ? sql`and status = ${filter.status}` : sql``}
      ${filter.from ? sql`and received >= ${filter.from}` : sql``}
      ${filter.to ? sql`and received <= ${filter.to}` : sql``}
    order by year, agenda`;
}

/** The summaries of the cases whose words hold every one of `words` (LIKE, its wildcards escaped), newest first. */
export function searchRows(sql: Sql, words: string[]) {
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql`
    select summary from cases
    where ${words.map((w, i) => sql`${i ? sql`and` : sql``} words like ${like(w)}`)}
    order by (doc->>'receivedAt')::timestamptz desc, year desc, agenda desc`;
}
