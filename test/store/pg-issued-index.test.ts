/** @module-tag slow (runs only on PostgreSQL: run by `npm test` and CI, not by `npm run test:fast`) */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedRows } from '../../src/store/pg/kept-documents.js';
import type { RootSql } from '../../src/store/pg/types.js';
import { DATABASE_URL, freshDatabase } from '../helpers/stores.js';

// Every letter asks the register for its case's documents: on a register of 200,000 a sequential
// scan took ~40 ms, the index ~0.1 ms. The plan is read for the very query issuedRows sends.
describe.skipIf(!DATABASE_URL)("the register of issued documents on PostgreSQL: a case's entries by index", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let sql: RootSql;
  const sent: { query: string; params: unknown[] }[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    const { default: postgres } = await import('postgres');
    sql = postgres(db.url, {
      max: 1,
      onnotice: () => undefined,
      debug: (_connection, query, params) => sent.push({ query, params: params as unknown[] }),
    }) as unknown as RootSql;
    await sql.unsafe(`insert into issued (sha256, doc)
      select md5(i::text) || md5(i::text), jsonb_build_object('sha256', md5(i::text) || md5(i::text), 'caseId', '2026-' || lpad((i % 500 + 1)::text, 4, '0'),
        'name', 'tanda-terima.pdf', 'at', '2026-11-27T09:00:00+07:00', 'signed', false, 'kind', 'receipt')
      from generate_series(1, 2000) i`);
    await sql.unsafe('analyze issued');
  });
  afterAll(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('issuedRows finds a case through the issued_case index, in the order issued', async () => {
    sent.length = 0;
    const rows = await issuedRows(sql, '2026-0042');
    expect(rows).toHaveLength(4);
    const asked = sent.find((s) => /from issued/.test(s.query));
    expect(asked).toBeDefined();
    const plan = await sql.begin(async (tx) => {
      // Only so that a small table cannot make the planner prefer reading it whole.
      await tx.unsafe('set local enable_seqscan = off');
      return tx.unsafe(`explain ${asked!.query}`, asked!.params as never[]);
    });
    const text = plan.map((r) => String(r['QUERY PLAN'])).join('\n');
    // An index scan, or a bitmap of the index for a handful of rows (then sorted: a few rows).
    expect(text).toMatch(/Index Scan (using|on) issued_case\b/);
  });
});
