/**
 * What every store does with the satisfaction survey, against each implementation (helpers/stores.ts):
 * the file store always, PostgreSQL when LOKET_TEST_DATABASE_URL is set; through the Store interface,
 * but for the last checks, which look at what each store keeps (files, tables) for a trace of a token.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewSurveyResponse } from '../../src/domain/skm.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';
import { tempHome } from '../helpers/cli.js';

const now = () => Date.parse('2026-11-27T09:00:00+07:00');
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const APPLICANT = 'Dinas Kominfo Kabupaten Contoh';
const register = (store: Store, service: 'sosialisasi' | 'imnkk' = 'sosialisasi') =>
  store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, { service, applicant: { name: APPLICANT }, receivedAt: '2026-11-02T09:00:00+07:00' }),
    changes: { agendaNumber: agenda },
  }));
const response = (over: Partial<NewSurveyResponse> = {}): NewSurveyResponse => ({
  date: '2026-11-26',
  service: 'sosialisasi',
  answers: [4, 3, 3, 4, 3, 4, 4, 2, 3],
  ...over,
});
const source = (sha: string) => ({ sha256: sha.repeat(64).slice(0, 64), name: 'kuesioner.csv', rows: 2 });

describe.each(STORE_KINDS)('the survey on the $name store', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('gives a case one token, the same on every workstation; a token names its service, never its case', async () => {
    const { store, again } = await open();
    const a = await register(store);
    const b = await register(store, 'imnkk');
    const token = await store.surveyToken(a.id);
    expect(token).toMatch(/^[a-z2-7]{20}$/);
    expect(await again().surveyToken(a.id)).toBe(token);
    const other = await store.surveyToken(b.id);
    expect(other).not.toBe(token);
    expect(await store.findSurveyToken(token)).toEqual({ service: 'sosialisasi', used: false });
    expect(await store.findSurveyToken(other)).toEqual({ service: 'imnkk', used: false });
    expect(await store.findSurveyToken('aaaaaaaaaaaaaaaaaaaa')).toBeUndefined();
    await expect(store.surveyToken('2026-0099')).rejects.toMatchObject({ problems: [{ key: 'input.caseNotFound' }] });
    // Two workstations asking at once for a case without one: one token.
    const c = await register(store);
    const tokens = await Promise.all([store, again(), again(), again()].map((s) => s.surveyToken(c.id)));
    expect(new Set(tokens).size).toBe(1);
  });

  it('lets a token in once: the response keeps nothing of the case, the applicant or the token', async () => {
    const { store, again } = await open();
    const c = await register(store);
    const token = await store.surveyToken(c.id);
    await store.recordSurveyResponse(response({ suggestion: 'Ruang tunggu nyaman' }), token);
    expect(await store.findSurveyToken(token)).toEqual({ service: 'sosialisasi', used: true });
    await expect(again().recordSurveyResponse(response(), token)).rejects.toMatchObject({
      problems: [{ field: 'token', key: 'skm.input.tokenUsed' }],
    });
    await expect(store.recordSurveyResponse(response(), 'bbbbbbbbbbbbbbbbbbbb')).rejects.toMatchObject({
      problems: [{ field: 'token', key: 'skm.input.tokenUnknown' }],
    });
    const kept = await store.surveyResponses('2026-01-01', '2026-12-31');
    expect(kept).toHaveLength(1);
    expect(Object.keys(kept[0]!).sort()).toEqual(['answers', 'date', 'id', 'service', 'suggestion']);
    const text = JSON.stringify(kept);
    for (const trace of [c.id, token, APPLICANT, String(c.agendaNumber).padStart(4, '0')]) expect(text).not.toContain(trace);
  });

  it('one token, several answers at once: exactly one is recorded', async () => {
    const { store, again } = await open();
    const token = await store.surveyToken((await register(store)).id);
    const results = await Promise.allSettled([store, again(), again(), again()].map((s) => s.recordSurveyResponse(response(), token)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await store.surveyResponses('2026-11-26', '2026-11-26')).toHaveLength(1);
  });

  it('keeps responses by day and then by random id, not in the order they came', async () => {
    const { store } = await open();
    for (let i = 0; i < 12; i++) await store.recordSurveyResponse(response({ date: i % 2 ? '2026-11-26' : '2026-11-25' }));
    const kept = await store.surveyResponses('2026-11-01', '2026-11-30');
    const order = kept.map((r) => `${r.date} ${r.id}`);
    expect(order).toEqual([...order].sort());
    expect(kept.every((r) => /^[0-9a-f]{32}$/.test(r.id))).toBe(true);
  });

  it('lists the responses of the days asked for, across years', async () => {
    const { store } = await open();
    for (const date of ['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31', '2027-01-01'])
      await store.recordSurveyResponse(response({ date }));
    const days = async (from: string, to: string) => (await store.surveyResponses(from, to)).map((r) => r.date);
    expect(await days('2026-01-01', '2026-06-30')).toEqual(['2026-01-01', '2026-06-30']);
    expect(await days('2025-12-31', '2026-01-01')).toEqual(['2025-12-31', '2026-01-01']);
    expect(await days('2026-07-01', '2027-12-31')).toEqual(['2026-07-01', '2026-12-31', '2027-01-01']);
  });

  it('imports a paper batch all or none, and the same file only once', async () => {
    const { store } = await open();
    const batch = [
      response({ date: '2025-12-30' }),
      response({ answers: [1, 2, null, 4, 3, 2, 1, 2, 3], gender: 'P', education: 'S1', occupation: 'PNS' }),
    ];
    expect(await store.importSurveyResponses(batch, source('a'))).toBe(2);
    await expect(store.importSurveyResponses(batch, source('a'))).rejects.toMatchObject({
      problems: [
        { field: 'file', key: 'skm.input.imported', params: { value: 'kuesioner.csv', rows: 2, at: '2026-11-27T09:00:00+07:00' } },
      ],
    });
    // A response the store would not read back stops the whole batch, before anything is written.
    const broken = { ...response(), answers: [5, 3, 3, 4, 3, 4, 4, 2, 3] } as unknown as NewSurveyResponse;
    await expect(store.importSurveyResponses([response(), broken], source('b'))).rejects.toThrow();
    expect((await store.surveyResponses('2025-01-01', '2026-12-31')).map((r) => r.date)).toEqual(['2025-12-30', '2026-11-26']);
    expect(await store.importSurveyResponses([response()], source('b'))).toBe(1);
  });

  it('keeps no time and no order of use beside a token, and no serial or time beside a response', async () => {
    const o = await open();
    const c = await register(o.store);
    const token = await o.store.surveyToken(c.id);
    await o.store.recordSurveyResponse(response(), token);
    if (kind.name === 'files') {
      const book = JSON.parse(readFileSync(join(o.home, 'store', 'survey.json'), 'utf8'));
      expect(book.tokens).toEqual([{ token, caseId: c.id, service: 'sosialisasi', used: true }]);
      const year = JSON.parse(readFileSync(join(o.home, 'store', 'survey-2026.json'), 'utf8'));
      expect(JSON.stringify(year)).not.toContain(token);
      expect(readdirSync(join(o.home, 'store')).filter((n) => n.startsWith('survey'))).toEqual(['survey-2026.json', 'survey.json']);
      // A hand-broken file is a finding of `loket check`, and the survey refuses to read it (exit 3).
      writeFileSync(
        join(o.home, 'store', 'survey-2026.json'),
        JSON.stringify({ ...year, responses: [{ ...year.responses[0], answers: [7] }] }),
      );
      expect((await o.store.check()).findings).toEqual([
        { key: 'store.invalid', params: expect.objectContaining({ problem: expect.stringContaining('answers') }) },
      ]);
      await expect(o.store.surveyResponses('2026-01-01', '2026-12-31')).rejects.toMatchObject({ key: 'store.invalid' });
    } else {
      const { default: postgres } = await import('postgres');
      const sql = postgres(o.env.LOKET_DATABASE_URL!, { max: 1, onnotice: () => undefined });
      try {
        const columns = async (table: string) =>
          (
            await sql`select column_name, column_default from information_schema.columns where table_name = ${table} and table_schema = current_schema() order by ordinal_position`
          ).map((r) => `${r.column_name}${r.column_default ? ` = ${r.column_default}` : ''}`);
        expect(await columns('survey_tokens')).toEqual(['token', 'case_id', 'service', 'used']);
        expect(await columns('survey_responses')).toEqual(['id', 'date', 'service', 'doc']);
      } finally {
        await sql.end();
      }
    }
  });
  describe.each(STORE_KINDS)('backed up and restored into the $name store', (target) => {
    it('keeps every token (used or not), batch and response; a store with answers is not restored over', async () => {
      const { store } = await open();
      const a = await register(store);
      const b = await register(store, 'imnkk');
      const used = await store.surveyToken(a.id);
      const unused = await store.surveyToken(b.id);
      await store.recordSurveyResponse(response({ suggestion: 'Baik' }), used);
      await store.recordSurveyResponse(response({ date: '2025-12-31', service: 'imnkk' }));
      await store.importSurveyResponses([response({ date: '2026-02-01', gender: 'L' })], source('c'));
      const { home, cleanup } = tempHome();
      try {
        const file = join(home, 'cadangan.jsonl');
        await store.backup(file, '2026-11-27T09:00:00+07:00');
        const into = await target.open(now);
        opened.push(into);
        await into.store.restore(file);
        const all = (s: Store) => s.surveyResponses('2000-01-01', '2100-12-31');
        expect(await all(into.store)).toEqual(await all(store));
        expect(await into.store.findSurveyToken(used)).toEqual({ service: 'sosialisasi', used: true });
        expect(await into.store.findSurveyToken(unused)).toEqual({ service: 'imnkk', used: false });
        expect(await into.store.surveyToken(b.id)).toBe(unused);
        await expect(into.store.importSurveyResponses([response()], source('c'))).rejects.toMatchObject({
          problems: [{ key: 'skm.input.imported' }],
        });
        expect((await into.store.check()).findings).toEqual([]);
        // Answers but no case yet (a counter that surveyed before its first registration): not restored over.
        const answered = await target.open(now);
        opened.push(answered);
        await answered.store.recordSurveyResponse(response());
        await expect(answered.store.restore(file)).rejects.toMatchObject({ problems: [{ key: 'input.restoreNotEmpty' }] });
        expect(await all(answered.store)).toHaveLength(1);
        // A response altered in the backup is refused whole (the backup's digest no longer holds).
        const lines = readFileSync(file, 'utf8').replace('"answers":[4,3,3,4,3,4,4,2,3]', '"answers":[9,3,3,4,3,4,4,2,3]');
        writeFileSync(file, lines);
        const fresh = await target.open(now);
        opened.push(fresh);
        await expect(fresh.store.restore(file)).rejects.toMatchObject({ key: 'store.backupAltered' });
        expect(await all(fresh.store)).toEqual([]);
      } finally {
        cleanup();
      }
    });
  });
});
