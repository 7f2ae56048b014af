/**
 * The online survey as the public page asks for it: what a token lets in, and one visitor's answers
 * recorded through `answerSurvey` (anonymously: the token is only marked used). A malformed token and
 * one the store never made are the same answer, "unknown"; a used one says so.
 */
import type { Service } from '../domain/model.js';
import { SURVEY_FIELDS, type SurveyRaw } from '../domain/skm-answers.js';
import { normalizeSurveyToken } from '../domain/survey-token.js';
import { InputError, type Problem } from '../errors.js';
import type { SurveyStore } from '../store/survey-store.js';
import { answerSurvey } from './answer-survey.js';

/** What a token lets the page show. */
export type PublicSurvey = { state: 'open'; service: Service } | { state: 'answered' } | { state: 'unknown' };

/** What became of a visitor's answers: recorded, refused with every problem (nothing kept), or the token's refusal. */
export type PublicSurveyAnswer = { state: 'recorded' } | { state: 'invalid'; problems: Problem[] } | { state: 'answered' | 'unknown' };

/** The survey a token (as typed or scanned) opens. */
export async function publicSurvey(store: SurveyStore, typed: string): Promise<PublicSurvey> {
  const token = normalizeSurveyToken(typed);
  const info = token ? await store.findSurveyToken(token) : undefined;
  if (!info) return { state: 'unknown' };
  return info.used ? { state: 'answered' } : { state: 'open', service: info.service };
}

/**
 * Records the answers a form sent (only the questionnaire's own fields, as text; the day and the
 * service are never the form's) on `today`, once per token.
 */
export async function answerPublicSurvey(
  store: SurveyStore,
  typed: string,
  form: Record<string, unknown>,
  today: string,
): Promise<PublicSurveyAnswer> {
  const token = normalizeSurveyToken(typed);
  if (!token) return { state: 'unknown' };
  const fields: SurveyRaw = {};
  for (const field of SURVEY_FIELDS) {
    const value = form[field];
    if (field !== 'tanggal' && field !== 'layanan' && (typeof value === 'string' || typeof value === 'number')) fields[field] = value;
  }
  try {
    await answerSurvey(store, { token }, fields, today);
    return { state: 'recorded' };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const refusal = error.problems.find((p) => p.field === 'token');
    if (refusal) return { state: refusal.key === 'skm.input.tokenUsed' ? 'answered' : 'unknown' };
    return { state: 'invalid', problems: error.problems };
  }
}
