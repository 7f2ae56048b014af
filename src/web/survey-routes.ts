/**
 * `GET /survei/{token}` and its `POST`: the satisfaction survey a letter, a slip or an e-mail links
 * to. A malformed and an unknown token get the same 404; a used one a polite 410. The answers are
 * checked as a whole by the use case and the form comes back with the reasons (400, nothing kept)
 * until they are all sound; then they are kept anonymously and the token is only marked used.
 * No CSRF token: the form is anonymous and its one-shot token in the address is its only key, so a
 * forged post could do no more than its holder may (answer once, as nobody).
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timeout } from 'hono/timeout';
import { normalizeSurveyToken } from '../domain/survey-token.js';
import { ANSWER_COLUMNS } from '../domain/skm.js';
import type { MessageKey } from '../i18n/id.js';
import type { Questionnaire } from '../skm-questionnaire.js';
import type { Html, PageContext } from './pages/layout.js';
import { surveyAnsweredPage, surveyPage, surveyThanksPage, surveyUnknownPage, type Typed } from './pages/survey.js';
import type { WebEnv as E } from './app.js';
import type { PublicPort } from './public-port.js';
import { RateLimit } from './rate-limit.js';
import { wantsJson } from './request.js';

/** What the app lends the survey's routes: its page context, rendering, refusals and limits. */
export interface SurveyRouteTools {
  port: PublicPort;
  page(c: Context<E>): Promise<PageContext>;
  render(c: Context<E>, status: 200 | 400 | 404 | 410, make: (ctx: PageContext) => Html): Promise<Response>;
  refuse(c: Context<E>, status: 413, key: MessageKey): Promise<Response>;
  limited(limit: RateLimit): MiddlewareHandler<E>;
  noStore: MiddlewareHandler<E>;
  lookups: RateLimit;
  /** Answers sent per client address a minute. */
  answersPerMinute: number;
  timeoutMs: number;
  now?: () => number;
}

/** A form is small: nine answers, three choices and a suggestion of 2,000 characters, however encoded. */
export const SURVEY_BODY_BYTES = 32 * 1024;

/** The questionnaire as JSON: each element with the form field that answers it. */
function questionnaireJson(q: Questionnaire) {
  return { ...q, elements: q.elements.map((e, i) => ({ field: ANSWER_COLUMNS[i], ...e })) };
}

/** The fields of a posted form (urlencoded or multipart) or JSON object, text and numbers only. */
async function posted(c: Context<E>): Promise<Record<string, unknown>> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const body: unknown = type.startsWith('application/json')
    ? await c.req.json().catch(() => ({}))
    : await c.req.parseBody().catch(() => ({}));
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
}

/** The form's fields as text, to be shown again. */
function typedOf(form: Record<string, unknown>): Typed {
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
}

/** Adds the survey's two routes to `app`. */
export function surveyRoutes(app: Hono<E>, tools: SurveyRouteTools): void {
  const answers = new RateLimit(tools.answersPerMinute, tools.now);
  const closed = (c: Context<E>, state: 'answered' | 'unknown') => {
    if (wantsJson(c.req.header('accept')))
      return state === 'unknown' ? c.json({ found: false }, 404) : c.json({ found: true, answered: true }, 410);
    return state === 'unknown' ? tools.render(c, 404, surveyUnknownPage) : tools.render(c, 410, surveyAnsweredPage);
  };

  app.get('/survei/:token', tools.noStore, tools.limited(tools.lookups), timeout(tools.timeoutMs), async (c) => {
    const ctx = await tools.page(c);
    const found = await tools.port.survey(c.req.param('token'), ctx.text.lang);
    if (found.state !== 'open') return closed(c, found.state);
    if (wantsJson(c.req.header('accept')))
      return c.json({ found: true, answered: false, service: found.service, questionnaire: questionnaireJson(found.questionnaire) });
    const open = { token: normalizeSurveyToken(c.req.param('token'))!, ...found };
    return tools.render(c, 200, (ctx) => surveyPage(ctx, open));
  });

  app.post(
    '/survei/:token',
    tools.noStore,
    tools.limited(answers),
    timeout(tools.timeoutMs),
    bodyLimit({ maxSize: SURVEY_BODY_BYTES, onError: (c) => tools.refuse(c as Context<E>, 413, 'web.error.formTooLarge') }),
    async (c) => {
      const ctx = await tools.page(c);
      const token = c.req.param('token');
      const found = await tools.port.survey(token, ctx.text.lang);
      if (found.state !== 'open') return closed(c, found.state);
      const form = await posted(c);
      const result = await tools.port.answerSurvey(token, form);
      const json = wantsJson(c.req.header('accept'));
      if (result.state === 'recorded')
        return json ? c.json({ recorded: true }, 201) : tools.render(c, 200, (ctx) => surveyThanksPage(ctx, found.questionnaire));
      if (result.state !== 'invalid') return closed(c, result.state);
      if (json)
        return c.json(
          { recorded: false, problems: result.problems.map((p) => ({ field: p.field, message: ctx.text.t(p.key, p.params) })) },
          400,
        );
      const open = { token: normalizeSurveyToken(token)!, ...found };
      return tools.render(c, 400, (ctx) => surveyPage(ctx, open, typedOf(form), result.problems));
    },
  );
}
