/**
 * The use case of the online and the counter survey: one visitor's answers, checked as a whole and
 * recorded anonymously. Online, the token of the visitor's case lets one answer in and names the
 * service; at the counter, the case just answered names it. Nothing of the case, the visitor or the
 * token is kept with the answers.
 */
import type { Service } from '../domain/model.js';
import type { NewSurveyResponse } from '../domain/skm.js';
import { readAnswers, type SurveyRaw } from '../domain/skm-answers.js';
import { InputError } from '../errors.js';
import type { SurveyStore } from '../store/survey-store.js';
import { profileNamed, serviceNamed } from './survey-lookups.js';

/**
 * How the visitor came to the survey: a token from a letter, slip or e-mail, or the counter after a
 * walk-in (with the case it answered, so that the same visit is not answered again online).
 */
export type SurveyEntry = { token: string } | { counter: Service; caseId?: string };

/**
 * Records one visitor's answers (the fields of the form: u1 … u9 required, 1–4 or a–d;
 * jenis_kelamin, pendidikan, pekerjaan and saran optional) as given on `today`. An InputError names
 * every field that is wrong (nothing recorded), or `token` when the token is unknown or was used.
 */
export async function answerSurvey(
  store: SurveyStore,
  entry: SurveyEntry,
  answers: SurveyRaw,
  today: string,
): Promise<{ response: NewSurveyResponse }> {
  // At the counter, the case's own token (made now when its slip carried none): one answer per case either way.
  const token = 'token' in entry ? entry.token : entry.caseId ? await store.surveyToken(entry.caseId) : undefined;
  let service = 'counter' in entry ? entry.counter : undefined;
  if (token !== undefined) {
    const info = await store.findSurveyToken(token);
    if (!info) throw InputError.of('token', 'skm.input.tokenUnknown');
    if (info.used) throw InputError.of('token', 'skm.input.tokenUsed');
    service = info.service;
  }
  if (!service) throw new Error('a survey entry names neither a token nor a service');
  // The day is today and the service the one of the visit, whatever the form says.
  const read = readAnswers(
    { ...answers, tanggal: undefined, layanan: undefined },
    { requireAll: true, today, service, serviceOf: serviceNamed, profileOf: profileNamed() },
  );
  if ('problems' in read) throw new InputError(read.problems);
  await store.recordSurveyResponse(read.response, token);
  return read;
}

/** The survey token of a case, made the first time (for the link and QR code on its letter, slip and e-mail). */
export function surveyTokenFor(store: SurveyStore, caseId: string): Promise<string> {
  return store.surveyToken(caseId);
}
