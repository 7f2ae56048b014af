/**
 * The satisfaction survey as a page: the nine elements in the regulation's order, each a group of
 * four worded answers under its legend, then the respondent's profile and a free suggestion. It
 * works without script: the server checks every answer and shows the form again with the reasons
 * and what was typed; and the pages for a survey answered, an unknown link, and thanks.
 */
import { html, raw } from 'hono/html';
import { ANSWER_COLUMNS, PROFILE_CODES, PROFILE_FIELDS, type ProfileField } from '../../domain/skm.js';
import { MAX_SUGGESTION } from '../../domain/skm-answers.js';
import type { Problem } from '../../errors.js';
import type { Questionnaire } from '../../skm-questionnaire.js';
import { href, layout, type Html, type PageContext } from './layout.js';

/** The open survey a page shows: its token, the service rated and the questionnaire. */
export interface OpenSurvey {
  token: string;
  service: string;
  questionnaire: Questionnaire;
}

/** What the visitor typed, by field, to be shown again. */
export type Typed = Record<string, string>;

const checked = (on: boolean) => (on ? raw(' checked') : '');
const selected = (on: boolean) => (on ? raw(' selected') : '');

/** The message of a problem in the page's language, as a sentence. */
function reason(ctx: PageContext, p: Problem): string {
  const text = p.key === 'skm.input.unanswered' ? ctx.text.t('web.page.survey.chooseOne') : ctx.text.t(p.key, p.params);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a problem's link in the summary leads: the field's first control. */
function anchor(field: string): string {
  return (ANSWER_COLUMNS as readonly string[]).includes(field) ? `${field}-1` : field;
}

/** The name of a field as the summary lists it. */
function fieldName(ctx: PageContext, q: Questionnaire, field: string): string {
  const i = (ANSWER_COLUMNS as readonly string[]).indexOf(field);
  if (i >= 0) return `${i + 1}. ${q.elements[i]?.name ?? field}`;
  if (field === 'saran') return ctx.text.t('web.page.survey.suggestion');
  return q.profile[field as ProfileField]?.question ?? field;
}

/** The error under a field's legend or label, when it has one. */
function fieldError(ctx: PageContext, field: string, problems: Problem[]): Html | string {
  const mine = problems.filter((p) => p.field === field);
  if (!mine.length) return '';
  return html`<p class="error" id="${field}-error">
    <span class="skip">${ctx.text.t('web.page.survey.errorTitle')}: </span>${mine.map((p) => reason(ctx, p)).join(' ')}
  </p>`;
}

const describedBy = (field: string, problems: Problem[], hint?: string) => {
  const ids = [hint, problems.some((p) => p.field === field) ? `${field}-error` : undefined].filter(Boolean);
  return ids.length ? raw(` aria-describedby="${ids.join(' ')}"`) : '';
};
const invalid = (field: string, problems: Problem[]) => (problems.some((p) => p.field === field) ? raw(' aria-invalid="true"') : '');

/** One element: its name and question as the legend, its four answers as radio buttons. */
function elementGroup(ctx: PageContext, q: Questionnaire, i: number, typed: Typed, problems: Problem[]): Html {
  const e = q.elements[i]!;
  const field = ANSWER_COLUMNS[i]!;
  const wrong = problems.some((p) => p.field === field);
  // The mark of an error is on a box around the group: a fieldset's own border would run behind its legend.
  return html`<div class="question${wrong ? ' wrong' : ''}">
    <fieldset ${describedBy(field, problems)}>
      <legend>
        <span class="element">${ctx.text.t('web.page.survey.element', { n: i + 1, name: e.name })}</span>
        <span class="ask">${e.question}</span>
      </legend>
      ${fieldError(ctx, field, problems)}
      ${e.answers.map(
        (words, k) =>
          html`<div class="choice">
            <input type="radio" id="${field}-${k + 1}" name="${field}" value="${k + 1}" ${checked(typed[field] === String(k + 1))} />
            <label for="${field}-${k + 1}">${words}</label>
          </div>`,
      )}
    </fieldset>
  </div>`;
}

/** One profile question as a list with "not stated" first, so that an answer can be taken back without script. */
function profileField(ctx: PageContext, q: Questionnaire, field: ProfileField, typed: Typed, problems: Problem[]): Html {
  const p = q.profile[field];
  const value = typed[field] ?? '';
  return html`<div class="field${problems.some((x) => x.field === field) ? ' wrong' : ''}">
    <label for="${field}">${p.question}</label>
    ${fieldError(ctx, field, problems)}
    <select id="${field}" name="${field}" ${describedBy(field, problems)}${invalid(field, problems)}>
      <option value="">${ctx.text.t('web.page.survey.notStated')}</option>
      ${PROFILE_CODES[field].map((code) => html`<option value="${code}" ${selected(value === code)}>${p.choices[code] ?? code}</option>`)}
    </select>
  </div>`;
}

/** The summary of what is wrong, at the top of the form, each linking to its field. */
function problemSummary(ctx: PageContext, q: Questionnaire, problems: Problem[]): Html | string {
  if (!problems.length) return '';
  const { t } = ctx.text;
  const fields = [...new Set(problems.map((p) => p.field))];
  return html`<div class="error-summary" role="alert" aria-labelledby="masalah">
    <h2 id="masalah">${t('web.page.survey.problems')}</h2>
    <p>${t('web.page.survey.problemsLead')}</p>
    <ul>
      ${fields.map(
        (f) =>
          html`<li>
            <a href="#${anchor(f)}"
              >${fieldName(ctx, q, f)}:
              ${problems
                .filter((p) => p.field === f)
                .map((p) => reason(ctx, p))
                .join(' ')}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The survey's form (GET, and again after a POST with problems, with what was typed). */
export function surveyPage(ctx: PageContext, s: OpenSurvey, typed: Typed = {}, problems: Problem[] = []): Html {
  const { t, label } = ctx.text;
  const q = s.questionnaire;
  const body = html`<h1>${q.title}</h1>
    ${problemSummary(ctx, q, problems)}
    <p>${q.introduction}</p>
    <form method="post" action="${href(ctx, `/survei/${s.token}`)}" novalidate>
      <section aria-labelledby="layanan">
        <h2 id="layanan">${t('web.page.survey.service')}</h2>
        <p>${q.profile.layanan.question}: <strong>${label('service', s.service)}</strong></p>
      </section>
      <section aria-labelledby="unsur">
        <h2 id="unsur">${t('web.page.survey.elements')}</h2>
        <p class="hint">${t('web.page.survey.elementsHelp')}</p>
        ${q.elements.map((_e, i) => elementGroup(ctx, q, i, typed, problems))}
      </section>
      <section aria-labelledby="profil">
        <h2 id="profil">${t('web.page.survey.profile')}</h2>
        <p class="hint">${t('web.page.survey.profileHelp')}</p>
        ${PROFILE_FIELDS.map((f) => profileField(ctx, q, f, typed, problems))}
      </section>
      <section aria-labelledby="saran-judul">
        <h2 id="saran-judul">${t('web.page.survey.suggestion')}</h2>
        <div class="field${problems.some((p) => p.field === 'saran') ? ' wrong' : ''}">
          <label for="saran">${q.suggestion.question}</label>
          <p class="hint" id="saran-hint">${t('web.page.survey.suggestionHelp', { max: MAX_SUGGESTION })}</p>
          ${fieldError(ctx, 'saran', problems)}
          <textarea
            id="saran"
            name="saran"
            rows="5"
            maxlength="${MAX_SUGGESTION}"
            ${describedBy('saran', problems, 'saran-hint')}${invalid('saran', problems)}
          >
${typed.saran ?? ''}</textarea>
        </div>
      </section>
      <p class="privacy">${t('web.page.survey.once')}</p>
      <button type="submit">${t('web.page.survey.submit')}</button>
    </form>`;
  const title = problems.length ? `${t('web.page.survey.errorTitle')}: ${q.title}` : q.title;
  return layout(ctx, title, body);
}

/** After the answers were kept: thanks, in the questionnaire's words. */
export function surveyThanksPage(ctx: PageContext, q: Questionnaire): Html {
  const { t } = ctx.text;
  return layout(
    ctx,
    t('web.page.survey.thanks'),
    html`<h1>${t('web.page.survey.thanks')}</h1>
      <p class="verdict valid" role="status">${t('web.page.survey.recorded')}</p>
      <p>${q.thanks}</p>
      <p><a href="${href(ctx, '/')}">${t('web.page.back')}</a></p>`,
  );
}

/** A link whose survey was answered already: said politely, nothing else. */
export function surveyAnsweredPage(ctx: PageContext): Html {
  const { t } = ctx.text;
  return layout(
    ctx,
    t('web.page.survey.answered'),
    html`<h1>${t('web.page.survey.answered')}</h1>
      <p class="verdict valid" role="status">${t('web.page.survey.answeredHelp')}</p>
      <p><a href="${href(ctx, '/')}">${t('web.page.back')}</a></p>`,
  );
}

/** The one answer to a link that opens nothing, whether mistyped or never given. */
export function surveyUnknownPage(ctx: PageContext): Html {
  const { t } = ctx.text;
  return layout(
    ctx,
    t('web.page.survey.unknown'),
    html`<h1>${t('web.page.survey.unknown')}</h1>
      <p class="verdict invalid" role="alert">${t('web.page.survey.unknownHelp')}</p>
      <p><a href="${href(ctx, '/')}">${t('web.page.back')}</a></p>`,
  );
}
