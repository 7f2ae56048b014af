/**
 * `loket check` of a database: every case valid and numbered as its id says, agenda numbers gap-free
 * up to the year's counter (but for an imported book's accepted gaps), letter numbers gap-free and
 * recorded on their cases, histories in order, attachments present and matching their SHA-256,
 * revocations still on their cases. The findings use the file store's words, with tables for files.
 */
import { certificatesOf, type Case } from '../../domain/model.js';
import { isOpenRecord, openRecordOf, sameOpenRecord } from '../../domain/open-record.js';
import { firstAgendaGap, historyFindings, lettersOf, textFindings } from '../case-findings.js';
import type { Finding } from '../../errors.js';
import type { CheckResult } from '../store.js';
import { storedHashes } from './attachments.js';
import type { Sql } from './types.js';

/** Checks the database; reads cases in batches, so memory stays bounded. */
export async function checkDatabase(sql: Sql): Promise<CheckResult> {
  const findings: Finding[] = [];
  const add = (key: string, params: Finding['params']) => findings.push({ key: `check.${key}` as Finding['key'], params });
  const { caseSchema } = await import('../schema.js');
  const recorded = new Map<string, string>();
  const revoked = new Set<string>();
  const agendas = new Map<number, number[]>();
  const needed = new Map<string, { name: string; id: string }>();
  let cases = 0;
  let attachments = 0;
  await sql`select id, year, agenda, doc, due_record from cases order by year, agenda`.cursor(500, (rows) => {
    for (const row of rows) {
      cases++;
      // A document without a history is reported as such (firstEvent), not a crash of the check.
      const c = { ...(row.doc as Case), events: (row.doc as Case).events ?? [] };
      const file = `cases ${row.year}`;
      const parsed = caseSchema.safeParse(c);
      if (!parsed.success) add('caseId', { file, id: row.id, year: row.year, agenda: row.agenda });
      if (c.id !== row.id || c.year !== Number(row.year) || c.agendaNumber !== Number(row.agenda))
        add('caseId', { file, id: c.id, year: row.year, agenda: row.agenda });
      const year = Number(row.year);
      if (!agendas.has(year)) agendas.set(year, []);
      agendas.get(year)!.push(Number(row.agenda));
      // The record `due` reads (pg/due-rows.ts): the one the case gives, or none for a closed case.
      const stored = isOpenRecord(row.due_record) ? row.due_record : undefined;
      if (parsed.success && ((row.due_record !== null && !stored) || !sameOpenRecord(stored, openRecordOf(c))))
        add('dueRecord', { file, id: row.id });
      historyFindings(c, file, add);
      textFindings(c, file, add);
      for (const n of lettersOf(c)) recorded.set(n, c.id);
      for (const cert of certificatesOf(c)) if (cert.revoked) revoked.add(cert.code);
      for (const a of c.attachments ?? []) {
        attachments++;
        needed.set(a.sha256, { name: a.name, id: c.id });
      }
    }
  });
  const gaps = await sql`select year, first, last from agenda_gaps`;
  const counters = new Map((await sql`select kind || ' ' || year as k, last from counters`).map((r) => [r.k as string, Number(r.last)]));
  for (const [year, numbers] of agendas) {
    const accepted = gaps.filter((g) => Number(g.year) === year).map((g) => [Number(g.first), Number(g.last)] as const);
    const gap = firstAgendaGap(numbers, accepted);
    if (gap) add('agendaGap', { file: `cases ${year}`, ...gap });
    const last = Math.max(...numbers);
    const mark = counters.get(`agenda ${year}`) ?? 0;
    if (mark > last) add('numbersMissing', { file: 'counters', year, mark, last });
    else if (mark < last) add('markBehind', { file: 'counters', year, mark, last });
  }
  for (const [k, mark] of counters) {
    const year = Number(k.slice(7));
    if (k.startsWith('agenda ') && mark > 0 && !agendas.has(year)) add('numbersMissing', { file: 'counters', year, mark, last: 0 });
  }
  let letters = 0;
  const byYear = new Map<number, number[]>();
  const seen = new Set<string>();
  for (const l of await sql`select year, seq, number, case_id from letters order by year, seq`) {
    letters++;
    const year = Number(l.year);
    const seqs = byYear.get(year) ?? [];
    byYear.set(year, seqs);
    seqs.push(Number(l.seq));
    if (Number(l.seq) !== seqs.length) add('letterGap', { file: `letters ${year}`, position: seqs.length, found: l.seq });
    if (seen.has(l.number)) add('letterTwice', { file: `letters ${year}`, number: l.number });
    seen.add(l.number);
    if (recorded.get(l.number) !== l.case_id) add('letterUnrecorded', { file: `letters ${year}`, number: l.number, id: l.case_id });
  }
  for (const [year, seqs] of byYear) {
    const mark = counters.get(`letter ${year}`) ?? 0;
    if (mark !== seqs.length) add('letterCount', { file: `letters ${year}`, last: mark, count: seqs.length });
  }
  const stored = await storedHashes(sql);
  for (const [sha256, a] of needed) {
    const actual = stored.get(sha256);
    if (actual === undefined) add('attachmentMissing', { file: `attachments ${sha256}`, name: a.name, id: a.id });
    else if (actual !== sha256) add('attachmentHash', { file: `attachments ${sha256}`, name: a.name, id: a.id });
  }
  for (const r of await sql`select code, case_id from revocations`)
    if (!revoked.has(r.code)) add('revocationMissing', { file: 'revocations', code: r.code, id: r.case_id });
  return { findings, cases, letters, attachments };
}
