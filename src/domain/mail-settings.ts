/**
 * The office's mailbox settings: the SMTP server replies leave by, the IMAP mailbox letters arrive
 * in, and the keyword rules that place a fetched message in a service. Passwords are never here:
 * they come from LOKET_SMTP_PASSWORD / LOKET_IMAP_PASSWORD or a 0600 file named by `passwordFile`.
 */
import type { Service } from './model.js';

/** How the connection is protected: none, upgraded with STARTTLS, or TLS from the first byte. */
export const MAIL_SECURITY = ['none', 'starttls', 'tls'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

export interface SmtpSettings {
  host: string;
  port: number;
  secure: MailSecurity;
  /** The login; empty for a server that takes mail without one (a relay inside the office). */
  user: string;
  /** A file holding the password, readable by its owner only (0600); empty to use LOKET_SMTP_PASSWORD. */
  passwordFile: string;
}

export interface ImapSettings {
  host: string;
  port: number;
  secure: MailSecurity;
  user: string;
  passwordFile: string;
  /** The folder letters arrive in. */
  folder: string;
  /** Where handled messages are moved; empty: flagged as seen and left where they are. */
  doneFolder: string;
}

/** Words of a subject that place a message in a service, per service. */
export type MailRules = Partial<Record<Service, string[]>>;

export interface MailProfile {
  smtp?: SmtpSettings;
  imap?: ImapSettings;
  rules?: MailRules;
  /** Addresses of the Tembusan recipients, put in CC of every letter e-mailed (never of a protected reporter's). */
  cc?: string[];
}

/** The subject words the office starts with: the service standard's own names for each service. */
export const DEFAULT_MAIL_RULES: Required<MailRules> = {
  sosialisasi: ['sosialisasi', 'narasumber', 'bimbingan teknis', 'bimtek', 'asistensi', 'advokasi'],
  imnkk: ['im-nkk', 'imnkk', 'nkk', 'sinden'],
  pengaduan: ['pengaduan', 'aduan', 'keluhan', 'saran', 'masukan', 'apresiasi', 'pelanggaran'],
};

/** A new SMTP group: the submission port with STARTTLS, as most office servers take it. */
export const DEFAULT_SMTP: SmtpSettings = { host: '', port: 587, secure: 'starttls', user: '', passwordFile: '' };

/** A new IMAP group: IMAP over TLS, the inbox, handled messages flagged as seen. */
export const DEFAULT_IMAP: ImapSettings = {
  host: '',
  port: 993,
  secure: 'tls',
  user: '',
  passwordFile: '',
  folder: 'INBOX',
  doneFolder: '',
};

/** The port a security mode usually has, for a message that suggests it. */
export function usualPort(server: 'smtp' | 'imap', secure: MailSecurity): number {
  if (server === 'smtp') return secure === 'tls' ? 465 : secure === 'starttls' ? 587 : 25;
  return secure === 'tls' ? 993 : 143;
}

/** The keyword rules in force: the office's, or the shipped ones for a service it did not set. */
export function mailRules(profile: { mail?: MailProfile }): Required<MailRules> {
  return { ...DEFAULT_MAIL_RULES, ...profile.mail?.rules };
}

/**
 * Keys a profile without mail settings lacks, with the value `config get` shows and whose kind
 * (number, list, text) `config set` parses: spread into the profile's optional keys.
 */
export const MAIL_OPTIONAL_KEYS: Record<string, unknown> = {
  ...Object.fromEntries(Object.entries(DEFAULT_SMTP).map(([k, v]) => [`mail.smtp.${k}`, v])),
  ...Object.fromEntries(Object.entries(DEFAULT_IMAP).map(([k, v]) => [`mail.imap.${k}`, v])),
  ...Object.fromEntries(Object.entries(DEFAULT_MAIL_RULES).map(([k, v]) => [`mail.rules.${k}`, v])),
  'mail.cc': [],
};

/** Optional groups created whole when one of their keys is first set: spread into the profile's optional groups. */
export const MAIL_OPTIONAL_GROUPS: Record<string, Record<string, unknown>> = {
  mail: {},
  'mail.smtp': DEFAULT_SMTP as unknown as Record<string, unknown>,
  'mail.imap': DEFAULT_IMAP as unknown as Record<string, unknown>,
  'mail.rules': DEFAULT_MAIL_RULES,
};
