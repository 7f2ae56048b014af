/** Versioned schemas of every stored document; validated on each load and before each write. */
import { z } from 'zod';
import type { Profile } from '../domain/profile.js';
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

import { MAX_OFFICE_HOURS, MAX_WORKING_DAYS } from '../domain/limits.js';
import { MAIL_SECURITY } from '../domain/mail-settings.js';
import { SCHEMA_VERSION } from './version.js';
import {
  BLOCK_KEY,
  CASE_ID,
  CHANNEL,
  DATE,
  EMAIL,
  INSTANT,
  INTERVAL,
  LOGIN,
  MESSAGE_KEY,
  SHA256,
  TRACKING_CODE,
  YEAR_KEY,
} from './formats.js';

export { SCHEMA_VERSION };

const date = z.string().regex(DATE, 'YYYY-MM-DD');
const instant = z.string().regex(INSTANT, 'ISO 8601 instant');
const text = z.string();
// `login`: the database login that wrote the event (the database store records it on every event).
const audit = z.object({ at: instant, by: text, login: text.optional(), action: text, changes: z.record(z.unknown()) });

const email = z.string().regex(EMAIL, 'an e-mail address');

// What a case keeps of the mail (domain/case-mail.ts).
const outboxEntry = z.object({
  id: text,
  kind: text,
  to: z.array(text),
  cc: z.array(text),
  subject: text,
  text: text,
  messageId: text,
  documents: z.array(z.object({ name: text, sha256: z.string().regex(SHA256) })),
  queuedAt: instant,
  queuedBy: text,
  attempts: z.array(z.object({ at: instant, by: text, ok: z.boolean(), answer: text })),
  sentAt: instant.optional(),
  cancelled: z.object({ at: instant, by: text, reason: text }).optional(),
});
const caseMail = z.object({
  source: z.object({ key: z.string().regex(MESSAGE_KEY), messageId: text.optional(), folder: text.optional() }).optional(),
  outbox: z.array(outboxEntry).optional(),
});

const revocation = z.object({ at: instant, by: text, reason: text, decision: text.optional() });
const certificate = z.object({
  code: text,
  issuedAt: instant,
  letterNumber: text,
  states: z
    .object({
      caseId: text,
      issue: z.number().int().positive(),
      agency: text,
      score: z.number(),
      maxScore: z.number(),
      index: z.number(),
      category: text,
      decree: text,
      plenaryDate: date,
      year: z.number().int(),
      issuedAt: instant,
      letterNumber: text,
    })
    .optional(),
  revoked: revocation.optional(),
});

const imnkk = z.object({
  requirements: z.object({
    ethicsRegulation: text.optional(),
    sindenAccount: text.optional(),
    operatorLetter: text.optional(),
    selfAssessment: text.optional(),
  }),
  clockStart: date.optional(),
  unmet: z.array(z.object({ key: text, reason: text, at: instant, by: text })).optional(),
  verifications: z.array(
    z.object({ date, mode: z.enum(MODES), team: z.array(text), note: text.optional(), planned: z.boolean().optional() }),
  ),
  plenary: z
    .object({
      date,
      decree: text,
      score: z.number(),
      maxScore: z.number(),
      index: z.number(),
      category: text,
      criteria: z.array(z.number()).optional(),
      recommendations: z.array(text),
    })
    .optional(),
  certificate: certificate.optional(),
  supersededCertificates: z.array(certificate).optional(),
});

export const caseSchema = z
  .object({
    id: z.string().regex(CASE_ID),
    year: z.number().int(),
    agendaNumber: z.number().int().positive(),
    // Absent on cases stored before tracking codes (the store gives them one when it reads them).
    trackingCode: z.string().regex(TRACKING_CODE).optional(),
    service: z.enum(SERVICES),
    kind: z.enum(['letter', 'walkin']),
    // A key of the office's channel list (data/channels.json or its own copy).
    channel: z.string().regex(CHANNEL),
    channelRef: text.optional(),
    receivedAt: instant,
    receivedBy: text,
    applicant: z.object({
      // Empty only for an anonymous report (checked below).
      name: text,
      type: z.enum(APPLICANT_TYPES).optional(),
      institution: text.optional(),
      contact: text.optional(),
      email: text.optional(),
      operator: z.object({ name: text, position: text.optional(), email: text.optional() }).optional(),
    }),
    letter: z.object({ number: text.optional(), date: date.optional() }).optional(),
    subject: text.min(1),
    purpose: text.optional(),
    material: text.optional(),
    event: z.object({ date: date.optional(), time: text.optional(), place: text.optional(), mode: z.enum(MODES).optional() }).optional(),
    attachments: z.array(
      z.object({
        role: z.enum(ATTACHMENT_ROLES),
        name: text,
        sha256: z.string().regex(SHA256),
        size: z.number().int().nonnegative(),
      }),
    ),
    answerDue: z.union([date, instant]).nullable(),
    leadTime: z.object({ ok: z.boolean(), latestSubmission: date }).optional(),
    status: z.enum(STATUSES),
    officer: text.optional(),
    disposition: z.object({ to: text, instruction: text.optional(), urgency: z.enum(URGENCIES), at: instant, by: text }).optional(),
    analysis: z.object({ feasible: z.boolean(), mode: z.enum(MODES).optional(), note: text.optional() }).optional(),
    decision: z
      .object({
        outcome: z.enum(OUTCOMES),
        schedule: instant.optional(),
        contact: text.optional(),
        place: text.optional(),
        reason: text.optional(),
        missing: z.array(text).optional(),
      })
      .optional(),
    reply: z
      .object({ letterNumber: text, seq: z.number().int().positive(), year: z.number().int(), date, signedBy: text.optional() })
      .optional(),
    draft: z
      .object({
        kind: z.enum(['reply', 'certificate']),
        by: text,
        at: instant,
        date: date.optional(),
        addressee: z.array(text).optional(),
        place: text.optional(),
      })
      .optional(),
    answer: z
      .object({
        at: instant,
        via: text,
        onTime: z.boolean(),
        beforeEvent: z.boolean().optional(),
        note: text.optional(),
        by: text.optional(),
        information: z.literal(true).optional(),
      })
      .optional(),
    reopenCount: z.number().int().positive().optional(),
    activity: z.enum(ACTIVITIES).optional(),
    requirements: z
      .record(
        z.string(),
        z.object({ met: z.boolean(), at: instant, by: text, reason: text.optional(), ref: text.optional(), file: text.optional() }),
      )
      .optional(),
    requirementsCompleteAt: instant.optional(),
    imported: z.object({ file: text, row: z.number().int().positive(), disposition: text.optional(), note: text.optional() }).optional(),
    imnkk: imnkk.optional(),
    report: z
      .object({
        type: z.enum(REPORT_TYPES),
        anonymous: z.boolean().optional(),
        protectIdentity: z.boolean().optional(),
        about: text.optional(),
        concerning: text.optional(),
        examination: z.object({ finding: text, at: instant, by: text }).optional(),
        conclusion: z.object({ substantiated: z.enum(SUBSTANTIATED).optional(), followUp: text, at: instant, by: text }).optional(),
      })
      .optional(),
    mail: caseMail.optional(),
    events: z.array(audit),
  })
  .refine((c) => c.applicant.name.length > 0 || !!c.report?.anonymous, {
    message: 'the applicant has no name, and the report is not anonymous',
    path: ['applicant', 'name'],
  });

/**
 * One block of a year's agenda book: the cases with agenda numbers in the block, and the last
 * agenda number given in the year up to and including this block.
 */
export const blockSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  year: z.number().int(),
  block: z.number().int().nonnegative(),
  lastAgenda: z.number().int().nonnegative(),
  cases: z.array(caseSchema),
});
export type BlockDoc = z.infer<typeof blockSchema>;

/** The year document without looking into its cases (they are checked one by one as they change). */
export const blockShellSchema = blockSchema.extend({ cases: z.custom<BlockDoc['cases']>(Array.isArray, 'an array of cases') });

/** One year's book of outgoing letters: every number given, in order. */
export const letterBookSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  year: z.number().int(),
  lastSeq: z.number().int().nonnegative(),
  letters: z.array(
    z.object({
      seq: z.number().int().positive(),
      number: text,
      caseId: text,
      kind: text,
      date,
      issuedAt: instant,
      by: text,
    }),
  ),
});
export type LetterBook = z.infer<typeof letterBookSchema>;

/**
 * Store-wide facts: which blocks still hold open cases (`2026-000`), the key that signs certificate
 * codes, the numbers given so far and the revocations.
 */
export const metaSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  openBlocks: z.array(z.string().regex(BLOCK_KEY)),
  secret: z.string().regex(SHA256),
  /** The highest agenda number ever given per year: a missing block cannot make it be given again. */
  agendaHighWater: z.record(z.string().regex(YEAR_KEY), z.number().int().nonnegative()).optional(),
  /** Numbers an imported agenda book never had, per year, as [first, last] ranges: gaps `check` accepts. */
  agendaGaps: z.record(z.string().regex(YEAR_KEY), z.array(z.tuple([z.number().int().positive(), z.number().int().positive()]))).optional(),
  /** The highest letter sequence ever given per year. */
  letterHighWater: z.record(z.string().regex(YEAR_KEY), z.number().int().nonnegative()).optional(),
  /** Every certificate revocation, kept apart from the case so that no later change of the case removes it. */
  revocations: z.array(revocation.extend({ code: text, caseId: text })).optional(),
});
export type MetaDoc = z.infer<typeof metaSchema>;

// Name and NIP may be empty until the office sets them; a document is refused while they are (domain/signatory.ts).
const signatory = z.object({ position: text, name: text, nip: text });
const interval = z.string().regex(INTERVAL, 'HH:MM-HH:MM');

// A year has about 250 working days: a longer answer period is a typo, and would make every deadline a long computation.
const servicePeriods = z.object({
  letterWorkingDays: z.number().int().min(1).max(MAX_WORKING_DAYS),
  walkinOfficeHours: z.number().min(0).max(MAX_OFFICE_HOURS),
  leadTimeWorkingDays: z.number().int().min(0).max(MAX_WORKING_DAYS),
});
const port = z.number().int().min(1).max(65_535);
const mailServer = { host: text, port, secure: z.enum(MAIL_SECURITY), user: text, passwordFile: text };
const mailProfile = z
  .object({
    smtp: z.object(mailServer).strict().optional(),
    imap: z
      .object({ ...mailServer, folder: text.min(1), doneFolder: text })
      .strict()
      .optional(),
    rules: z
      .object(Object.fromEntries(SERVICES.map((s) => [s, z.array(text.min(1)).optional()])))
      .strict()
      .optional(),
    cc: z.array(email).optional(),
  })
  .strict();
const reportPeriod = z.object({ days: z.number().int().min(1).max(MAX_WORKING_DAYS), counting: z.enum(['calendar', 'working']) });

export const profileSchema: z.ZodType<Profile> = z.object({
  agency: text.min(1),
  unit: text,
  address: text,
  city: text.min(1),
  phone: text,
  email: text,
  website: text,
  logo: text,
  timeZone: text.min(1),
  zoneLabel: text.min(1),
  officeHours: z
    .object({
      sun: z.array(interval).optional(),
      mon: z.array(interval).optional(),
      tue: z.array(interval).optional(),
      wed: z.array(interval).optional(),
      thu: z.array(interval).optional(),
      fri: z.array(interval).optional(),
      sat: z.array(interval).optional(),
    })
    .strict(),
  numbering: z.object({ letter: text.min(1), agenda: text.min(1) }),
  services: z.object({
    sosialisasi: servicePeriods,
    pengaduan: servicePeriods.extend({
      reportTypes: z
        .object(Object.fromEntries(REPORT_TYPES.map((t) => [t, reportPeriod.optional()])))
        .partial()
        .strict()
        .optional(),
    }),
    imnkk: z.object({ months: z.number().int().min(1).max(60), maxScore: z.number().int().min(1).max(100_000) }),
  }),
  limits: z.object({ attachmentMb: z.number().int().min(1).max(2048) }).optional(),
  verification: z.object({ url: text }).optional(),
  serve: z.object({ publicUrl: text }).optional(),
  signing: z.object({ p12: text, reason: text }).optional(),
  officers: z
    .array(
      z.object({
        name: text.min(1),
        nip: text,
        roles: z.array(z.enum(['penerima', 'disposisi', 'analis', 'penandatangan', 'wbs', 'admin'])),
        email: email.optional(),
        login: z.string().regex(LOGIN).optional(),
      }),
    )
    .optional(),
  mail: mailProfile.optional(),
  signatories: z.object({ reply: signatory, recommendation: signatory.optional(), certificate: signatory }),
  copies: z.array(text),
  complaintChannels: z.array(text),
  complaints: z.object({ addressee: text, channels: z.record(text) }).optional(),
  personTitle: text.optional(),
});
export type { Profile };

/** A line of store/issued.jsonl. */
export const issuedDocumentSchema = z.object({
  sha256: z.string().regex(SHA256),
  caseId: text,
  name: text,
  at: instant,
  signed: z.boolean(),
  kind: text.optional(),
  letterNumber: text.optional(),
});

const stamp = { by: text, at: instant };
export const configSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  profile: profileSchema,
  calendar: z.object({
    closures: z.array(z.object({ date, name: text.min(1), ...stamp })),
    openings: z.array(z.object({ date, reason: text.optional(), ...stamp })),
  }),
  events: z.array(audit),
});
export type ConfigDoc = z.infer<typeof configSchema>;
