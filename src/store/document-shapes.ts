/**
 * The shapes of the other stored documents as plain checks, each mirroring its zod schema in
 * schema.ts: a block's shell, meta, a letter book, a line of the issued register, the configuration.
 */
import { MAX_OFFICE_HOURS, MAX_WORKING_DAYS } from '../domain/limits.js';
import { MAIL_SECURITY } from '../domain/mail-settings.js';
import { REPORT_TYPES, SERVICES } from '../domain/model.js';
import { auditShape, caseShape } from './case-shape.js';
import { BLOCK_KEY, DATE, EMAIL, INSTANT, INTERVAL, LOGIN, SHA256, YEAR_KEY } from './formats.js';
import { boolean, integer, list, number, oneOf, optional as opt, record, shape, text, tuple, type Check } from './plain-checks.js';
import { SCHEMA_VERSION } from './version.js';

const str = text();
const named = text({ min: 1 });
const date = text({ pattern: DATE });
const instant = text({ pattern: INSTANT });
const version = oneOf([SCHEMA_VERSION]);
const count = number({ integer: true, min: 0 });
const positive = number({ integer: true, min: 1 });
const between = (min: number, max: number, isInteger = true) => number({ integer: isInteger, min, max });

/** blockShellSchema: a block without looking into its cases. */
export const blockShellShape = shape({ schemaVersion: version, year: integer, block: count, lastAgenda: count, cases: Array.isArray });

/** blockSchema: the shell and every case in it. */
export const blockShape: Check = (v) => blockShellShape(v) && (v as { cases: unknown[] }).cases.every(caseShape);

/** metaSchema. */
export const metaShape = shape({
  schemaVersion: version,
  openBlocks: list(text({ pattern: BLOCK_KEY })),
  secret: text({ pattern: SHA256 }),
  agendaHighWater: opt(record(text({ pattern: YEAR_KEY }), count)),
  agendaGaps: opt(record(text({ pattern: YEAR_KEY }), list(tuple([positive, positive])))),
  letterHighWater: opt(record(text({ pattern: YEAR_KEY }), count)),
  revocations: opt(list(shape({ at: instant, by: str, reason: str, decision: opt(str), code: str, caseId: str }))),
});

/** letterBookSchema. */
export const letterBookShape = shape({
  schemaVersion: version,
  year: integer,
  lastSeq: count,
  letters: list(shape({ seq: positive, number: str, caseId: str, kind: str, date, issuedAt: instant, by: str })),
});

/** issuedDocumentSchema: a line of the register of issued documents. */
export const issuedDocumentShape = shape({
  sha256: text({ pattern: SHA256 }),
  caseId: str,
  name: str,
  at: instant,
  signed: boolean,
  kind: opt(str),
  letterNumber: opt(str),
});

const signatory = shape({ position: str, name: str, nip: str });
const periods = {
  letterWorkingDays: between(1, MAX_WORKING_DAYS),
  walkinOfficeHours: between(0, MAX_OFFICE_HOURS, false),
  leadTimeWorkingDays: between(0, MAX_WORKING_DAYS),
};
const reportPeriod = shape({ days: between(1, MAX_WORKING_DAYS), counting: oneOf(['calendar', 'working']) });
const mailServer = { host: str, port: between(1, 65_535), secure: oneOf(MAIL_SECURITY), user: str, passwordFile: str };
const hours = opt(list(text({ pattern: INTERVAL })));

/** profileSchema. */
export const profileShape = shape({
  agency: named,
  unit: str,
  address: str,
  city: named,
  phone: str,
  email: str,
  website: str,
  logo: str,
  timeZone: named,
  zoneLabel: named,
  officeHours: shape({ sun: hours, mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours }),
  numbering: shape({ letter: named, agenda: named }),
  services: shape({
    sosialisasi: shape(periods),
    pengaduan: shape({ ...periods, reportTypes: opt(shape(Object.fromEntries(REPORT_TYPES.map((t) => [t, opt(reportPeriod)])))) }),
    imnkk: shape({ months: between(1, 60), maxScore: between(1, 100_000) }),
  }),
  limits: opt(shape({ attachmentMb: between(1, 2048) })),
  verification: opt(shape({ url: str })),
  serve: opt(shape({ publicUrl: str })),
  signing: opt(shape({ p12: str, reason: str })),
  officers: opt(
    list(
      shape({
        name: named,
        nip: str,
        roles: list(oneOf(['penerima', 'disposisi', 'analis', 'penandatangan', 'wbs', 'admin'])),
        email: opt(text({ pattern: EMAIL })),
        login: opt(text({ pattern: LOGIN })),
      }),
    ),
  ),
  mail: opt(
    shape({
      smtp: opt(shape(mailServer)),
      imap: opt(shape({ ...mailServer, folder: named, doneFolder: str })),
      rules: opt(shape(Object.fromEntries(SERVICES.map((s) => [s, opt(list(named))])))),
      cc: opt(list(text({ pattern: EMAIL }))),
    }),
  ),
  signatories: shape({ reply: signatory, recommendation: opt(signatory), certificate: signatory }),
  copies: list(str),
  complaintChannels: list(str),
  complaints: opt(shape({ addressee: str, channels: record(str, str) })),
  personTitle: opt(str),
});

const stamp = { by: str, at: instant };

/** configSchema. */
export const configShape = shape({
  schemaVersion: version,
  profile: profileShape,
  calendar: shape({
    closures: list(shape({ date, name: named, ...stamp })),
    openings: list(shape({ date, reason: opt(str), ...stamp })),
  }),
  events: list(auditShape),
});
