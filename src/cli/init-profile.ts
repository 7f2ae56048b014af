/**
 * What `loket init` asks, in order, and the profile it makes of the answers: given as flags, or asked
 * in a terminal with the current value offered; an agency other than the shipped one is offered its
 * own complaint addresses and certificate title instead of the shipped agency's.
 */
import { existsSync } from 'node:fs';
import { getProfileValue, setProfileValue } from '../app/profile-values.js';
import { isShippedAgency, ownComplaintContacts } from '../domain/complaint-channels.js';
import { titleCaseId } from '../domain/indonesian.js';
import type { Profile } from '../domain/profile.js';
import { isUnset } from '../domain/signatory.js';
import { t } from '../i18n/index.js';
import { STORED_LOGO } from '../render/logo-source.js';
import { defaultProfile } from '../store/defaults.js';
import type { OptionSpec } from './command-spec.js';
import type { Context } from './context.js';

/** The init options and the profile keys they set, in the order the interactive init asks them. */
const INIT_KEYS = [
  ['agency', 'agency'],
  ['unit', 'unit'],
  ['address', 'address'],
  ['city', 'city'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['website', 'website'],
  ['logo', 'logo'],
  ['timeZone', 'timeZone'],
  ['zoneLabel', 'zoneLabel'],
  ['signerPosition', 'signatories.reply.position'],
  ['signerName', 'signatories.reply.name'],
  ['signerNip', 'signatories.reply.nip'],
  ['recommendationSignerPosition', 'signatories.recommendation.position'],
  ['recommendationSignerName', 'signatories.recommendation.name'],
  ['recommendationSignerNip', 'signatories.recommendation.nip'],
  ['certificateSignerPosition', 'signatories.certificate.position'],
  ['certificateSignerName', 'signatories.certificate.name'],
  ['certificateSignerNip', 'signatories.certificate.nip'],
  ['letterPattern', 'numbering.letter'],
  ['complaintAddressee', 'complaints.addressee'],
  ['complaintPhone', 'complaints.channels.telepon'],
  ['complaintEmail', 'complaints.channels.email'],
  ['complaintWeb', 'complaints.channels.lapor'],
  ['complaintWbs', 'complaints.channels.wbs'],
  ['copies', 'copies'],
  ['verificationUrl', 'verification.url'],
  ['publicUrl', 'serve.publicUrl'],
  ['smtpHost', 'mail.smtp.host'],
  ['smtpPort', 'mail.smtp.port'],
  ['smtpSecure', 'mail.smtp.secure'],
  ['smtpUser', 'mail.smtp.user'],
  ['imapHost', 'mail.imap.host'],
  ['imapPort', 'mail.imap.port'],
  ['imapSecure', 'mail.imap.secure'],
  ['imapUser', 'mail.imap.user'],
  ['imapFolder', 'mail.imap.folder'],
  ['imapDoneFolder', 'mail.imap.doneFolder'],
] as const;

export const INIT_OPTIONS = {
  agency: { flags: '--agency <text>', help: 'init.ask.agency' },
  unit: { flags: '--unit <text>', help: 'init.ask.unit' },
  address: { flags: '--address <text>', help: 'init.ask.address' },
  city: { flags: '--city <text>', help: 'init.ask.city' },
  phone: { flags: '--phone <text>', help: 'init.ask.phone' },
  email: { flags: '--email <address>', help: 'init.ask.email' },
  website: { flags: '--website <text>', help: 'init.ask.website' },
  logo: { flags: '--logo <file>', help: 'init.ask.logo' },
  timeZone: { flags: '--time-zone <zone>', help: 'init.ask.timeZone' },
  zoneLabel: { flags: '--zone-label <WIB|WITA|WIT>', help: 'init.ask.zoneLabel' },
  signerPosition: { flags: '--signer-position <text>', help: 'init.ask.signerPosition' },
  signerName: { flags: '--signer-name <text>', help: 'init.ask.signerName' },
  signerNip: { flags: '--signer-nip <nip>', help: 'init.ask.signerNip' },
  recommendationSignerPosition: { flags: '--recommendation-signer-position <text>', help: 'init.ask.recommendationSignerPosition' },
  recommendationSignerName: { flags: '--recommendation-signer-name <text>', help: 'init.ask.recommendationSignerName' },
  recommendationSignerNip: { flags: '--recommendation-signer-nip <nip>', help: 'init.ask.recommendationSignerNip' },
  certificateSignerPosition: { flags: '--certificate-signer-position <text>', help: 'init.ask.certificateSignerPosition' },
  certificateSignerName: { flags: '--certificate-signer-name <text>', help: 'init.ask.certificateSignerName' },
  certificateSignerNip: { flags: '--certificate-signer-nip <nip>', help: 'init.ask.certificateSignerNip' },
  letterPattern: { flags: '--letter-pattern <pattern>', help: 'init.ask.letterPattern' },
  complaintAddressee: { flags: '--complaint-addressee <text>', help: 'init.ask.complaintAddressee' },
  complaintPhone: { flags: '--complaint-phone <text>', help: 'init.ask.complaintPhone' },
  complaintEmail: { flags: '--complaint-email <text>', help: 'init.ask.complaintEmail' },
  complaintWeb: { flags: '--complaint-web <url>', help: 'init.ask.complaintWeb' },
  complaintWbs: { flags: '--complaint-wbs <url>', help: 'init.ask.complaintWbs' },
  copies: { flags: '--copies <list>', help: 'init.ask.copies' },
  verificationUrl: { flags: '--verification-url <url>', help: 'init.ask.verificationUrl' },
  publicUrl: { flags: '--public-url <url>', help: 'init.ask.publicUrl' },
  smtpHost: { flags: '--smtp-host <host>', help: 'init.ask.smtpHost' },
  smtpPort: { flags: '--smtp-port <port>', help: 'init.ask.smtpPort' },
  smtpSecure: { flags: '--smtp-secure <none|starttls|tls>', help: 'init.ask.smtpSecure' },
  smtpUser: { flags: '--smtp-user <login>', help: 'init.ask.smtpUser' },
  imapHost: { flags: '--imap-host <host>', help: 'init.ask.imapHost' },
  imapPort: { flags: '--imap-port <port>', help: 'init.ask.imapPort' },
  imapSecure: { flags: '--imap-secure <none|starttls|tls>', help: 'init.ask.imapSecure' },
  imapUser: { flags: '--imap-user <login>', help: 'init.ask.imapUser' },
  imapFolder: { flags: '--imap-folder <folder>', help: 'init.ask.imapFolder' },
  imapDoneFolder: { flags: '--imap-done-folder <folder>', help: 'init.ask.imapDoneFolder' },
} as const satisfies Record<(typeof INIT_KEYS)[number][0], OptionSpec>;

type InitField = (typeof INIT_KEYS)[number][0];

/** The signatories' names and NIPs a letter or a certificate cannot be signed without. */
const SIGNER_KEYS = new Set<string>([
  'signatories.reply.name',
  'signatories.reply.nip',
  'signatories.certificate.name',
  'signatories.certificate.nip',
]);

/** A list (the copies) is typed as one line, its items separated by ";". */
export function listText(value: unknown): string {
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** The typed form of an answer for `setProfileValue`: a list key's ";"-separated items as JSON. */
function profileText(current: unknown, answer: string): string {
  if (!Array.isArray(current) || answer.trim().startsWith('[')) return answer;
  return JSON.stringify(
    answer
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The profile with what was given set, and (in a terminal) what was not asked with the current value offered. */
export async function initProfile(ctx: Context, given: Partial<Record<InitField, string>>, profile: Profile): Promise<Profile> {
  let next = profile;
  for (const [field, key] of INIT_KEYS) {
    // An agency other than the shipped one does not keep the shipped agency's addresses or titles: its own are offered.
    if (key === 'complaints.addressee') next = withOwnComplaints(next);
    if (key === 'signatories.certificate.position') next = withOwnCertificateSigner(next);
    const value = given[field];
    if (value !== undefined) next = setProfileValue(next, key, profileText(getProfileValue(next, key), value));
    else if (ctx.interactive) {
      const { askText } = await import('./prompts.js');
      const current = next;
      const before = getProfileValue(current, key);
      // A signatory left empty is asked once more (a letter could not be signed); Enter again leaves it for later.
      let leftEmpty = !SIGNER_KEYS.has(key);
      const answer = await askText(t(INIT_OPTIONS[field].help), {
        default: listText(before),
        validate: (v) => {
          if (isUnset(v) && !leftEmpty) {
            leftEmpty = true;
            return t('init.signerEmpty');
          }
          try {
            setProfileValue(current, key, profileText(before, v));
            return key === 'logo' ? logoProblem(v) : true;
          } catch {
            return t('input.configValue', { value: v });
          }
        },
      });
      next = setProfileValue(next, key, profileText(before, answer));
    }
  }
  return next;
}

/** What is wrong with a logo typed at the prompt (true when nothing is). */
function logoProblem(value: string): true | string {
  const v = value.trim();
  return !v || STORED_LOGO.test(v) || existsSync(v) ? true : t('input.file', { value: v });
}

/** The profile's complaint set-up made the office's own when its agency is not the shipped one but the set-up still is. */
function withOwnComplaints(next: Profile): Profile {
  if (isShippedAgency(next)) return next;
  const shipped = defaultProfile().complaints;
  const still = !next.complaints || JSON.stringify(next.complaints) === JSON.stringify(shipped);
  return still ? { ...next, complaints: ownComplaintContacts(next) } : next;
}

/** The certificate's signatory titled for the office's own agency while the title is still the shipped agency's head's. */
function withOwnCertificateSigner(next: Profile): Profile {
  const shipped = defaultProfile().signatories.certificate.position;
  if (isShippedAgency(next) || next.signatories.certificate.position !== shipped) return next;
  return setProfileValue(next, 'signatories.certificate.position', `Pimpinan ${titleCaseId(next.agency)}`);
}
