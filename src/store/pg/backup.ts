/**
 * The database's side of the logical backup: a snapshot read as a backup source, and a backup (or a
 * file store, for `db import`) written into an empty database in one transaction, checked before it
 * commits: a restore that does not check clean leaves the database as it was.
 */
import type { Case } from '../../domain/model.js';
import { InputError, StoreError } from '../../errors.js';
import { backupLines } from '../backup.js';
import {
  BACKUP_FORMAT,
  LOGICAL_VERSIONS,
  readLogicalBackup,
  recordsOf,
  type BackupSource,
  type Counts,
  type RestoreSink,
} from '../logical-backup.js';
import type { ConfigDoc } from '../schema.js';
import type { IssuedDocument } from '../store.js';
import type { SealedParts } from '../sealed-identity.js';
import { attachmentBytes, insertAttachment } from './attachments.js';
import { insertCase } from './cases.js';
import { checkDatabase } from './database-check.js';
import { pgSurveyRecord, pgSurveyRecords } from '../survey-backup.js';
import type { RootSql, Sql } from './types.js';

/** The database as a backup source, read inside the caller's (snapshot) transaction. */
export function pgBackupSource(sql: Sql): BackupSource {
  return {
    async config() {
      const [row] = await sql`select doc from config where id = 1`;
      const { defaultConfig } = await import('../defaults.js');
      return (row?.doc as ConfigDoc | undefined) ?? defaultConfig();
    },
    async facts() {
      const [facts] = await sql`select secret from facts where id = 1`;
      const marks = { agenda: {} as Record<string, number>, letter: {} as Record<string, number> };
      for (const c of await sql`select kind, year, last from counters`)
        marks[c.kind as 'agenda' | 'letter'][String(c.year)] = Number(c.last);
      const agendaGaps: Record<string, [number, number][]> = {};
      for (const g of await sql`select year, first, last from agenda_gaps order by year, first`)
        (agendaGaps[String(g.year)] ??= []).push([Number(g.first), Number(g.last)]);
      const revocations = (await sql`select doc from revocations order by code`).map((r) => r.doc);
      return { secret: facts?.secret ?? '', agendaHighWater: marks.agenda, letterHighWater: marks.letter, agendaGaps, revocations };
    },
    async *cases() {
      // Whole: the reporters a shielded case's document keeps behind placeholders come back from `sealed`.
      const { unsealCase } = await import('../sealed-identity.js');
      for await (const rows of sql`select c.doc, s.doc as sealed from cases c left join sealed s on s.case_id = c.id order by c.year, c.agenda`.cursor(
        200,
      ))
        for (const r of rows) yield unsealCase(r.doc as Case, r.sealed as SealedParts | null);
    },
    async *letters() {
      for (const l of await sql`select year, seq, number, case_id, kind, date::text as date, issued_at, by from letters order by year, seq`)
        yield {
          year: Number(l.year),
          seq: Number(l.seq),
          number: l.number,
          caseId: l.case_id,
          kind: l.kind,
          date: l.date,
          issuedAt: l.issued_at,
          by: l.by,
        };
    },
    async *issued() {
      for (const r of await sql`select doc from issued order by n`) yield r.doc as IssuedDocument;
    },
    surveys: () => pgSurveyRecords(sql),
    async *attachments() {
      for (const a of await sql`select sha256 from attachments order by sha256`)
        yield { sha256: a.sha256 as string, chunks: attachmentBytes(sql, a.sha256 as string) };
    },
  };
}

/** Writes what a restore brings into the caller's transaction. */
export function pgRestoreSink(sql: Sql): RestoreSink {
  return {
    async config(doc) {
      await sql`insert into config values (1, ${sql.json(doc as never)}) on conflict (id) do update set doc = excluded.doc`;
    },
    async facts(f) {
      if (f.secret) await sql`update facts set secret = ${f.secret} where id = 1`;
      for (const [year, last] of Object.entries(f.agendaHighWater))
        await sql`insert into counters values ('agenda', ${Number(year)}, ${last})`;
      for (const [year, last] of Object.entries(f.letterHighWater))
        await sql`insert into counters values ('letter', ${Number(year)}, ${last})`;
      for (const [year, ranges] of Object.entries(f.agendaGaps))
        for (const [first, last] of ranges) await sql`insert into agenda_gaps values (${Number(year)}, ${first}, ${last})`;
      for (const r of f.revocations) await sql`insert into revocations values (${r.code}, ${r.caseId}, ${sql.json(r as never)})`;
    },
    async case(c) {
      await insertCase(sql, c);
    },
    async letter(l) {
      await sql`insert into letters values (${l.year}, ${l.seq}, ${l.number}, ${l.caseId}, ${l.kind}, ${l.date}, ${l.issuedAt}, ${l.by})`;
    },
    async issued(doc) {
      await sql`insert into issued (sha256, doc) values (${doc.sha256}, ${sql.json(doc as never)})`;
    },
    survey: (record) => pgSurveyRecord(sql, record),
    async attachment(sha256, chunks) {
      // Already kept (by a registration that was then refused): the same bytes, by their hash, left as they
      // are. The reader checks the bytes against the hash; the check below, the parts against it.
      await insertAttachment(sql, sha256, chunks);
    },
  };
}

/**
 * Loads into an empty database in one transaction: `feed` drives the sink; the result must check clean,
 * or nothing is kept. Returns the counts.
 */
export async function loadIntoDatabase(
  sql: RootSql,
  location: string,
  feed: (sink: RestoreSink) => Promise<Counts>,
  expected?: { cases: number; letters: number; attachments: number },
): Promise<Counts> {
  return sql.begin(async (tx) => {
    // A restore is one long transaction: none of its statements is cut by the ordinary timeout.
    await tx`set local statement_timeout = 0`;
    const [used] = await tx`
      select (select count(*) from cases) + (select count(*) from letters) + (select count(*) from survey_responses) as n`;
    if (Number(used?.n) > 0) throw InputError.of('home', 'input.restoreNotEmpty', { value: location });
    await tx`lock table cases, letters, counters in exclusive mode`;
    const counts = await feed(pgRestoreSink(tx));
    const result = await checkDatabase(tx);
    if (result.findings.length)
      throw new StoreError('store.restoreCheckFailed', { file: location, count: result.findings.length }, result.findings);
    // What the database now holds must be what the source held, counted by each store's own check.
    if (expected && (['cases', 'letters', 'attachments'] as const).some((k) => expected[k] !== result[k])) {
      const counts = (['cases', 'letters', 'attachments'] as const).map((k) => `${k} ${expected[k]} → ${result[k]}`).join(', ');
      throw new StoreError('store.importMismatch', { counts });
    }
    return counts;
  }) as Promise<Counts>;
}

/** Restores a logical backup file into an empty database. */
export async function restoreIntoDatabase(sql: RootSql, source: string, location: string, passphrase?: string): Promise<{ files: number }> {
  const lines = backupLines(source, passphrase);
  const head = (await lines.next()).value as Record<string, unknown> | undefined;
  if (head?.format !== BACKUP_FORMAT || head.t !== 'head') throw InputError.of('file', 'input.notBackup', { value: `${source} (format)` });
  // A file backup of an earlier version names files, not records: restore it into a data folder, then `db import`.
  if (!LOGICAL_VERSIONS.includes(head.version))
    throw InputError.of('file', 'input.backupForFiles', { value: source, version: String(head.version) });
  const counts = await loadIntoDatabase(sql, location, (sink) => readLogicalBackup(source, lines, sink, head.version));
  return { files: recordsOf(counts) };
}
