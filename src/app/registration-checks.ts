/** Checking what the counter typed or passed as flags, before anything is written. */
import { basename } from 'node:path';
import { channelInfo, channels } from '../channels.js';
import type { AttachmentRole, CaseKind, Report, Service } from '../domain/model.js';
import { registrationDateProblems, type RegistrationInput } from '../domain/registration.js';
import { localDate } from '../domain/timezone.js';
import { ProblemList } from '../errors.js';
import { dateOption, dateTimeOption, emailOption, fileOption, instantOption, phoneOption } from './typed-values.js';
import type { RegistrationFields } from './registration-fields.js';

/** The channel must be on the office's list, and open to the service. */
function channelProblem(problems: ProblemList, channel: string, service: Service | undefined): void {
  const info = channelInfo(channel);
  if (!info) problems.add('channel', 'input.oneOf', { value: channel, choices: Object.keys(channels()).join(', ') });
  else if (service && info.services && !info.services.includes(service))
    problems.add('channel', 'input.channelService', { value: channel, services: info.services.join(', ') });
}

/** What the pengaduan service records of a report; the report's options on another service are refused. */
function reportInput(problems: ProblemList, raw: RegistrationFields, channel: string | undefined): Report | undefined {
  const given = (['reportType', 'anonymous', 'protectIdentity', 'about', 'concerning'] as const).filter((k) => raw[k] !== undefined);
  if (raw.service !== 'pengaduan') {
    for (const field of given) problems.add(field, 'input.onlyPengaduan');
    return undefined;
  }
  if (raw.anonymous) {
    const named = (['applicant', 'visitor', 'institution', 'contact', 'email'] as const).filter((k) => raw[k] !== undefined);
    for (const field of named) problems.add(field, 'input.anonymousNamed');
  }
  const protect = !!raw.protectIdentity || (!!channel && !!channelInfo(channel)?.protectIdentity);
  return {
    type: raw.reportType ?? 'pengaduan',
    ...(raw.anonymous ? { anonymous: true } : protect ? { protectIdentity: true } : {}),
    ...(raw.about ? { about: raw.about } : {}),
    ...(raw.concerning ? { concerning: raw.concerning } : {}),
  };
}

/** A file to copy into the store, with the role it plays on the case. */
export interface PendingAttachment {
  role: AttachmentRole;
  path: string;
}

/** The required fields of a registration that are still empty (option names). */
export function missingRequired(raw: RegistrationFields, kind: CaseKind): string[] {
  const required = kind === 'letter' ? (['service', 'channel', 'applicant'] as const) : (['visitor', 'service', 'purpose'] as const);
  // An anonymous report has no name to require.
  const missing: string[] = required.filter(
    (field) => raw[field] === undefined && !(raw.anonymous && (field === 'applicant' || field === 'visitor')),
  );
  if (kind === 'letter' && raw.subject === undefined && raw.purpose === undefined) missing.push('subject');
  return missing;
}

// An operator letter may be a reference (number of the Surat Tugas) or a scanned file.
const SCAN_RE = /\.(pdf|jpe?g|png)$/i;

/** Whether an operator-letter value names a scanned file rather than a reference. */
export function isScan(value: string | undefined): value is string {
  return !!value && SCAN_RE.test(value);
}

/**
 * Validates a registration; every problem of the call is collected and thrown together as one
 * InputError (exit 2). Returns the input for the domain and the files to store.
 */
export function parseRegistration(
  raw: RegistrationFields,
  kind: CaseKind,
  nowMs: number,
  receivedBy: string,
  timeZone: string,
  maxAttachmentBytes: number,
): { input: RegistrationInput; files: PendingAttachment[] } {
  const problems = new ProblemList();
  for (const field of missingRequired(raw, kind)) problems.add(field, 'input.required');
  const contact = phoneOption(problems, 'contact', raw.contact);
  const email = emailOption(problems, 'email', raw.email);
  const operatorEmail = emailOption(problems, 'operatorEmail', raw.operatorEmail);
  const letterDate = dateOption(problems, 'letterDate', raw.letterDate);
  const event = dateTimeOption(problems, 'eventDate', raw.eventDate);
  const receivedMs = raw.receivedAt === undefined ? nowMs : instantOption(problems, 'receivedAt', raw.receivedAt, timeZone);
  const files: PendingAttachment[] = [];
  const file = (field: string, role: AttachmentRole, value: string | undefined) => {
    const path = fileOption(problems, field, value, maxAttachmentBytes);
    if (path) files.push({ role, path });
  };
  file('tor', 'tor', raw.tor);
  file('idDoc', 'id-document', raw.idDoc);
  for (const a of raw.attach ?? []) file('attach', 'attachment', a);
  const operatorLetter = raw.operatorLetter;
  if (isScan(operatorLetter)) file('operatorLetter', 'operator-letter', operatorLetter);
  if (receivedMs !== undefined) {
    registrationDateProblems(problems, { received: localDate(receivedMs, timeZone), letterDate, eventDate: event?.date });
  }
  const name = kind === 'walkin' ? raw.visitor : raw.applicant;
  const subject = raw.subject ?? raw.purpose;
  const service = raw.service;
  const channel = kind === 'walkin' ? 'langsung' : raw.channel;
  if (channel !== undefined) channelProblem(problems, channel, service);
  const report = reportInput(problems, raw, channel);
  problems.throwIfAny();
  const received = problems.need(receivedMs);
  if ((!name && !raw.anonymous) || !subject || !service || !channel) throw new Error('missingRequired let a required field through');
  const operator = raw.operatorName ? { operator: { name: raw.operatorName, position: raw.operatorPosition, email: operatorEmail } } : {};
  const input: RegistrationInput = {
    kind,
    service,
    channel,
    receivedMs: received,
    receivedBy,
    applicant: { name: name ?? '', type: raw.applicantType, institution: raw.institution, contact, email, ...operator },
    ...(raw.channelRef ? { channelRef: raw.channelRef } : {}),
    ...(report ? { report } : {}),
    letter: { number: raw.letterNumber, date: letterDate },
    subject,
    purpose: raw.purpose,
    material: raw.material,
    activity: raw.activity,
    ticked: [...(raw.broughtLetter ? ['request-letter'] : []), ...(raw.showedId ? ['id-document'] : [])],
    event: { date: event?.date, time: event?.time, place: raw.eventPlace, mode: raw.mode },
    attachments: [],
    imnkk:
      service === 'imnkk'
        ? {
            ethicsRegulation: raw.ethicsRegulation,
            sindenAccount: raw.sindenAccount,
            operatorLetter: isScan(operatorLetter) ? basename(operatorLetter) : operatorLetter,
            selfAssessment: raw.selfAssessmentComplete ? localDate(received, timeZone) : undefined,
          }
        : undefined,
  };
  return { input, files };
}
