/** The IM-NKK steps before the certificate: requirements, verification visits, the plenary, revocation, the list. */
import { authorize } from './authorize.js';
import { basename } from 'node:path';
import {
  addVerification,
  assertRequirementDate,
  imnkkSummary,
  recordPlenary,
  recordRequirements,
  recordUnmetRequirement,
  revokeCertificate,
  type ImnkkSummary,
} from '../domain/imnkk.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import type { Attachment, Case, Mode } from '../domain/model.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, ProblemList } from '../errors.js';
import { categoryBands } from '../reference/imnkk-categories.js';
import { attachmentLimitBytes } from '../store/defaults.js';
import { isScan } from './registration-checks.js';
import type { Session } from './session.js';
import { dateOption, dateOrToday, fileOption, intOption, numberOption } from './typed-values.js';

export interface ImnkkRequirementsRequest {
  id: string;
  ethicsRegulation?: string;
  sindenAccount?: string;
  /** A reference, or a scanned file (a path). */
  operatorLetter?: string;
  selfAssessmentComplete?: boolean;
  date?: string;
  unmet?: string;
  reason?: string;
}

/** Requirements that arrived (the last one starts the 12-month clock), or one found wanting. */
export async function recordImnkkRequirements(s: Session, input: ImnkkRequirementsRequest): Promise<Case> {
  await authorize(s, 'imnkkRequirements');
  const profile = await s.profile();
  if (input.unmet) {
    if (!input.reason) throw InputError.of('reason', 'input.required');
    const { unmet: key, reason } = input;
    const at = formatInstant(s.now(), profile.timeZone);
    return s.store().update(input.id, 'imnkk:unmet', (c) => recordUnmetRequirement(c, { key, reason, at, by: s.user }));
  }
  const problems = new ProblemList();
  const today = await s.today();
  const date = dateOrToday(problems, 'date', input.date, today);
  const scan = isScan(input.operatorLetter) ? input.operatorLetter : undefined;
  if (scan) fileOption(problems, 'operatorLetter', scan, attachmentLimitBytes(profile));
  const given = {
    ethicsRegulation: input.ethicsRegulation,
    sindenAccount: input.sindenAccount,
    operatorLetter: scan ? basename(scan) : input.operatorLetter,
    selfAssessment: input.selfAssessmentComplete ? date : undefined,
  };
  if (!Object.values(given).some(Boolean)) problems.add('ethicsRegulation', 'input.requirementsNothing');
  problems.throwIfAny();
  const store = s.store();
  assertRequirementDate(await store.get(input.id), date, today);
  const attachment: Attachment | undefined = scan
    ? { role: 'operator-letter', name: basename(scan), ...(await store.storeAttachment(scan)) }
    : undefined;
  const calendar = await s.calendar();
  return store.update(input.id, 'imnkk:requirements', (c) => {
    const change = recordRequirements(c, given, date, profile.services.imnkk.months, calendar);
    if (attachment) change.value.attachments = [...change.value.attachments, attachment];
    return change;
  });
}

/** A verification and clarification visit, done or planned. */
export async function recordVisit(
  s: Session,
  input: { id: string; date: string; mode: Mode; team?: string; note?: string; planned?: boolean },
): Promise<Case> {
  await authorize(s, 'imnkkVisit');
  const problems = new ProblemList();
  const date = problems.need(dateOption(problems, 'date', input.date));
  const team = (input.team ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const today = await s.today();
  const visit = { date, mode: input.mode, team, note: input.note, planned: input.planned };
  return s.store().update(input.id, 'imnkk:verify', (c) => addVerification(c, visit, today));
}

/** The plenary meeting's score, index and category (from the office's category table). */
export async function recordPlenaryResult(
  s: Session,
  input: { id: string; date: string; decree: string; score: string; criteria?: string; recommendation?: string[] },
): Promise<Case> {
  await authorize(s, 'imnkkPlenary');
  const problems = new ProblemList();
  const date = dateOption(problems, 'date', input.date);
  const score = numberOption(problems, 'score', input.score, 0, 100_000);
  if (!input.decree) problems.add('decree', 'input.required');
  const criteria = input.criteria?.split(',').map((x) => numberOption(problems, 'criteria', x.trim(), 0, 100_000) ?? NaN);
  const plenary = { date: problems.need(date), score: problems.need(score), decree: input.decree, criteria };
  problems.throwIfAny();
  const profile = await s.profile();
  const bands = categoryBands(s.home);
  const at = formatInstant(s.now(), profile.timeZone);
  const recommendations = input.recommendation ?? [];
  const c = await s
    .store()
    .update(input.id, 'imnkk:plenary', (c) =>
      recordPlenary(c, { ...plenary, recommendations, at, by: s.user }, profile.services.imnkk.maxScore, bands),
    );
  if (!c.imnkk?.plenary) throw new Error('the plenary was not recorded');
  return c;
}

/** The certificate withdrawn, with the reason; its code then says so. */
export async function revokeImnkkCertificate(s: Session, input: { id: string; reason: string }): Promise<Case> {
  await authorize(s, 'revokeCertificate');
  if (!input.reason) throw InputError.of('reason', 'input.required');
  const timeZone = (await s.profile()).timeZone;
  return s.store().update(input.id, 'imnkk:revoke', (c) => revokeCertificate(c, input.reason, formatInstant(s.now(), timeZone), s.user));
}

/** Every assessment of a year (or of all years) and where it stands today. */
export async function imnkkList(s: Session, input: { year?: string }): Promise<ImnkkSummary[]> {
  const problems = new ProblemList();
  const day = await s.today();
  const year = input.year === undefined ? undefined : problems.need(intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR));
  const years = year ? { first: year, last: year } : { first: MIN_YEAR, last: MAX_YEAR };
  return (await s.store().listCases({ service: 'imnkk' }, years)).map((c) => imnkkSummary(c, day));
}
