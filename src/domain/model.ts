/** The shapes of a case and of its parts, shared by the domain, the store and rendering. */
import type { CaseMail } from './case-mail.js';
import { shownApplicant, type Shield } from './identity.js';

export const SERVICES = ['sosialisasi', 'imnkk', 'pengaduan'] as const;
export type Service = (typeof SERVICES)[number];

/** The channels loket ships (`data/channels.json`); an office may list its own, so a stored channel is any key. */
export const CHANNELS = ['surat', 'email', 'telepon', 'langsung', 'lapor', 'wbs', 'facebook', 'instagram', 'twitter'] as const;
export type Channel = string;

/** What a report to the pengaduan service is: a complaint, a suggestion, input, or appreciation. */
export const REPORT_TYPES = ['pengaduan', 'saran', 'masukan', 'apresiasi'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** Whether an examined complaint was found to be founded. */
export const SUBSTANTIATED = ['yes', 'no', 'partly'] as const;
export type Substantiated = (typeof SUBSTANTIATED)[number];

export const APPLICANT_TYPES = ['perorangan', 'instansi', 'lsm', 'ormas', 'parpol', 'badan-publik'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const MODES = ['luring', 'daring'] as const;
export type Mode = (typeof MODES)[number];

/** The form of a sosialisasi: a speaker, technical guidance, assistance, or advocacy. */
export const ACTIVITIES = ['narasumber', 'bimtek', 'asistensi', 'advokasi'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const URGENCIES = ['biasa', 'segera', 'sangat-segera'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** `archived`: brought in from an earlier agenda book; its outcome is not recorded here, it is not open work. */
export const STATUSES = ['registered', 'disposed', 'analysed', 'examined', 'decided', 'answered', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

export const ATTACHMENT_ROLES = ['tor', 'id-document', 'attachment', 'operator-letter'] as const;
export type AttachmentRole = (typeof ATTACHMENT_ROLES)[number];

export const OUTCOMES = ['approved', 'declined', 'incomplete'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type CaseKind = 'letter' | 'walkin';

/** A requirement recorded by hand: who found it met (with a file or a reference) or not met (and why), and when. */
export interface RequirementRecord {
  met: boolean;
  at: string;
  by: string;
  reason?: string;
  ref?: string;
  file?: string;
}

/** The applicant as one line: "name, institution" (the institution when there is one). */
export function applicantLine(applicant: { name: string; institution?: string }): string {
  return applicant.institution ? `${applicant.name}, ${applicant.institution}` : applicant.name;
}

/** What every list of cases shows of one: number, service, status, applicant line (none when shielded) and subject. */
export function caseHeadline(c: Case): Pick<Case, 'id' | 'agendaNumber' | 'service' | 'status' | 'subject'> & {
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
} {
  return {
    id: c.id,
    agendaNumber: c.agendaNumber,
    service: c.service,
    status: c.status,
    ...shownApplicant(c, applicantLine(c.applicant)),
    subject: c.subject,
    ...(c.report ? { reportType: c.report.type } : {}),
  };
}

/** What a change returns: the new value and the fields it changed, for the audit trail. */
export interface Change<T = Case> {
  value: T;
  changes: Record<string, unknown>;
}

/** An outgoing letter number as the letter book gives it. */
export interface LetterNumber {
  number: string;
  seq: number;
  year: number;
  date: string;
}

export interface Attachment {
  role: AttachmentRole;
  name: string;
  sha256: string;
  size: number;
}

export interface AuditEvent {
  at: string;
  /** The officer who acted (on a database whose officers log in as themselves: the officer of the login). */
  by: string;
  /** The database login that wrote it (database store only). */
  login?: string;
  action: string;
  changes: Record<string, unknown>;
}

export interface Applicant {
  name: string;
  type?: ApplicantType;
  institution?: string;
  contact?: string;
  email?: string;
  operator?: { name: string; position?: string; email?: string };
}

export interface ImnkkState {
  requirements: {
    ethicsRegulation?: string;
    sindenAccount?: string;
    operatorLetter?: string;
    selfAssessment?: string;
  };
  clockStart?: string;
  /** Requirements found not met after the fact: why, when and by whom; the clock stops until they are met again. */
  unmet?: { key: string; reason: string; at: string; by: string }[];
  /** Visits planned (`planned`) or held; only held ones lead to a plenary. */
  verifications: { date: string; mode: Mode; team: string[]; note?: string; planned?: boolean }[];
  plenary?: {
    date: string;
    decree: string;
    score: number;
    maxScore: number;
    index: number;
    category: string;
    criteria?: number[];
    recommendations: string[];
  };
  certificate?: IssuedCertificate;
  /** Earlier certificates of the case, revoked when a corrected plenary replaced them. */
  supersededCertificates?: IssuedCertificate[];
}

/** Everything a certificate states; its code is an HMAC of exactly this. */
export interface CertificateStatement {
  caseId: string;
  /** 1 for the case's first certificate, 2 for the one issued after it was revoked or replaced, … */
  issue: number;
  agency: string;
  score: number;
  maxScore: number;
  index: number;
  category: string;
  decree: string;
  plenaryDate: string;
  year: number;
  issuedAt: string;
  letterNumber: string;
}

export interface Revocation {
  at: string;
  by: string;
  reason: string;
  /** The decision that revoked it, when not a revocation by hand (a corrected plenary's decree). */
  decision?: string;
}

/** A revocation as the store keeps it apart from the case: which certificate, of which case. */
export interface RecordedRevocation extends Revocation {
  code: string;
  caseId: string;
}

export interface IssuedCertificate {
  code: string;
  issuedAt: string;
  letterNumber: string;
  /** What the certificate states (absent on certificates issued before statements were signed). */
  states?: CertificateStatement;
  revoked?: Revocation;
}

/** A report to the pengaduan service: its type, who may know the reporter, what it is about, and how it was handled. */
export interface Report {
  type: ReportType;
  /** No name or contact was given. */
  anonymous?: boolean;
  /** The reporter's identity is kept out of every output (also implied by the `wbs` channel). */
  protectIdentity?: boolean;
  /** The case the report is about. */
  about?: string;
  /** The unit or officer the report is about. */
  concerning?: string;
  examination?: { finding: string; at: string; by: string };
  conclusion?: { substantiated?: Substantiated; followUp: string; at: string; by: string };
}

/** One registered request, with everything that happened to it. */
/** A letter (or a certificate with its recommendation letter) prepared by one officer for another to sign. */
export interface DraftLetter {
  kind: 'reply' | 'certificate';
  by: string;
  at: string;
  /** What the one who prepared it chose: the letter's date, addressee lines and place. */
  date?: string;
  addressee?: string[];
  place?: string;
}

export interface Case {
  id: string;
  year: number;
  agendaNumber: number;
  /**
   * What the applicant quotes to follow the case on the public page (domain/tracking-code.ts). Every
   * case the stores return has one; a case stored before tracking codes is given one when read.
   */
  trackingCode?: string;
  service: Service;
  kind: CaseKind;
  channel: Channel;
  /** The channel's own reference, e.g. the LAPOR! tracking number. */
  channelRef?: string;
  receivedAt: string;
  receivedBy: string;
  applicant: Applicant;
  letter?: { number?: string; date?: string };
  subject: string;
  purpose?: string;
  material?: string;
  event?: { date?: string; time?: string; place?: string; mode?: Mode };
  attachments: Attachment[];
  answerDue: string | null;
  leadTime?: { ok: boolean; latestSubmission: string };
  status: Status;
  officer?: string;
  disposition?: { to: string; instruction?: string; urgency: Urgency; at: string; by: string };
  analysis?: { feasible: boolean; mode?: Mode; note?: string };
  decision?: { outcome: Outcome; schedule?: string; contact?: string; place?: string; reason?: string; missing?: string[] };
  reply?: { letterNumber: string; seq: number; year: number; date: string; signedBy?: string };
  /** A letter prepared and waiting for its signatory: no number yet, not issued (domain/drafts.ts). */
  draft?: DraftLetter;
  /** The answer given: when, how, on time, before the event; `note` is what a visitor was told at the counter. */
  answer?: {
    at: string;
    via: string;
    onTime: boolean;
    beforeEvent?: boolean;
    note?: string;
    by?: string;
    /** Answered with information alone (what was asked needed no decision): the note is the answer. */
    information?: true;
  };
  /** How many times the case was reopened after an answer. */
  reopenCount?: number;
  /** Requirements ticked by hand (`loket requirements`): met, or found not met with the reason; they override what the case shows. */
  requirements?: Record<string, RequirementRecord>;
  /** When the last missing requirement was met. */
  requirementsCompleteAt?: string;
  /** The form of the activity asked for (sosialisasi). */
  activity?: Activity;
  /** Brought in from an earlier agenda book: which file and row, and what the book said beyond the case fields. */
  imported?: { file: string; row: number; disposition?: string; note?: string };
  imnkk?: ImnkkState;
  report?: Report;
  /** The message it was registered from, and its e-mails waiting to leave. */
  mail?: CaseMail;
  events: AuditEvent[];
}

/** A case still waiting for its answer. */
export function isOpen(c: Pick<Case, 'status'>): boolean {
  return c.status !== 'answered' && c.status !== 'archived';
}

/**
 * Every certificate a case has had: the current one and those a corrected plenary replaced. (Here,
 * not beside the codes: the store needs it on every write, and the codes' module loads node:crypto.)
 */
export function certificatesOf(c: Case): IssuedCertificate[] {
  return [...(c.imnkk?.supersededCertificates ?? []), ...(c.imnkk?.certificate ? [c.imnkk.certificate] : [])];
}

/** The human form of a case id: year and agenda number, `2026-0042`. */
export function caseId(year: number, agendaNumber: number): string {
  return `${year}-${String(agendaNumber).padStart(4, '0')}`;
}

/** A case number as typed: `2026-0042` as it is, an agenda number alone (`42`, `0042`) as this year's case. */
export function typedCaseId(text: string, thisYear: number): string {
  const agenda = /^\s*(\d{1,6})\s*$/.exec(text);
  return agenda ? caseId(thisYear, Number(agenda[1])) : text.trim();
}
