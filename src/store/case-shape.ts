/**
 * The shape of a stored case as a plain check: caseSchema (schema.ts) field by field, in the same
 * order, for the commands that check one case (a registration, a change) without loading zod.
 */
import {
  ACTIVITIES,
  APPLICANT_TYPES,
  ATTACHMENT_ROLES,
  MODES,
  OUTCOMES,
  REPORT_TYPES,
  SERVICES,
  STATUSES,
  SUBSTANTIATED,
  URGENCIES,
} from '../domain/model.js';
import { CASE_ID, CHANNEL, DATE, INSTANT, MESSAGE_KEY, SHA256, TRACKING_CODE } from './formats.js';
import {
  anything,
  boolean,
  either,
  integer,
  list,
  nullable,
  number,
  oneOf,
  optional as opt,
  record,
  refined,
  shape,
  text,
  type Check,
} from './plain-checks.js';

const str = text();
const date = text({ pattern: DATE });
const instant = text({ pattern: INSTANT });
const sha256 = text({ pattern: SHA256 });
const positive = number({ integer: true, min: 1 });
const num = number();

/** An audit event (schema.ts `audit`). */
export const auditShape = shape({ at: instant, by: str, login: opt(str), action: str, changes: record(str, anything) });

/** A revocation of a certificate (schema.ts `revocation`). */
const revocationShape = shape({ at: instant, by: str, reason: str, decision: opt(str) });

const outboxEntry = shape({
  id: str,
  kind: str,
  to: list(str),
  cc: list(str),
  subject: str,
  text: str,
  messageId: str,
  documents: list(shape({ name: str, sha256 })),
  queuedAt: instant,
  queuedBy: str,
  attempts: list(shape({ at: instant, by: str, ok: boolean, answer: str })),
  sentAt: opt(instant),
  cancelled: opt(shape({ at: instant, by: str, reason: str })),
});
const caseMail = shape({
  source: opt(shape({ key: text({ pattern: MESSAGE_KEY }), messageId: opt(str), folder: opt(str) })),
  outbox: opt(list(outboxEntry)),
});

const certificate = shape({
  code: str,
  issuedAt: instant,
  letterNumber: str,
  states: opt(
    shape({
      caseId: str,
      issue: positive,
      agency: str,
      score: num,
      maxScore: num,
      index: num,
      category: str,
      decree: str,
      plenaryDate: date,
      year: integer,
      issuedAt: instant,
      letterNumber: str,
    }),
  ),
  revoked: opt(revocationShape),
});

const imnkk = shape({
  requirements: shape({ ethicsRegulation: opt(str), sindenAccount: opt(str), operatorLetter: opt(str), selfAssessment: opt(str) }),
  clockStart: opt(date),
  unmet: opt(list(shape({ key: str, reason: str, at: instant, by: str }))),
  verifications: list(shape({ date, mode: oneOf(MODES), team: list(str), note: opt(str), planned: opt(boolean) })),
  plenary: opt(
    shape({
      date,
      decree: str,
      score: num,
      maxScore: num,
      index: num,
      category: str,
      criteria: opt(list(num)),
      recommendations: list(str),
    }),
  ),
  certificate: opt(certificate),
  supersededCertificates: opt(list(certificate)),
});

const caseFields = shape({
  id: text({ pattern: CASE_ID }),
  year: integer,
  agendaNumber: positive,
  trackingCode: opt(text({ pattern: TRACKING_CODE })),
  service: oneOf(SERVICES),
  kind: oneOf(['letter', 'walkin']),
  channel: text({ pattern: CHANNEL }),
  channelRef: opt(str),
  receivedAt: instant,
  receivedBy: str,
  applicant: shape({
    name: str,
    type: opt(oneOf(APPLICANT_TYPES)),
    institution: opt(str),
    contact: opt(str),
    email: opt(str),
    operator: opt(shape({ name: str, position: opt(str), email: opt(str) })),
  }),
  letter: opt(shape({ number: opt(str), date: opt(date) })),
  subject: text({ min: 1 }),
  purpose: opt(str),
  material: opt(str),
  event: opt(shape({ date: opt(date), time: opt(str), place: opt(str), mode: opt(oneOf(MODES)) })),
  attachments: list(shape({ role: oneOf(ATTACHMENT_ROLES), name: str, sha256, size: number({ integer: true, min: 0 }) })),
  answerDue: nullable(either(date, instant)),
  leadTime: opt(shape({ ok: boolean, latestSubmission: date })),
  status: oneOf(STATUSES),
  officer: opt(str),
  disposition: opt(shape({ to: str, instruction: opt(str), urgency: oneOf(URGENCIES), at: instant, by: str })),
  analysis: opt(shape({ feasible: boolean, mode: opt(oneOf(MODES)), note: opt(str) })),
  decision: opt(
    shape({
      outcome: oneOf(OUTCOMES),
      schedule: opt(instant),
      contact: opt(str),
      place: opt(str),
      reason: opt(str),
      missing: opt(list(str)),
    }),
  ),
  reply: opt(shape({ letterNumber: str, seq: positive, year: integer, date, signedBy: opt(str) })),
  draft: opt(
    shape({
      kind: oneOf(['reply', 'certificate']),
      by: str,
      at: instant,
      date: opt(date),
      addressee: opt(list(str)),
      place: opt(str),
    }),
  ),
  answer: opt(
    shape({
      at: instant,
      via: str,
      onTime: boolean,
      beforeEvent: opt(boolean),
      note: opt(str),
      by: opt(str),
      information: opt(oneOf([true])),
    }),
  ),
  reopenCount: opt(positive),
  activity: opt(oneOf(ACTIVITIES)),
  requirements: opt(record(str, shape({ met: boolean, at: instant, by: str, reason: opt(str), ref: opt(str), file: opt(str) }))),
  requirementsCompleteAt: opt(instant),
  imported: opt(shape({ file: str, row: positive, disposition: opt(str), note: opt(str) })),
  imnkk: opt(imnkk),
  report: opt(
    shape({
      type: oneOf(REPORT_TYPES),
      anonymous: opt(boolean),
      protectIdentity: opt(boolean),
      about: opt(str),
      concerning: opt(str),
      examination: opt(shape({ finding: str, at: instant, by: str })),
      conclusion: opt(shape({ substantiated: opt(oneOf(SUBSTANTIATED)), followUp: str, at: instant, by: str })),
    }),
  ),
  mail: opt(caseMail),
  events: list(auditShape),
});

/** A case as caseSchema accepts it (its refine included: a name, unless the report is anonymous). */
export const caseShape: Check = refined(
  caseFields,
  (c: { applicant: { name: string }; report?: { anonymous?: boolean } }) => c.applicant.name.length > 0 || !!c.report?.anonymous,
);
