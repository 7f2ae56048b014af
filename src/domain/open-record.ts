/**
 * The compact record of an open case: exactly what the morning report (`due`) shows, filters and
 * ranks by, kept by the stores beside each open case so that the report need not read whole cases.
 * A shielded reporter stays out of it as out of the report: no name, no contact, no e-mail.
 * Derived from the case only (the calendar, the checklists and the day are applied when reporting),
 * so it goes stale only when the case changes; OPEN_RECORD_VERSION changes whenever what it holds does.
 */
import { identityShield, type Shield } from './identity.js';
import { applicantLine, isOpen, type Case, type CaseKind, type ReportType, type Service, type Status } from './model.js';
import { isMet, REQUIREMENT_KEYS } from './requirements.js';

/** Bumped whenever a record would hold something else for the same case: older records are then rebuilt. */
export const OPEN_RECORD_VERSION = 1;

export interface OpenRecord {
  v: number;
  id: string;
  agendaNumber: number;
  service: Service;
  kind: CaseKind;
  status: Status;
  channel: string;
  subject: string;
  officer?: string;
  /** The applicant line; empty when the reporter is shielded (`identity` says why). */
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
  /** Only when the reporter is not shielded (for `--include-personal-data`). */
  contact?: string;
  email?: string;
  answerDue: string | null;
  eventDate?: string;
  /** The day the case was received (what a waiting case is listed by). */
  since: string;
  /** While no answer is due yet (waiting for requirements): the requirement keys the case meets. */
  met?: string[];
  /**
   * How many audit events the case has. Every change adds one, so the record written with a change
   * always differs from the one before: the database tells a document changed without its record
   * (by hand, with a SQL client) by that, and drops the record (pg/schema.ts).
   */
  events: number;
}

/** The record of an open case (undefined for a closed one). */
export function openRecordOf(c: Case): OpenRecord | undefined {
  if (!isOpen(c)) return undefined;
  const shield = identityShield(c);
  const r: OpenRecord = {
    v: OPEN_RECORD_VERSION,
    id: c.id,
    agendaNumber: c.agendaNumber,
    service: c.service,
    kind: c.kind,
    status: c.status,
    channel: c.channel,
    subject: c.subject,
    applicant: shield ? '' : applicantLine(c.applicant),
    answerDue: c.answerDue,
    since: c.receivedAt.slice(0, 10),
    events: c.events.length,
  };
  if (c.officer !== undefined) r.officer = c.officer;
  if (shield) r.identity = shield;
  if (c.report) r.reportType = c.report.type;
  if (!shield && c.applicant.contact !== undefined) r.contact = c.applicant.contact;
  if (!shield && c.applicant.email !== undefined) r.email = c.applicant.email;
  if (c.event?.date) r.eventDate = c.event.date;
  if (c.answerDue === null) {
    const keys = new Set<string>([...REQUIREMENT_KEYS, ...Object.keys(c.requirements ?? {})]);
    r.met = [...keys].filter((key) => isMet(key, c));
  }
  return r;
}

const TEXT = ['id', 'service', 'kind', 'status', 'channel', 'subject', 'applicant', 'since'] as const;
const OPTIONAL_TEXT = ['officer', 'identity', 'reportType', 'contact', 'email', 'eventDate'] as const;

/** Whether a stored value is a record of this version (a hand-edited or older one is rebuilt from its case). */
export function isOpenRecord(x: unknown): x is OpenRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  if (r.v !== OPEN_RECORD_VERSION || typeof r.agendaNumber !== 'number' || typeof r.events !== 'number') return false;
  for (const key of TEXT) if (typeof r[key] !== 'string') return false;
  for (const key of OPTIONAL_TEXT) if (r[key] !== undefined && typeof r[key] !== 'string') return false;
  if (r.answerDue !== null && typeof r.answerDue !== 'string') return false;
  if (r.identity !== undefined && r.applicant !== '') return false;
  return r.met === undefined || (Array.isArray(r.met) && r.met.every((k) => typeof k === 'string'));
}

/** Whether two records say the same (whatever the order of their fields: the database reorders them). */
export function sameOpenRecord(a: OpenRecord | undefined, b: OpenRecord | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (Array.isArray(x) && Array.isArray(y) ? x.join('\n') !== y.join('\n') : x !== y) return false;
  }
  return true;
}

/** The ids whose stored record is missing, extra or not the one expected, in the order of `expected` then the extra ones. */
export function recordDifferences(stored: readonly OpenRecord[], expected: readonly OpenRecord[]): string[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const r of expected) {
    if (!sameOpenRecord(byId.get(r.id), r)) out.push(r.id);
    byId.delete(r.id);
  }
  return [...out, ...byId.keys()];
}
