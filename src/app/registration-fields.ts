/**
 * What a registration may carry, as a person or a message gives it: text as typed (dates as people
 * write them, files by path), before any check. The command line's options, the menu's answers and
 * a fetched e-mail all come as these fields; `parseRegistration` checks them the same way for all.
 */
import type { Activity, ApplicantType, Mode, ReportType, Service } from '../domain/model.js';

export interface RegistrationFields {
  service?: Service;
  channel?: string;
  reportType?: ReportType;
  anonymous?: boolean;
  protectIdentity?: boolean;
  /** The letter's sender; a walk-in's name is `visitor`. */
  applicant?: string;
  visitor?: string;
  applicantType?: ApplicantType;
  institution?: string;
  contact?: string;
  email?: string;
  channelRef?: string;
  /** The case a report is about: its id, or this year's agenda number. */
  about?: string;
  concerning?: string;
  letterNumber?: string;
  letterDate?: string;
  subject?: string;
  purpose?: string;
  activity?: Activity;
  material?: string;
  eventDate?: string;
  mode?: Mode;
  eventPlace?: string;
  /** Files by path: the terms of reference, an identity card, anything else brought. */
  tor?: string;
  idDoc?: string;
  attach?: string[];
  /** Which attachment (its file name, or its number from 1) is the TOR, or the identity card. */
  torAttachment?: string;
  idAttachment?: string;
  operatorName?: string;
  operatorPosition?: string;
  operatorEmail?: string;
  /** A reference (the Surat Tugas number) or a scanned file. */
  operatorLetter?: string;
  ethicsRegulation?: string;
  sindenAccount?: string;
  selfAssessmentComplete?: boolean;
  /** A walk-in's papers seen at the counter. */
  broughtLetter?: boolean;
  showedId?: boolean;
  receivedAt?: string;
}
