/**
 * IM-NKK: requirements, the 12-month clock, verification visits, the plenary result and the
 * certificate. Each step is a pure function of the case and its input.
 */
import { InputError, ProblemList } from '../errors.js';
import { dueOf } from './due.js';
import { assertLetterDate } from './letter-date.js';
import type { WorkingCalendar } from './calendar.js';
import { daysBetween } from './dates.js';
import { imnkkDue } from './deadlines.js';
import { certificateCode, signedText } from './certificate-code.js';
import type { Case, CertificateStatement, Change, ImnkkState, IssuedCertificate, LetterNumber, Mode } from './model.js';
import { imnkkComplete } from './registration.js';
import { replyOf } from './workflow.js';

/** The four criteria of the instrument, in the order `--criteria` takes their scores. */
export const CRITERIA = [
  'Penyediaan Kebijakan Internal',
  'Internalisasi, Institusionalisasi dan Eksternalisasi',
  'Penegakan',
  'Kesinambungan Sistem',
] as const;

export interface CategoryBand {
  min: number;
  category: string;
}

function imnkkOf(c: Case): ImnkkState {
  if (c.service !== 'imnkk' || !c.imnkk) throw InputError.of('id', 'input.notImnkk', { id: c.id });
  if (c.status === 'answered')
    throw InputError.of('status', 'input.transitionAnswered', { id: c.id, action: 'imnkk', status: c.status, need: '-' });
  return c.imnkk;
}

/** A requirement arrives on a day between the request's receipt and today: the clock cannot start before the case exists. */
export function assertRequirementDate(c: Pick<Case, 'receivedAt'>, date: string, today: string): void {
  const received = c.receivedAt.slice(0, 10);
  if (date < received) throw InputError.of('date', 'input.requirementBeforeReceipt', { value: date, received });
  if (date > today) throw InputError.of('date', 'input.requirementFuture', { value: date, today });
}

/** The IM-NKK requirement keys and the fields that hold them. */
export const IMNKK_REQUIREMENTS = {
  'ethics-regulation': 'ethicsRegulation',
  'sinden-account': 'sindenAccount',
  'operator-letter': 'operatorLetter',
  'self-assessment': 'selfAssessment',
} as const;

/** A requirement found not met after all ("lengkap dan benar"): removed, the reason kept, the clock stopped until it is met again. */
export function recordUnmetRequirement(c: Case, unmet: { key: string; reason: string; at: string; by: string }): Change {
  const state = imnkkOf(c);
  const field = Object.entries(IMNKK_REQUIREMENTS).find(([key]) => key === unmet.key)?.[1];
  if (!field) throw InputError.of('unmet', 'input.requirementKey', { value: unmet.key, keys: Object.keys(IMNKK_REQUIREMENTS).join(', ') });
  const requirements = { ...state.requirements };
  delete requirements[field];
  const imnkk: ImnkkState = { ...state, requirements, unmet: [...(state.unmet ?? []), unmet] };
  delete imnkk.clockStart;
  const value: Case = { ...c, imnkk, answerDue: null };
  return { value, changes: { unmet, clockStopped: !!state.clockStart } };
}

/** Records requirements; when the last one is met the 12-month clock starts on `date`. */
export function recordRequirements(
  c: Case,
  given: ImnkkState['requirements'],
  date: string,
  months: number,
  calendar: WorkingCalendar,
): Change {
  const state = imnkkOf(c);
  const requirements = { ...state.requirements, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v)) };
  const imnkk: ImnkkState = { ...state, requirements };
  const value: Case = { ...c, imnkk };
  const changes: Record<string, unknown> = { ...given };
  if (!state.clockStart && imnkkComplete(requirements)) {
    imnkk.clockStart = date;
    value.answerDue = imnkkDue(date, months, calendar);
    Object.assign(changes, { clockStart: date, answerDue: value.answerDue });
  }
  return { value, changes };
}

/** Adds a verification and clarification visit (planned or held); needs the clock to be running. */
export function addVerification(
  c: Case,
  visit: { date: string; mode: Mode; team: string[]; note?: string; planned?: boolean },
  today?: string,
): Change {
  const state = imnkkOf(c);
  if (!state.clockStart) throw InputError.of('status', 'input.imnkkWaiting', { id: c.id });
  if (visit.date < state.clockStart) throw InputError.of('date', 'input.beforeClock', { value: visit.date, start: state.clockStart });
  // A visit that took place cannot be in the future; one that is planned can.
  if (!visit.planned && today && visit.date > today) throw InputError.of('date', 'input.visitFuture', { value: visit.date, today });
  const entry = {
    date: visit.date,
    mode: visit.mode,
    team: visit.team,
    ...(visit.note ? { note: visit.note } : {}),
    ...(visit.planned ? { planned: true } : {}),
  };
  const verifications = [...state.verifications, entry].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { value: { ...c, imnkk: { ...state, verifications } }, changes: { verification: entry } };
}

/** The category of an index from the bands (highest `min` that the index reaches). */
export function categoryOf(index: number, bands: CategoryBand[]): string {
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => index >= b.min);
  return band?.category ?? '-';
}

/** Index = score / maximum, rounded to two decimals. */
export function indexOf(score: number, maxScore: number): number {
  return Math.round((score / maxScore) * 100) / 100;
}

export interface PlenaryInput {
  date: string;
  /** When and by whom it is recorded: a certificate it replaces is revoked in their name. */
  at: string;
  by: string;
  decree: string;
  score: number;
  criteria?: number[];
  recommendations: string[];
}

/** Records the plenary decision: score, index, category; after at least one verification visit. */
export function recordPlenary(c: Case, p: PlenaryInput, maxScore: number, bands: CategoryBand[]): Change {
  const state = imnkkOf(c);
  const problems = new ProblemList();
  if (!(p.score >= 0 && p.score <= maxScore)) problems.add('score', 'input.scoreRange', { value: p.score, max: maxScore });
  if (p.criteria) {
    if (p.criteria.length !== CRITERIA.length)
      problems.add('criteria', 'input.criteriaCount', { value: p.criteria.join(','), count: CRITERIA.length });
    else if (Math.abs(p.criteria.reduce((a, b) => a + b, 0) - p.score) > 1e-9)
      problems.add('criteria', 'input.criteriaSum', {
        value: p.criteria.join('+'),
        sum: p.criteria.reduce((a, b) => a + b, 0),
        score: p.score,
      });
  }
  problems.throwIfAny();
  const last = state.verifications.filter((v) => !v.planned).at(-1)?.date;
  if (last === undefined) throw InputError.of('status', 'input.plenaryBeforeVerification', { id: c.id });
  if (p.date < last) throw InputError.of('date', 'input.plenaryBeforeVisit', { value: p.date, last });
  const index = indexOf(p.score, maxScore);
  const plenary = {
    date: p.date,
    decree: p.decree,
    score: p.score,
    maxScore,
    index,
    category: categoryOf(index, bands),
    ...(p.criteria ? { criteria: p.criteria } : {}),
    recommendations: p.recommendations,
  };
  const imnkk: ImnkkState = { ...state, plenary };
  const changes: Record<string, unknown> = { status: 'decided', ...plenary };
  const earlier = state.certificate;
  if (earlier) {
    // A corrected result revokes the certificate that stated the old one; its code then says so.
    const revoked = earlier.revoked ?? { at: p.at, by: p.by, reason: 'superseded', decision: p.decree };
    imnkk.supersededCertificates = [...(state.supersededCertificates ?? []), { ...earlier, revoked }];
    delete imnkk.certificate;
    if (!earlier.revoked) changes.revoked = { code: earlier.code, ...revoked };
  }
  const value: Case = { ...c, status: 'decided', decision: { outcome: 'approved' }, imnkk };
  delete value.reply;
  return { value, changes };
}

/** The letter-book kind of a case's recommendation letter: a certificate issued again goes with a new letter. */
export function recommendationKind(c: Case): string {
  const earlier = c.imnkk?.supersededCertificates?.length ?? 0;
  return earlier ? `imnkk-recommendation-${earlier + 1}` : 'imnkk-recommendation';
}

/** What a certificate issued now would state. */
export function certificateStatement(
  c: Case,
  plenary: NonNullable<ImnkkState['plenary']>,
  letter: LetterNumber,
  issuedAt: string,
): CertificateStatement {
  return {
    caseId: c.id,
    issue: (c.imnkk?.supersededCertificates?.length ?? 0) + 1,
    agency: c.applicant.name,
    score: plenary.score,
    maxScore: plenary.maxScore,
    index: plenary.index,
    category: plenary.category,
    decree: plenary.decree,
    plenaryDate: plenary.date,
    year: Number(plenary.date.slice(0, 4)),
    issuedAt,
    letterNumber: letter.number,
  };
}

/** Issues the certificate: a code signing all it states, and the recommendation letter that goes with it as the reply. */
export function issueCertificate(c: Case, secretHex: string, letter: LetterNumber, issuedAt: string): Change {
  const state = imnkkOf(c);
  if (!state.plenary) throw InputError.of('status', 'input.certificateBeforePlenary', { id: c.id });
  const states = certificateStatement(c, state.plenary, letter, issuedAt);
  const code = certificateCode(secretHex, signedText(states));
  const certificate: IssuedCertificate = { code, issuedAt, letterNumber: letter.number, states };
  return {
    value: { ...c, imnkk: { ...state, certificate }, reply: replyOf(letter) },
    changes: { code, letterNumber: letter.number },
  };
}

/** Revokes an issued certificate; the record stays, marked revoked. */
export function revokeCertificate(c: Case, reason: string, at: string, by: string): Change {
  const state = c.imnkk;
  const cert = state?.certificate;
  if (!state || !cert) throw InputError.of('id', 'input.noCertificate', { id: c.id });
  if (cert.revoked) throw InputError.of('id', 'input.alreadyRevoked', { id: c.id });
  const revoked = { at, by, reason };
  return { value: { ...c, imnkk: { ...state, certificate: { ...cert, revoked } } }, changes: { revoked } };
}

export type Stage = 'waiting' | 'self-assessment' | 'verification' | 'plenary' | 'certified' | 'sent' | 'revoked';

/** Where an assessment stands. */
export function stageOf(c: Case): Stage {
  const s = c.imnkk;
  if (s?.certificate?.revoked) return 'revoked';
  if (c.status === 'answered') return 'sent';
  if (s?.certificate) return 'certified';
  if (s?.plenary) return 'plenary';
  if (s?.verifications.length) return 'verification';
  if (s?.clockStart) return 'self-assessment';
  return 'waiting';
}

/** Calendar days from `today` to the due date (negative when past), or null while waiting. */
export function daysLeft(c: Case, today: string): number | null {
  const due = c.answerDue === null ? undefined : dueOf(c.answerDue);
  return due?.kind === 'date' ? daysBetween(today, due.date) : null;
}

/** One assessment as `imnkk list` shows it. */
export function imnkkSummary(c: Case, today: string) {
  const p = c.imnkk?.plenary;
  return {
    id: c.id,
    agency: c.applicant.name,
    stage: stageOf(c),
    clockStart: c.imnkk?.clockStart ?? null,
    answerDue: c.answerDue,
    daysLeft: daysLeft(c, today),
    verifications: c.imnkk?.verifications.filter((v) => !v.planned).length ?? 0,
    plannedVisits: c.imnkk?.verifications.filter((v) => v.planned).length ?? 0,
    result: p ? { score: p.score, maxScore: p.maxScore, index: p.index, category: p.category } : null,
    certificate: c.imnkk?.certificate ? { code: c.imnkk.certificate.code, revoked: !!c.imnkk.certificate.revoked } : null,
  };
}

export type ImnkkSummary = ReturnType<typeof imnkkSummary>;

/**
 * Refuses a certificate that cannot be issued yet: not an IM-NKK case, no plenary result, or (for a
 * first issue) a letter date outside this year or before the plenary. Returns the plenary result.
 */
export function assertCertificateReady(c: Case, date: string, today: string): NonNullable<ImnkkState['plenary']> {
  if (c.service !== 'imnkk') throw InputError.of('id', 'input.notImnkk', { id: c.id });
  const plenary = c.imnkk?.plenary;
  if (!plenary) throw InputError.of('status', 'input.certificateBeforePlenary', { id: c.id });
  if (!c.imnkk?.certificate) assertLetterDate('date', date, today, plenary.date);
  return plenary;
}

/** The category table is sound: at least one band, each with a share from 0 to 1 and a name. */
export function isBandTable(bands: unknown): bands is CategoryBand[] {
  return (
    Array.isArray(bands) &&
    bands.length > 0 &&
    bands.every(
      (b: unknown) =>
        typeof b === 'object' &&
        b !== null &&
        'min' in b &&
        'category' in b &&
        typeof b.min === 'number' &&
        b.min >= 0 &&
        b.min <= 1 &&
        typeof b.category === 'string' &&
        b.category.trim() !== '',
    )
  );
}
