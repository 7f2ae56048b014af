/** Checking what the counter typed or passed as flags, before anything is written. */
import { basename } from 'node:path';
import { APPLICANT_TYPES, CHANNELS, MODES, SERVICES, type AttachmentRole, type CaseKind } from '../domain/model.js';
import type { RegistrationInput } from '../domain/registration.js';
import { localDate } from '../domain/timezone.js';
import { ProblemList } from '../errors.js';
import { choiceOption, dateOption, dateTimeOption, emailOption, fileOption, instantOption, phoneOption, textOption } from './input.js';

/** Raw option values of `register letter` / `register walkin`, as commander gives them. */
export interface RawRegistration {
  service?: string;
  channel?: string;
  applicant?: string;
  visitor?: string;
  institution?: string;
  applicantType?: string;
  contact?: string;
  email?: string;
  letterNumber?: string;
  letterDate?: string;
  subject?: string;
  purpose?: string;
  material?: string;
  eventDate?: string;
  eventPlace?: string;
  mode?: string;
  tor?: string;
  idDoc?: string;
  attach?: string[];
  receivedAt?: string;
  operatorName?: string;
  operatorPosition?: string;
  operatorEmail?: string;
  operatorLetter?: string;
  ethicsRegulation?: string;
  sindenAccount?: string;
  selfAssessmentComplete?: boolean;
}

/** A file to copy into the store, with the role it plays on the case. */
export interface PendingAttachment {
  role: AttachmentRole;
  path: string;
}

/** The required fields of a registration that are still empty (as flag names). */
export function missingRequired(raw: RawRegistration, kind: CaseKind): string[] {
  const missing: string[] = [];
  if (!textOption(raw.service)) missing.push('--service');
  if (kind === 'letter') {
    if (!textOption(raw.channel)) missing.push('--channel');
    if (!textOption(raw.applicant)) missing.push('--applicant');
    if (!textOption(raw.subject) && !textOption(raw.purpose)) missing.push('--subject');
  } else {
    if (!textOption(raw.visitor)) missing.push('--visitor');
    if (!textOption(raw.purpose)) missing.push('--purpose');
  }
  return missing;
}

/**
 * Validates a registration; every problem of the call is collected and thrown together as one
 * InputError (exit 2). Returns the input for the domain and the files to store.
 */
export function parseRegistration(
  raw: RawRegistration,
  kind: CaseKind,
  nowMs: number,
  receivedBy: string,
  timeZone: string,
  maxAttachmentBytes: number,
): { input: RegistrationInput; files: PendingAttachment[] } {
  const problems = new ProblemList();
  for (const field of missingRequired(raw, kind)) problems.add(field, 'input.required');
  const service = choiceOption(problems, '--service', textOption(raw.service), SERVICES);
  const channel = kind === 'walkin' ? 'langsung' : choiceOption(problems, '--channel', textOption(raw.channel), CHANNELS);
  const applicantType = choiceOption(problems, '--applicant-type', textOption(raw.applicantType), APPLICANT_TYPES);
  const contact = phoneOption(problems, '--contact', textOption(raw.contact));
  const email = emailOption(problems, '--email', textOption(raw.email));
  const operatorEmail = emailOption(problems, '--operator-email', textOption(raw.operatorEmail));
  const letterDate = dateOption(problems, '--letter-date', textOption(raw.letterDate));
  const event = dateTimeOption(problems, '--event-date', textOption(raw.eventDate));
  const mode = choiceOption(problems, '--mode', textOption(raw.mode), MODES);
  const receivedMs = raw.receivedAt === undefined ? nowMs : instantOption(problems, '--received-at', raw.receivedAt, timeZone);
  const files: PendingAttachment[] = [];
  const file = (field: string, role: AttachmentRole, value: string | undefined) => {
    const path = fileOption(problems, field, textOption(value), maxAttachmentBytes);
    if (path) files.push({ role, path });
  };
  file('--tor', 'tor', raw.tor);
  file('--id-doc', 'id-document', raw.idDoc);
  for (const a of raw.attach ?? []) file('--attach', 'attachment', a);
  const operatorLetter = textOption(raw.operatorLetter);
  // An operator letter may be a reference (number of the Surat Tugas) or a scanned file.
  if (operatorLetter && /\.(pdf|jpe?g|png)$/i.test(operatorLetter)) file('--operator-letter', 'operator-letter', operatorLetter);
  if (receivedMs !== undefined) {
    const receivedDate = localDate(receivedMs, timeZone);
    if (event && event.date < receivedDate)
      problems.add('--event-date', 'input.eventBeforeReceipt', { value: event.date, received: receivedDate });
    if (letterDate && letterDate > receivedDate)
      problems.add('--letter-date', 'input.letterAfterReceipt', { value: letterDate, received: receivedDate });
  }
  problems.throwIfAny();
  const name = textOption(kind === 'walkin' ? raw.visitor : raw.applicant)!;
  const purpose = textOption(raw.purpose);
  const operatorName = textOption(raw.operatorName);
  const input: RegistrationInput = {
    kind,
    service: service!,
    channel: channel!,
    receivedMs: receivedMs!,
    receivedBy,
    applicant: {
      name,
      type: applicantType,
      institution: textOption(raw.institution),
      contact,
      email,
      ...(operatorName ? { operator: { name: operatorName, position: textOption(raw.operatorPosition), email: operatorEmail } } : {}),
    },
    letter: { number: textOption(raw.letterNumber), date: letterDate },
    subject: textOption(raw.subject) ?? purpose!,
    purpose,
    material: textOption(raw.material),
    event: { date: event?.date, time: event?.time, place: textOption(raw.eventPlace), mode },
    attachments: [],
    imnkk:
      service === 'imnkk'
        ? {
            ethicsRegulation: textOption(raw.ethicsRegulation),
            sindenAccount: textOption(raw.sindenAccount),
            operatorLetter: files.some((f) => f.role === 'operator-letter') ? basename(operatorLetter!) : operatorLetter,
            selfAssessment: raw.selfAssessmentComplete ? localDate(receivedMs!, timeZone) : undefined,
          }
        : undefined,
  };
  return { input, files };
}
