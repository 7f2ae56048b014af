/**
 * The plain steps of a case from the menu: dispose, analyse, examine, decide, papers that arrive,
 * reopen. Each asks what the step needs (prefilled from the case where it can be), checks each answer
 * as it is given by the rules the use case applies, and calls that use case once with the whole.
 */
import { analyseCase, disposeCase, examineReport, reopenCase } from '../../app/case-steps.js';
import { checklists } from '../../app/checklists.js';
import { decideCase } from '../../app/decide.js';
import { recordRequirements } from '../../app/requirements.js';
import { fileOption, instantOption } from '../../app/typed-values.js';
import { MODES, SUBSTANTIATED, URGENCIES, type Case, type Mode, type Substantiated, type Urgency } from '../../domain/model.js';
import type { NextStep } from '../../domain/next-steps.js';
import { missingRequirements } from '../../domain/requirements.js';
import { checkSchedule, requestedSchedule } from '../../domain/schedule.js';
import { formatInstant, localDate } from '../../domain/timezone.js';
import { approvalProblems } from '../../domain/workflow.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { dateText, storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { checkWith, runForm, type Answers, type Question } from './form.js';
import { peopleDate, problemText } from './problems.js';
import { tell, type Screen } from './screen.js';

const text = (a: Answers, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);
const status = (c: Case) => t(`status.${c.status}`);

/** Runs one of the plain steps on the case. */
export async function caseStep(m: Screen, step: NextStep, c: Case): Promise<void> {
  switch (step) {
    case 'dispose':
      return dispose(m, c);
    case 'analyse':
      return analyse(m, c);
    case 'examine':
      return examine(m, c);
    case 'decide':
      return decide(m, c);
    case 'requirements':
      return requirements(m, c);
    case 'reopen':
      return reopen(m, c);
    default:
      throw new Error(`not a plain step: ${step}`);
  }
}

/** The officers a leader may dispose to: those who analyse (everyone listed, in an office without roles). */
async function disposeTargets(m: Screen): Promise<string[]> {
  const officers = (await m.ctx.profile()).officers ?? [];
  return officers.filter((o) => o.roles.includes('analis')).map((o) => o.name);
}

async function dispose(m: Screen, c: Case): Promise<void> {
  const targets = await disposeTargets(m);
  const questions: Question[] = [
    targets.length
      ? {
          key: 'to',
          kind: 'select',
          message: t('menu.ask.disposeTo'),
          choices: () => targets.map((name) => ({ value: name, name })),
          default: () => c.officer,
        }
      : { key: 'to', kind: 'text', message: t('menu.ask.disposeTo'), required: true },
    { key: 'instruction', kind: 'text', message: t('menu.ask.instruction') },
    {
      key: 'urgency',
      kind: 'select',
      message: t('menu.ask.urgency'),
      choices: () => URGENCIES.map((u) => ({ value: u, name: uiLabel('urgency', u) })),
      default: () => c.disposition?.urgency ?? 'biasa',
    },
  ];
  const done = await runForm(
    questions,
    (a) =>
      disposeCase(m.ctx, {
        id: c.id,
        to: text(a, 'to') ?? '',
        instruction: text(a, 'instruction'),
        urgency: (text(a, 'urgency') ?? 'biasa') as Urgency,
      }),
    m.say,
  );
  await tell(m, t('workflow.disposed', { id: done.id, status: status(done) }));
}

async function analyse(m: Screen, c: Case): Promise<void> {
  const questions: Question[] = [
    { key: 'feasible', kind: 'yesno', message: t('menu.ask.feasible') },
    {
      key: 'mode',
      kind: 'select',
      message: t('ask.mode'),
      when: (a) => a.feasible === true,
      choices: () => MODES.map((mode) => ({ value: mode, name: uiLabel('mode', mode) })),
      default: () => c.analysis?.mode ?? c.event?.mode,
    },
    { key: 'note', kind: 'text', message: t('menu.ask.analysisNote') },
  ];
  const done = await runForm(
    questions,
    (a) =>
      analyseCase(m.ctx, { id: c.id, feasible: a.feasible === true, mode: text(a, 'mode') as Mode | undefined, note: text(a, 'note') }),
    m.say,
  );
  await tell(m, t('workflow.analysed', { id: done.id, status: status(done) }));
}

async function examine(m: Screen, c: Case): Promise<void> {
  const questions: Question[] = [{ key: 'finding', kind: 'text', message: t('menu.ask.finding'), required: true }];
  const done = await runForm(questions, (a) => examineReport(m.ctx, { id: c.id, finding: text(a, 'finding') ?? '' }), m.say);
  await tell(m, t('workflow.examined', { id: done.id, status: status(done) }));
}

/** The schedule as people write it: 08/04/2026 09.00 (the request's date and time, when it gave them). */
function scheduleText(ms: number, timeZone: string): string {
  return peopleDate(formatInstant(ms, timeZone));
}

/** The contact person the request names (its name and telephone), offered as the approval's contact. */
function requestContact(c: Case): string | undefined {
  const phone = c.applicant.contact;
  return phone && c.applicant.name ? `${c.applicant.name}, ${phone}` : undefined;
}

async function decide(m: Screen, c: Case): Promise<void> {
  const profile = await m.ctx.profile();
  const timeZone = profile.timeZone;
  const calendar = await m.ctx.calendar();
  const missing = missingRequirements(c, checklists());
  const report = c.service === 'pengaduan';
  const early = c.status === 'registered' || c.status === 'disposed';
  type Outcome = 'approve' | 'decline' | 'incomplete' | 'conclude';
  const outcomes: Outcome[] = report
    ? [...(early ? [] : (['conclude'] as const)), ...(missing.length ? (['incomplete'] as const) : [])]
    : [
        ...(c.analysis && !c.analysis.feasible ? [] : (['approve'] as const)),
        'decline',
        ...(missing.length ? (['incomplete'] as const) : []),
      ];
  const requested = requestedSchedule(c, timeZone);
  const checkScheduleText = (value: string): string | true => {
    const problems = new ProblemList();
    const ms = instantOption(problems, 'schedule', value, timeZone);
    if (ms !== undefined) {
      if (checkSchedule(ms, c, { nowMs: m.ctx.now(), calendar, timeZone }).past)
        problems.add('schedule', 'input.schedulePast', { value: dateText(localDate(ms, timeZone), true) });
      approvalProblems(problems, { scheduleMs: ms, contact: 'x, 0800000000', timeZone }, c.receivedAt.slice(0, 10));
    }
    const p = problems.items.find((x) => x.field === 'schedule');
    return p ? problemText(p) : true;
  };
  const checkContact = (value: string): string | true => {
    const problems = new ProblemList();
    approvalProblems(problems, { scheduleMs: m.ctx.now(), contact: value, timeZone, scheduleGiven: true });
    const p = problems.items.find((x) => x.field === 'contact');
    return p ? problemText(p) : true;
  };
  const questions: Question[] = [
    {
      key: 'outcome',
      kind: 'select',
      message: t('menu.ask.outcome'),
      choices: () => outcomes.map((o) => ({ value: o, name: t(`menu.outcome.${o}`) })),
      fields: ['approve', 'decline', 'incomplete'],
    },
    {
      key: 'schedule',
      kind: 'text',
      message: t('menu.ask.schedule'),
      required: true,
      when: (a) => a.outcome === 'approve',
      default: () => (requested === undefined ? undefined : scheduleText(requested, timeZone)),
      check: checkScheduleText,
    },
    {
      key: 'contact',
      kind: 'text',
      message: t('menu.ask.contact'),
      required: true,
      when: (a) => a.outcome === 'approve',
      default: () => requestContact(c),
      check: checkContact,
    },
    {
      key: 'place',
      kind: 'text',
      message: t('menu.ask.place'),
      when: (a) => a.outcome === 'approve',
      default: () => c.event?.place,
    },
    { key: 'reason', kind: 'text', message: t('menu.ask.declineReason'), required: true, when: (a) => a.outcome === 'decline' },
    {
      key: 'substantiated',
      kind: 'select',
      message: t('menu.ask.substantiated'),
      when: (a) => a.outcome === 'conclude' && c.report?.type === 'pengaduan',
      choices: () => SUBSTANTIATED.map((v) => ({ value: v, name: t(`substantiated.${v}`) })),
    },
    { key: 'followUp', kind: 'text', message: t('menu.ask.followUp'), required: true, when: (a) => a.outcome === 'conclude' },
  ];
  const { case: done } = await runForm(
    questions,
    (a) =>
      decideCase(m.ctx, {
        id: c.id,
        approve: a.outcome === 'approve' || undefined,
        decline: a.outcome === 'decline' || undefined,
        incomplete: a.outcome === 'incomplete' || undefined,
        // Typed at the prompt even when it is the request's own: what the officer saw is what is decided.
        schedule: text(a, 'schedule'),
        contact: text(a, 'contact'),
        place: text(a, 'place'),
        reason: text(a, 'reason'),
        substantiated: text(a, 'substantiated') as Substantiated | undefined,
        followUp: text(a, 'followUp'),
      }),
    m.say,
  );
  const lines = [t('workflow.decided', { id: done.id, status: status(done) })];
  const d = done.decision;
  if (d?.outcome === 'approved' && d.schedule) lines.push(t('menu.decided.schedule', { at: storedTimeText(d.schedule, profile) }));
  await tell(m, lines);
}

async function requirements(m: Screen, c: Case): Promise<void> {
  const profile = await m.ctx.profile();
  const missing = missingRequirements(c, checklists());
  const questions: Question[] = [
    {
      key: 'met',
      kind: 'checks',
      message: t('menu.ask.met'),
      required: true,
      choices: () => missing.map((k) => ({ value: k, name: uiLabel('requirement', k) })),
    },
    { key: 'file', kind: 'text', message: t('menu.ask.requirementFile'), check: checkWith(fileOption) },
    { key: 'ref', kind: 'text', message: t('menu.ask.requirementRef') },
  ];
  const { case: done, before } = await runForm(
    questions,
    (a) =>
      recordRequirements(m.ctx, {
        id: c.id,
        met: Array.isArray(a.met) ? a.met : [],
        file: text(a, 'file'),
        ref: text(a, 'ref'),
      }),
    m.say,
  );
  const still = missingRequirements(done, checklists());
  const lines = [
    still.length
      ? t('requirements.missing', { id: done.id, list: still.map((k) => uiLabel('requirement', k)).join('; ') })
      : t('requirements.complete', {
          id: done.id,
          at: done.requirementsCompleteAt ? storedTimeText(done.requirementsCompleteAt, profile) : '-',
        }),
  ];
  if (before.status === 'answered' && done.status !== 'answered' && done.answerDue)
    lines.push(t('requirements.reopened', { id: done.id, due: storedTimeText(done.answerDue, profile) }));
  await tell(m, lines);
}

async function reopen(m: Screen, c: Case): Promise<void> {
  const questions: Question[] = [{ key: 'reason', kind: 'text', message: t('menu.ask.reopenReason'), required: true }];
  const done = await runForm(questions, (a) => reopenCase(m.ctx, { id: c.id, reason: text(a, 'reason') ?? '' }), m.say);
  await tell(m, t('workflow.reopened', { id: done.id, status: status(done) }));
}
