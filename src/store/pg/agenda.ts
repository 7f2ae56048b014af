/** Bringing an earlier agenda book into a year of the database under its own numbers (see agenda-import.ts). */
import type { AuditEvent, Case } from '../../domain/model.js';
import { assertNoClash, gapsOf } from '../agenda-import.js';
import { insertCase } from './cases.js';
import type { Sql } from './types.js';

/** Adds the cases (all or none, in the caller's transaction); a number in use, or given once and not an accepted gap, is refused. */
export async function importAgendaRows(
  sql: Sql,
  year: number,
  cases: Case[],
  source: string,
  event: (action: string, changes: Record<string, unknown>) => AuditEvent,
): Promise<Case[]> {
  // The year's counter row, locked: nobody registers in this year until the import is done.
  await sql`insert into counters values ('agenda', ${year}, 0) on conflict (kind, year) do nothing`;
  const [counter] = await sql`select last from counters where kind = 'agenda' and year = ${year} for update`;
  const mark = Number(counter?.last ?? 0);
  const used = new Set((await sql`select agenda from cases where year = ${year}`).map((r) => Number(r.agenda)));
  const gaps = (await sql`select first, last from agenda_gaps where year = ${year}`).map((g): [number, number] => [
    Number(g.first),
    Number(g.last),
  ]);
  assertNoClash(cases, used, mark, gaps, source, year);
  for (const c of cases) {
    c.events.push(event('import', { file: source, row: c.imported?.row ?? null, agendaNumber: c.agendaNumber }));
    await insertCase(sql, c);
  }
  const all = [...used, ...cases.map((c) => c.agendaNumber)];
  const last = Math.max(0, mark, ...all);
  await sql`delete from agenda_gaps where year = ${year}`;
  for (const [first, to] of gapsOf(new Set(all), last)) await sql`insert into agenda_gaps values (${year}, ${first}, ${to})`;
  await sql`update counters set last = ${last} where kind = 'agenda' and year = ${year}`;
  return cases;
}
