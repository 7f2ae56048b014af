/**
 * The counter survey (SKM): after a walk-in is answered, the officer offers the visitor the screen,
 * which then shows only the questionnaire (the case is cleared away), one question at a time with its
 * four answers, the profile (each may be skipped) and a suggestion. The answers are recorded together
 * by `answerSurvey` once the last is given, anonymously: Ctrl+C or Esc before that records nothing.
 */
import { answerSurvey } from '../../app/answer-survey.js';
import type { Service } from '../../domain/model.js';
import { ANSWER_COLUMNS, PROFILE_FIELDS } from '../../domain/skm.js';
import type { SurveyRaw } from '../../domain/skm-answers.js';
import { isCancelled } from '../../errors.js';
import { language, t } from '../../i18n/index.js';
import { fitWidth } from '../../render/desk-lines.js';
import { questionnaire } from '../../skm-questionnaire.js';
import { askSelect, askText, isBack } from '../prompts.js';
import { refusalLines } from './problems.js';
import { SCREEN_WIDTH, tell, type Screen } from './screen.js';

/** Asks the officer whether to hand the screen to the visitor; runs the survey if so. */
export async function offerSurvey(m: Screen, service: Service, caseId?: string): Promise<void> {
  const answer = await askSelect(
    t('menu.survey.offer'),
    [
      { value: 'ya', name: t('menu.survey.offerYes') },
      { value: 'tidak', name: t('menu.survey.offerNo') },
    ],
    undefined,
    { back: true },
  ).catch((error: unknown) => (isBack(error) ? 'tidak' : Promise.reject(error)));
  if (answer === 'ya') await visitorSurvey(m, service, caseId);
}

/** The visitor's own screen; nothing is recorded unless every answer is given and the store takes them. */
export async function visitorSurvey(m: Screen, service: Service, caseId?: string): Promise<void> {
  const q = questionnaire(language());
  const raw: SurveyRaw = {};
  const back = { back: true };
  try {
    await m.clear();
    await m.say(`${fitWidth(`${q.title}\n\n${q.introduction}\n\n${t('menu.survey.howTo')}`, SCREEN_WIDTH)}\n`);
    for (const [i, element] of q.elements.entries()) {
      const column = ANSWER_COLUMNS[i];
      if (!column) continue;
      const choices = element.answers.map((name, n) => ({ value: String(n + 1), name }));
      raw[column] = await askSelect(`${i + 1}. ${element.question}`, choices, undefined, back);
    }
    for (const field of PROFILE_FIELDS) {
      const p = q.profile[field];
      const choices = Object.entries(p.choices).map(([value, name]) => ({ value, name }));
      // Enter alone says nothing about the visitor: not answering comes first.
      const chosen = await askSelect(p.question, [{ value: '', name: t('menu.survey.skip') }, ...choices], undefined, back);
      if (chosen) raw[field] = chosen;
    }
    const suggestion = await askText(q.suggestion.question, back);
    if (suggestion) raw.saran = suggestion;
  } catch (error) {
    if (!isBack(error) && !isCancelled(error)) throw error;
    await m.clear();
    await m.say(t('menu.survey.cancelled'));
    return;
  }
  try {
    await answerSurvey(m.ctx.store(), { counter: service, ...(caseId ? { caseId } : {}) }, raw, await m.ctx.today());
  } catch (error) {
    await m.say(fitWidth(refusalLines(error).join('\n'), SCREEN_WIDTH));
    return;
  }
  await askSelect(q.thanks, [{ value: 'ok', name: t('menu.survey.done') }]).catch((error: unknown) =>
    isBack(error) || isCancelled(error) ? 'ok' : Promise.reject(error),
  );
  await m.clear();
  await tell(m, t('menu.survey.recorded'));
}
