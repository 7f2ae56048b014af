/**
 * IM-NKK from the menu: a requirement that arrived (the last one starts the 12-month clock), a visit
 * planned or held, the plenary's result. Each answer is checked as typed by the domain's own rule
 * tried on the case, then the step is recorded by the use case the command line calls (app/imnkk-steps.ts).
 */
import { checklists } from '../../app/checklists.js';
import { recordImnkkRequirements, recordPlenaryResult, recordVisit } from '../../app/imnkk-steps.js';
import { caseView } from '../../app/case-view.js';
import { dateOption, numberOption } from '../../app/typed-values.js';
import { addVerification, assertRequirementDate, recordPlenary } from '../../domain/imnkk.js';
import { MODES, type Case, type Mode } from '../../domain/model.js';
import type { NextStep } from '../../domain/next-steps.js';
import { missingRequirements } from '../../domain/requirements.js';
import { ProblemList } from '../../errors.js';
import { num, t } from '../../i18n/index.js';
import { dateText, storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { fieldVerdict, runForm, type Answers, type Question } from './form.js';
import { promptDate } from './problems.js';
import { tell, type Screen } from './screen.js';

const text = (a: Answers, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);

/** Runs one IM-NKK step on the case. */
export async function imnkkStep(m: Screen, step: NextStep, c: Case): Promise<void> {
  if (step === 'imnkkRequirements') return requirements(m, c);
  if (step === 'imnkkVisit') return visit(m, c);
  if (step === 'imnkkPlenary') return plenary(m, c);
  throw new Error(`not an IM-NKK step: ${step}`);
}

/** A date typed as people type it, then the domain's rule for it tried on the case (the field `date`). */
function dateQuestion(key: string, message: string, rule: (date: string, a: Answers) => void, fallback?: string): Question {
  return {
    key,
    kind: 'text',
    message,
    required: fallback === undefined,
    ...(fallback === undefined ? {} : { default: () => promptDate(fallback) }),
    check: (value, a) => {
      const problems = new ProblemList();
      const date = dateOption(problems, 'date', value);
      return fieldVerdict('date', () => {
        problems.throwIfAny();
        if (date) rule(date, a);
      });
    },
    fields: ['date'],
  };
}

const FIELD_OF: Record<string, 'ethicsRegulation' | 'sindenAccount' | 'operatorLetter'> = {
  'ethics-regulation': 'ethicsRegulation',
  'sinden-account': 'sindenAccount',
  'operator-letter': 'operatorLetter',
};

async function requirements(m: Screen, c: Case): Promise<void> {
  const today = await m.ctx.today();
  const missing = missingRequirements(c, checklists());
  const ticked = (key: string) => (a: Answers) => Array.isArray(a.arrived) && a.arrived.includes(key);
  const questions: Question[] = [
    {
      key: 'arrived',
      kind: 'checks',
      message: t('menu.ask.arrived'),
      required: true,
      choices: () => missing.map((k) => ({ value: k, name: uiLabel('requirement', k) })),
      fields: ['ethicsRegulation'],
    },
    { key: 'ethicsRegulation', kind: 'text', message: t('menu.ask.ethicsRegulation'), required: true, when: ticked('ethics-regulation') },
    { key: 'sindenAccount', kind: 'text', message: t('menu.ask.sindenAccount'), required: true, when: ticked('sinden-account') },
    { key: 'operatorLetter', kind: 'text', message: t('menu.ask.operatorLetter'), required: true, when: ticked('operator-letter') },
    dateQuestion('date', t('menu.ask.requirementDate'), (date) => assertRequirementDate(c, date, today), today),
  ];
  const done = await runForm(
    questions,
    (a) => {
      const arrived = Array.isArray(a.arrived) ? a.arrived : [];
      const given = Object.fromEntries(
        Object.entries(FIELD_OF)
          .filter(([key]) => arrived.includes(key))
          .map(([, field]) => [field, text(a, field)]),
      );
      return recordImnkkRequirements(m.ctx, {
        id: c.id,
        ...given,
        selfAssessmentComplete: arrived.includes('self-assessment') || undefined,
        date: text(a, 'date'),
      });
    },
    m.say,
  );
  const profile = await m.ctx.profile();
  const view = caseView(done);
  await tell(
    m,
    done.imnkk?.clockStart
      ? t('imnkk.clock', {
          id: done.id,
          start: dateText(done.imnkk.clockStart),
          due: done.answerDue ? storedTimeText(done.answerDue, profile) : '-',
        })
      : t('imnkk.stillMissing', { id: done.id, list: view.missing.map((k) => uiLabel('requirement', k)).join('; ') }),
  );
}

async function visit(m: Screen, c: Case): Promise<void> {
  const today = await m.ctx.today();
  const questions: Question[] = [
    {
      key: 'planned',
      kind: 'select',
      message: t('menu.ask.visitKind'),
      choices: () => [
        { value: 'held', name: t('menu.visit.held') },
        { value: 'planned', name: t('menu.visit.planned') },
      ],
    },
    dateQuestion('date', t('menu.ask.visitDate'), (date, a) =>
      addVerification(c, { date, mode: 'luring', team: [], planned: a.planned === 'planned' }, today),
    ),
    { key: 'mode', kind: 'select', message: t('ask.mode'), choices: () => MODES.map((v) => ({ value: v, name: uiLabel('mode', v) })) },
    { key: 'team', kind: 'text', message: t('menu.ask.team') },
    { key: 'note', kind: 'text', message: t('menu.ask.visitNote') },
  ];
  const done = await runForm(
    questions,
    (a) =>
      recordVisit(m.ctx, {
        id: c.id,
        date: text(a, 'date') ?? '',
        mode: (text(a, 'mode') ?? 'luring') as Mode,
        team: text(a, 'team'),
        note: text(a, 'note'),
        planned: a.planned === 'planned' || undefined,
      }),
    m.say,
  );
  await tell(m, t('imnkk.verified', { id: done.id, n: done.imnkk?.verifications.length ?? 0 }));
}

async function plenary(m: Screen, c: Case): Promise<void> {
  const profile = await m.ctx.profile();
  const max = profile.services.imnkk.maxScore;
  const { categoryBands } = await import('../../reference/imnkk-categories.js');
  const bands = categoryBands(m.ctx.home);
  // The domain's own check of a plenary, tried on the case with what is known so far.
  const trial = (over: { date?: string; score?: number; criteria?: number[] }) =>
    recordPlenary(c, { date: '9999-12-31', at: '', by: '', decree: '-', score: 0, recommendations: [], ...over }, max, bands);
  const score = (a: Answers) => Number(text(a, 'score')?.replace(',', '.'));
  const questions: Question[] = [
    dateQuestion('date', t('menu.ask.plenaryDate'), (date) => trial({ date })),
    { key: 'decree', kind: 'text', message: t('menu.ask.decree'), required: true },
    {
      key: 'score',
      kind: 'text',
      message: t('menu.ask.score', { max: num(max) }),
      required: true,
      check: (value) => {
        const problems = new ProblemList();
        const n = numberOption(problems, 'score', value.replace(',', '.'), 0, max);
        return fieldVerdict('score', () => {
          problems.throwIfAny();
          trial({ score: n });
        });
      },
    },
    {
      key: 'criteria',
      kind: 'text',
      message: t('menu.ask.criteria'),
      check: (value, a) => {
        // Read as the use case reads them, each a number, then the domain's count and sum tried on the case.
        const problems = new ProblemList();
        const criteria = value.split(/[;,]/).map((x) => numberOption(problems, 'criteria', x.trim(), 0, 100_000) ?? NaN);
        return fieldVerdict('criteria', () => {
          problems.throwIfAny();
          trial({ score: score(a), criteria });
        });
      },
    },
    { key: 'recommendations', kind: 'text', message: t('menu.ask.recommendations') },
  ];
  const done = await runForm(
    questions,
    (a) =>
      recordPlenaryResult(m.ctx, {
        id: c.id,
        date: text(a, 'date') ?? '',
        decree: text(a, 'decree') ?? '',
        score: (text(a, 'score') ?? '').replace(',', '.'),
        criteria: text(a, 'criteria')?.replace(/;\s*/g, ','),
        recommendation: (text(a, 'recommendations') ?? '')
          .split(';')
          .map((r) => r.trim())
          .filter(Boolean),
      }),
    m.say,
  );
  const p = done.imnkk?.plenary;
  if (p)
    await tell(
      m,
      t('imnkk.plenary', { id: done.id, score: num(p.score), max: num(p.maxScore), index: num(p.index, 2, true), category: p.category }),
    );
}
