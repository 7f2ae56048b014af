/** The office profile: who the office is, when it is open, how it numbers letters, who signs. */
import type { ReportPeriod } from './report-types.js';
import type { ReportType } from './model.js';
import type { WeeklySchedule } from './office-hours.js';
import type { Role } from './roles.js';
import type { MailProfile } from './mail-settings.js';
import type { ComplaintContacts } from './complaint-channels.js';

/** A signatory of the office's documents. */
export interface Signatory {
  position: string;
  name: string;
  /** Nomor Induk Pegawai. */
  nip: string;
}

/** The answer periods of a service that answers letters and walk-ins. */
export interface AnswerPeriods {
  letterWorkingDays: number;
  walkinOfficeHours: number;
  leadTimeWorkingDays: number;
}

/** An officer of the office: who receives, disposes, analyses or signs. */
export interface Officer {
  name: string;
  nip: string;
  roles: Role[];
  /** Where the morning report reaches them. */
  email?: string;
  /** Their own database login on the shared database (`officer add --login`): who acts is who logged in. */
  login?: string;
}

export interface Profile {
  agency: string;
  unit: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  /** Path of the letterhead logo; empty for none. */
  logo: string;
  /** IANA time zone of the office, e.g. Asia/Jakarta. */
  timeZone: string;
  /** WIB, WITA or WIT. */
  zoneLabel: string;
  officeHours: WeeklySchedule;
  /** Patterns of letter and agenda numbers. */
  numbering: { letter: string; agenda: string };
  services: {
    sosialisasi: AnswerPeriods;
    /** Reports are answered within the period of their type (`reportTypes`, else the shipped defaults). */
    pengaduan: AnswerPeriods & { reportTypes?: Partial<Record<ReportType, ReportPeriod>> };
    imnkk: { months: number; maxScore: number };
  };
  limits?: { attachmentMb: number };
  /** Electronic signing: the PKCS#12 file and the reason each signature states (the passphrase is never stored). */
  signing?: { p12: string; reason: string };
  /** The public verification address of certificates, e.g. `https://example.go.id/verifikasi/{code}`. */
  verification?: { url: string };
  /** The public page (`loket serve`): the address the public sees, e.g. `https://layanan.example.go.id`. */
  serve?: { publicUrl: string };
  /** Who signs replies, recommendation letters (the reply's signatory when not set) and certificates. */
  signatories: { reply: Signatory; recommendation?: Signatory; certificate: Signatory };
  /** The officers; once listed, `--as` must name one of them. */
  officers?: Officer[];
  /** The office mailbox: SMTP out, IMAP in, the subject rules (passwords are never here). */
  mail?: MailProfile;
  /** Tembusan lines of outgoing letters. */
  copies: string[];
  /** The office's own wording of the complaint channels on receipts; empty: made from `complaints`. */
  complaintChannels: string[];
  /** To whom a written complaint goes, and each channel's address (telephone, e-mail, web address), by channel key. */
  complaints?: ComplaintContacts;
  /** Who a person is addressed as in a letter: "Sdr./Sdri." (or "Bapak/Ibu"), before the name. */
  personTitle?: string;
}
