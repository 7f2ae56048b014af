/**
 * `loket due` reads the compact records (issue 31): on a varied store, every form of its output
 * (JSON, text, CSV, with and without personal data, each filter) is what the report made from the
 * whole cases, as loket computed it before the records, gives rendered the same way.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/app/session.js';
import { checklists } from '../../src/app/checklists.js';
import type { DueQuery } from '../../src/domain/due-report.js';
import { renderDueCsv, renderDueText } from '../../src/render/due-table.js';
import { openStore } from '../../src/store/open-store.js';
import { referenceDueReport } from '../helpers/due-reference.js';
import { runLoket } from '../helpers/loket.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';
import { variedCase } from '../helpers/varied-cases.js';

const NOW = '2026-03-25T09:30:00+07:00';
let home = '';
let env: Record<string, string> = {};

describe.each(E2E_STORES)('due from the records on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)));

  it('prints what the report of the whole cases prints, in every form and filter', async () => {
    const store = openStore({ home, database: env.LOKET_DATABASE_URL, user: 'resepsionis', now: () => Date.parse(NOW), env });
    await store.importCases(
      2026,
      Array.from({ length: 180 }, (_, k) => (agenda: number) => ({ ...variedCase(k + 1), ...idOf(agenda) })),
    );
    // Changes after the import: each written with its record.
    await runLoket(['dispose', '2026-0002', '--to', 'Budi Santoso'], { home, env, now: NOW });
    await runLoket(['dispose', '2026-0010', '--to', 'Ani Lestari'], { home, env, now: NOW });
    const session = createSession({ user: 'resepsionis', home, now: () => Date.parse(NOW), store: () => store });
    const clock = await session.clock();
    const cases = await store.openCases();
    const runs: [string[], Partial<DueQuery>][] = [
      [[], {}],
      [['--include-personal-data'], { includePersonalData: true }],
      [['--date', '2026-03-20', '--within', '5'], { date: '2026-03-20', within: 5 }],
      [['--officer', 'budi'], { officer: 'budi' }],
      [['--service', 'pengaduan', '--report-type', 'saran'], { service: 'pengaduan', reportType: 'saran' }],
      [['--channel', 'wbs', '--include-personal-data'], { channel: 'wbs', includePersonalData: true }],
      [['--within', '0'], { within: 0 }],
    ];
    for (const [flags, query] of runs) {
      const q: DueQuery = { date: '2026-03-25', nowMs: Date.parse(NOW), within: 3, ...query };
      const expected = referenceDueReport(cases, q, clock, checklists());
      const json = await runLoket(['due', '--json', ...flags], { home, env, now: NOW });
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.stringify(JSON.parse(json.stdout)), flags.join(' ')).toBe(JSON.stringify(expected));
      const text = await runLoket(['due', ...flags], { home, env, now: NOW });
      expect(text.stdout.trimEnd(), flags.join(' ')).toBe(renderDueText(expected, new Chalk({ level: 0 }), q.within, 100).trimEnd());
      const csv = await runLoket(['due', '--csv', ...flags], { home, env, now: NOW });
      expect(csv.stdout.trimEnd(), flags.join(' ')).toBe(renderDueCsv(expected, !!q.includePersonalData).trimEnd());
    }
    const everything = referenceDueReport(cases, { date: '2026-03-25', nowMs: Date.parse(NOW), within: 3 }, clock, checklists());
    // The set is varied enough to mean something: every group, both kinds of lateness, shielded reporters.
    expect(everything.overdue.some((i) => i.lateOfficeMinutes !== undefined) && everything.overdue.some((i) => i.lateWorkingDays)).toBe(
      true,
    );
    expect(everything.dueToday.length && everything.upcoming.length && everything.waiting.length).toBeTruthy();
    expect(everything.overdue.some((i) => i.identity === 'protected') && everything.overdue.some((i) => i.identity === 'anonymous')).toBe(
      true,
    );
    await store.close();
  });
});

function idOf(agenda: number) {
  return { id: `2026-${String(agenda).padStart(4, '0')}`, agendaNumber: agenda };
}
