/**
 * The online survey's use cases on each store: what a token opens (a malformed and an unknown one
 * alike), answers refused with every reason and nothing kept, then kept once, anonymously; and the
 * survey link a case's documents carry, made only when the office has a public page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerPublicSurvey, publicSurvey } from '../../src/app/public-survey.js';
import { createSession } from '../../src/app/session.js';
import { surveyLink } from '../../src/app/survey-link.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

const now = () => Date.parse('2026-11-27T09:00:00+07:00');
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const register = (store: Store, service: 'sosialisasi' | 'pengaduan' = 'sosialisasi') =>
  store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, { service, applicant: { name: 'Siti Aminah' }, receivedAt: '2026-11-02T09:00:00+07:00' }),
    changes: { agendaNumber: agenda },
  }));
const FORM = { u1: '4', u2: '3', u3: '3', u4: '4', u5: '3', u6: '4', u7: '4', u8: '2', u9: '3' };
const session = (store: Store, home: string) => createSession({ user: 'petugas', home, now, store: () => store });
const setPublicUrl = (store: Store, publicUrl: string) =>
  store.updateConfig('config', (c) => ({ value: { ...c, profile: { ...c.profile, serve: { publicUrl } } }, changes: {} }));

describe.each(STORE_KINDS)('the online survey on the $name store', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('a token opens its case\u2019s survey (typed in capitals or groups too); malformed and unknown are the same', async () => {
    const { store } = await open();
    const token = await store.surveyToken((await register(store, 'pengaduan')).id);
    expect(await publicSurvey(store, token)).toEqual({ state: 'open', service: 'pengaduan' });
    expect(await publicSurvey(store, `${token.slice(0, 10).toUpperCase()}-${token.slice(10)}`)).toEqual({
      state: 'open',
      service: 'pengaduan',
    });
    for (const wrong of ['a'.repeat(20), token.slice(0, -1), '<script>', '../../etc/passwd'])
      expect(await publicSurvey(store, wrong), wrong).toEqual({ state: 'unknown' });
  });

  it('answers with a problem are refused with every reason and nothing is kept; sound ones are kept once, without the token', async () => {
    const { store } = await open();
    const c = await register(store);
    const token = await store.surveyToken(c.id);
    const wrong = await answerPublicSurvey(
      store,
      token,
      { ...FORM, u3: '', u7: '9', pekerjaan: 'Astronot', saran: 'x'.repeat(2001) },
      '2026-11-27',
    );
    expect(wrong).toMatchObject({
      state: 'invalid',
      problems: [
        { field: 'u3', key: 'skm.input.unanswered' },
        { field: 'u7', key: 'skm.input.answer' },
        { field: 'pekerjaan', key: 'skm.input.profile' },
        { field: 'saran', key: 'input.tooLong' },
      ],
    });
    expect(await store.surveyResponses('2026-01-01', '2026-12-31')).toEqual([]);
    expect(await publicSurvey(store, token)).toEqual({ state: 'open', service: 'sosialisasi' });

    // The day is today and the service the case's, whatever the form says; a field it does not know is not kept.
    const form = { ...FORM, tanggal: '2026-01-05', layanan: 'imnkk', caseId: c.id, token, pendidikan: 'S1', saran: 'Ruang tunggu sempit' };
    expect(await answerPublicSurvey(store, token.toUpperCase(), form, '2026-11-27')).toEqual({ state: 'recorded' });
    const kept = await store.surveyResponses('2026-01-01', '2026-12-31');
    expect(kept).toHaveLength(1);
    expect(Object.keys(kept[0]!).sort()).toEqual(['answers', 'date', 'education', 'id', 'service', 'suggestion']);
    expect(kept[0]).toMatchObject({ date: '2026-11-27', service: 'sosialisasi', answers: [4, 3, 3, 4, 3, 4, 4, 2, 3], education: 'S1' });
    const text = JSON.stringify(kept);
    for (const tie of [c.id, token, 'Siti Aminah']) expect(text).not.toContain(tie);

    expect(await publicSurvey(store, token)).toEqual({ state: 'answered' });
    expect(await answerPublicSurvey(store, token, FORM, '2026-11-27')).toEqual({ state: 'answered' });
    expect(await answerPublicSurvey(store, 'b'.repeat(20), FORM, '2026-11-27')).toEqual({ state: 'unknown' });
    expect(await answerPublicSurvey(store, 'not a token', FORM, '2026-11-27')).toEqual({ state: 'unknown' });
    expect(await store.surveyResponses('2026-01-01', '2026-12-31')).toHaveLength(1);
  });

  it('two answers sent at once with one token: one is kept, the other is told the survey was answered', async () => {
    const { store, again } = await open();
    const token = await store.surveyToken((await register(store)).id);
    const other = again();
    const results = await Promise.all([
      answerPublicSurvey(store, token, FORM, '2026-11-27'),
      answerPublicSurvey(other, token, FORM, '2026-11-27'),
    ]);
    expect(results.map((r) => r.state).sort()).toEqual(['answered', 'recorded']);
    expect(await store.surveyResponses('2026-01-01', '2026-12-31')).toHaveLength(1);
  });

  it('the survey link of a case: none (and no token made) without a public page, else the page and the case\u2019s one token', async () => {
    const { store, home } = await open();
    const c = await register(store);
    expect(await surveyLink(session(store, home), c.id)).toBeUndefined();
    if (kind.name === 'files') expect(existsSync(join(home, 'store', 'survey.json'))).toBe(false);
    await setPublicUrl(store, 'https://layanan.contoh.go.id/');
    const s = session(store, home);
    const link = await surveyLink(s, c.id);
    expect(link).toMatch(/^https:\/\/layanan\.contoh\.go\.id\/survei\/[a-z2-7]{20}$/);
    expect(await surveyLink(s, c.id)).toBe(link);
    if (kind.name === 'files') expect(existsSync(join(home, 'store', 'survey.json'))).toBe(true);
    expect(link).toBe(`https://layanan.contoh.go.id/survei/${await store.surveyToken(c.id)}`);
    expect(await surveyLink(s, (await register(store)).id)).not.toBe(link);
  });
});
