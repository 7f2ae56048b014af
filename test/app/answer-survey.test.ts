/**
 * The use case the online page and the counter screen call: answers checked as a whole, a token let
 * in once, nothing of the case kept with the answers; on each store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answerSurvey, surveyTokenFor } from '../../src/app/answer-survey.js';
import { skmReport } from '../../src/app/skm-report.js';
import type { Store } from '../../src/store/store.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

const now = () => Date.parse('2026-11-27T09:00:00+07:00');
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const register = (store: Store, service: 'sosialisasi' | 'imnkk' = 'sosialisasi') =>
  store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, { service, applicant: { name: 'Siti Aminah' }, receivedAt: '2026-11-02T09:00:00+07:00' }),
    changes: { agendaNumber: agenda },
  }));
const FORM = { u1: '4', u2: '3', u3: '3', u4: '4', u5: '3', u6: '4', u7: '4', u8: '2', u9: '3', jenis_kelamin: 'P', saran: 'Terima kasih' };

describe.each(STORE_KINDS)('answer survey on the $name store', (kind) => {
  const open = async () => {
    const o = await kind.open(now);
    opened.push(o);
    return o;
  };

  it('online: the token names the service and lets one answer in; the day is today whatever the form says', async () => {
    const { store } = await open();
    const c = await register(store, 'imnkk');
    const token = await surveyTokenFor(store, c.id);
    const { response } = await answerSurvey(store, { token }, { ...FORM, tanggal: '2026-01-01', layanan: 'sosialisasi' }, '2026-11-27');
    expect(response).toEqual({
      date: '2026-11-27',
      service: 'imnkk',
      answers: [4, 3, 3, 4, 3, 4, 4, 2, 3],
      gender: 'P',
      suggestion: 'Terima kasih',
    });
    await expect(answerSurvey(store, { token }, FORM, '2026-11-27')).rejects.toMatchObject({
      problems: [{ field: 'token', key: 'skm.input.tokenUsed' }],
    });
    await expect(answerSurvey(store, { token: 'cccccccccccccccccccc' }, FORM, '2026-11-27')).rejects.toMatchObject({
      problems: [{ field: 'token', key: 'skm.input.tokenUnknown' }],
    });
    const report = await skmReport(store, '2026-11', 'imnkk');
    expect([report.index.respondents, report.population, report.suggestions]).toEqual([1, 1, ['Terima kasih']]);
  });

  it('a form with a problem records nothing and leaves the token unused, naming every field', async () => {
    const { store } = await open();
    const token = await store.surveyToken((await register(store)).id);
    await expect(answerSurvey(store, { token }, { ...FORM, u3: '', u7: '9', pendidikan: 'TK' }, '2026-11-27')).rejects.toMatchObject({
      problems: [
        { field: 'u3', key: 'skm.input.unanswered' },
        { field: 'u7', key: 'skm.input.answer' },
        { field: 'pendidikan', key: 'skm.input.profile' },
      ],
    });
    expect(await store.findSurveyToken(token)).toEqual({ service: 'sosialisasi', used: false });
    expect(await store.surveyResponses('2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('at the counter: the service of the visit, no token, as many visitors as come', async () => {
    const { store } = await open();
    await answerSurvey(store, { counter: 'sosialisasi' }, FORM, '2026-11-27');
    await answerSurvey(store, { counter: 'sosialisasi' }, { ...FORM, u8: 'd', jenis_kelamin: 'Laki-laki' }, '2026-11-27');
    const kept = await store.surveyResponses('2026-11-27', '2026-11-27');
    expect(kept.map((r) => [r.service, r.answers[7], r.gender]).sort()).toEqual([
      ['sosialisasi', 2, 'P'],
      ['sosialisasi', 4, 'L'],
    ]);
  });

  it('at the counter after the visit a case answered: once, and the link of its slip no longer lets a second answer in', async () => {
    const { store } = await open();
    const { id } = await register(store);
    const token = await store.surveyToken(id);
    await answerSurvey(store, { counter: 'pengaduan', caseId: id }, FORM, '2026-11-27');
    await expect(answerSurvey(store, { token }, FORM, '2026-11-27')).rejects.toMatchObject({ problems: [{ key: 'skm.input.tokenUsed' }] });
    await expect(answerSurvey(store, { counter: 'sosialisasi', caseId: id }, FORM, '2026-11-27')).rejects.toMatchObject({
      problems: [{ key: 'skm.input.tokenUsed' }],
    });
    // The service is the case's, as online.
    expect((await store.surveyResponses('2026-11-27', '2026-11-27')).map((r) => r.service)).toEqual(['sosialisasi']);
  });
});
