/** The decision on a case: a request approved, declined or found incomplete; a report founded or not. */
import { authorize } from './authorize.js';
import { concludeReport } from '../domain/complaints.js';
import type { Case, Substantiated } from '../domain/model.js';
import { missingRequirements } from '../domain/requirements.js';
import { checkSchedule, requestedSchedule } from '../domain/schedule.js';
import { localDate } from '../domain/timezone.js';
import { approvalProblems, decide, type DecisionInput } from '../domain/workflow.js';
import { ProblemList } from '../errors.js';
import { t } from '../i18n/index.js';
import { dateText } from '../render/ui-labels.js';
import { checklists } from './checklists.js';
import type { Session } from './session.js';
import { instantOption } from './typed-values.js';

export interface DecisionRequest {
  id: string;
  approve?: boolean;
  decline?: boolean;
  incomplete?: boolean;
  /** When the session takes place (as typed); the request's own date and time when not given. */
  schedule?: string;
  contact?: string;
  place?: string;
  reason?: string;
  /** For a report: whether the complaint was founded, and what follows. */
  substantiated?: Substantiated;
  followUp?: string;
}

/** Records the decision; every problem of the request is named together. Warnings (a day off, another day) go to the session. */
export async function decideCase(s: Session, input: DecisionRequest): Promise<{ case: Case; warnings: string[] }> {
  await authorize(s, 'decide');
  const problems = new ProblemList();
  const current = await s.store().get(input.id);
  const timeZone = (await s.profile()).timeZone;
  // A report is decided by what its examination found; a request by approval.
  if (current.service === 'pengaduan' && !input.incomplete) {
    for (const k of ['approve', 'decline'] as const) if (input[k]) problems.add(k, 'input.reportDecideFlag', { id: current.id });
    problems.throwIfAny();
    const { substantiated, followUp } = input;
    const c = await s
      .store()
      .update(input.id, 'decide', (c) => concludeReport(c, { substantiated, followUp, atMs: s.now(), by: s.user, timeZone }));
    return { case: c, warnings: [] };
  }
  for (const k of ['substantiated', 'followUp'] as const) if (input[k] !== undefined) problems.add(k, 'input.onlyPengaduan');
  const chosen = (['approve', 'decline', 'incomplete'] as const).filter((k) => input[k]);
  if (chosen.length !== 1) problems.add('approve', 'input.chooseOne', { choices: '--approve, --decline, --incomplete' });
  // Not given: the date and time the request asked for.
  const scheduleMs =
    input.schedule === undefined ? requestedSchedule(current, timeZone) : instantOption(problems, 'schedule', input.schedule, timeZone);
  const warnings: string[] = [];
  if (input.approve && scheduleMs !== undefined) {
    const found = checkSchedule(scheduleMs, current, { nowMs: s.now(), calendar: await s.calendar(), timeZone });
    const day = dateText(localDate(scheduleMs, timeZone), true);
    if (found.past) problems.add('schedule', 'input.schedulePast', { value: day });
    if (found.nonWorking) warnings.push(t('warn.scheduleNonWorking', { date: day }));
    if (found.otherDay && current.event?.date)
      warnings.push(t('warn.scheduleOtherDay', { date: day, requested: dateText(current.event.date, true) }));
  }
  if (input.approve)
    approvalProblems(problems, { scheduleMs, contact: input.contact, timeZone, scheduleGiven: input.schedule !== undefined });
  problems.throwIfAny();
  const decision = (c: Case): DecisionInput =>
    input.approve
      ? { outcome: 'approved', scheduleMs, contact: input.contact, place: input.place, timeZone }
      : input.decline
        ? { outcome: 'declined', reason: input.reason }
        : { outcome: 'incomplete', missing: missingRequirements(c, checklists()) };
  const c = await s.store().update(input.id, 'decide', (c) => decide(c, decision(c)));
  s.warnings.push(...warnings);
  return { case: c, warnings };
}
