/**
 * Bringing an earlier agenda book into a year under its own numbers, inside the store's lock. The
 * numbers the book never had become the year's accepted gaps, so that `check` tells them from
 * numbers lost with a block.
 */
import type { Low } from 'lowdb';
import { InputError } from '../errors.js';
import type { AuditEvent, Case } from '../domain/model.js';
import { assertCase } from './case-rules.js';
import { afterCommit } from './durable-file.js';
import { blockOf } from './paths.js';
import type { BlockDoc, MetaDoc } from './schema.js';

/** What the import needs of the store while it holds the lock. */
export interface YearWriter {
  meta: Low<MetaDoc>;
  /** The agenda numbers the year's blocks already hold. */
  used: Set<number>;
  event(action: string, changes: Record<string, unknown>): AuditEvent;
  openBlock(block: number): Promise<Low<BlockDoc>>;
  writeBlock(db: Low<BlockDoc>, added: Case[]): Promise<void>;
}

/** The numbers from 1 to `last` not in `present`, as [first, last] ranges. */
export function gapsOf(present: Set<number>, last: number): [number, number][] {
  const gaps: [number, number][] = [];
  for (let n = 1; n <= last; n++) {
    if (present.has(n)) continue;
    const open = gaps.at(-1);
    if (open && open[1] === n - 1) open[1] = n;
    else gaps.push([n, n]);
  }
  return gaps;
}

/**
 * Refuses (all named, exit 2) the cases whose number is in use, or was given once (below the year's
 * mark) and is not a gap an earlier import accepted: such a number may belong to a case lost with a block.
 */
export function assertNoClash(
  cases: Case[],
  used: Set<number>,
  mark: number,
  gaps: [number, number][],
  source: string,
  year: number,
): void {
  const gap = (n: number) => gaps.some(([from, to]) => n >= from && n <= to);
  const clash = cases.filter((c) => used.has(c.agendaNumber) || (c.agendaNumber <= mark && !gap(c.agendaNumber)));
  if (clash.length)
    throw new InputError(
      clash.map((c) => ({
        field: `${source}:${c.imported?.row ?? '?'}`,
        key: 'input.agendaClash',
        params: { value: c.agendaNumber, year },
      })),
    );
}

/** Adds the cases (all or none); a number in use, or below the year's mark and not an accepted gap, is refused. */
export async function importIntoYear(w: YearWriter, year: number, cases: Case[], source: string): Promise<Case[]> {
  const { meta, used } = w;
  const mark = meta.data.agendaHighWater?.[year] ?? 0;
  assertNoClash(cases, used, mark, meta.data.agendaGaps?.[year] ?? [], source, year);
  for (const c of cases) {
    c.events.push(w.event('import', { file: source, row: c.imported?.row ?? null, agendaNumber: c.agendaNumber }));
    await assertCase(c);
  }
  const all = [...used, ...cases.map((c) => c.agendaNumber)];
  const last = Math.max(0, mark, ...all);
  // The gaps are declared before the cases are written: a crash in between leaves declared gaps
  // with no case above them (which check ignores), never cases whose gaps check would call losses.
  meta.data.agendaGaps = { ...meta.data.agendaGaps, [year]: gapsOf(new Set(all), last) };
  await meta.write();
  const byBlock = new Map<number, Case[]>();
  for (const c of cases) byBlock.set(blockOf(c.agendaNumber), [...(byBlock.get(blockOf(c.agendaNumber)) ?? []), c]);
  for (const [block, added] of [...byBlock].sort((x, y) => x[0] - y[0])) {
    const db = await w.openBlock(block);
    db.data.cases = [...db.data.cases, ...added].sort((x, y) => x.agendaNumber - y.agendaNumber);
    db.data.lastAgenda = Math.max(db.data.lastAgenda, ...added.map((c) => c.agendaNumber));
    await w.writeBlock(db, added);
  }
  // The mark follows the cases, as after a registration: an interrupted import leaves it behind, never ahead.
  await afterCommit(async () => {
    meta.data.agendaHighWater = { ...meta.data.agendaHighWater, [year]: last };
    await meta.write();
  });
  return cases;
}
