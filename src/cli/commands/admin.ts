/** `loket init`, `config get|set`, `check`, `backup` and `restore`: the store and the office profile. */
import { profileValue, setProfileSetting, setUpOffice } from '../../app/office-setup.js';
import { getProfileValue, setProfileValue } from '../../app/profile-values.js';
import { backupName, backupStore, checkStore, restoreStore } from '../../app/store-care.js';
import type { Profile } from '../../domain/profile.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { command, group, type OptionSpec } from '../command-spec.js';
import { checkOutPath } from '../out-file.js';
import { output } from '../output.js';

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

const INIT_OPTIONS = {
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

/** The profile with what was given set, and (in a terminal) what was not asked with the current value offered. */
async function initProfile(ctx: Context, given: Partial<Record<InitField, string>>, profile: Profile): Promise<Profile> {
  let next = profile;
  for (const [field, key] of INIT_KEYS) {
    const value = given[field];
    if (value !== undefined) next = setProfileValue(next, key, value);
    else if (ctx.interactive) {
      const { askText } = await import('../prompts.js');
      const current = next;
      const answer = await askText(t(INIT_OPTIONS[field].help), {
        default: String(getProfileValue(current, key)),
        validate: (v) => {
          try {
            setProfileValue(current, key, v);
            return true;
          } catch {
            return t('input.configValue', { value: v });
          }
        },
      });
      next = setProfileValue(next, key, answer);
    }
  }
  return next;
}

/** `loket init`: the office profile, from flags or asked in a terminal. */
export const initCommand = command({
  name: 'init',
  description: 'help.init',
  options: INIT_OPTIONS,
  examples: [
    'loket init',
    'loket init --yes --city Makassar --time-zone Asia/Makassar --zone-label WITA',
    'loket init --signer-name "Dr. Nama Pejabat" --signer-nip 197001011990031001',
    'loket init --certificate-signer-name "Prof. Nama Ketua" --certificate-signer-nip 196501011990031002',
  ],
  async run(ctx, input) {
    const { location, profile } = await setUpOffice(ctx, await initProfile(ctx, input, await ctx.profile()));
    return output({ home: location, profile }, t('init.done', { home: location }));
  },
});

/** `loket config get [KEY]`: the profile, or one value of it. */
export const configGetCommand = command({
  name: 'get',
  description: 'help.config.get',
  args: [{ name: 'key', syntax: '[key]', help: 'arg.configKey' }],
  examples: ['loket config get', 'loket config get signatories.reply.name', 'loket config get services.pengaduan.letterWorkingDays --json'],
  async run(ctx, { key }) {
    const value = await profileValue(ctx, key);
    return output(key ? { key, value } : value, typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value));
  },
});

/** `loket config set KEY VALUE`: one value of the profile, checked. */
export const configSetCommand = command({
  name: 'set',
  description: 'help.config.set',
  args: [
    { name: 'key', syntax: '<key>', help: 'arg.configKey' },
    { name: 'value', syntax: '<value>', help: 'arg.configValue' },
  ],
  examples: [
    'loket config set signatories.reply.name "Dr. Nama Pejabat, M.Si."',
    'loket config set officeHours.fri "07:30-11:30,13:00-16:30"',
    'loket config set copies \'["Ketua KASN","Arsip"]\'',
  ],
  async run(ctx, { key, value }) {
    const stored = await setProfileSetting(ctx, key, value);
    return output({ key, value: stored }, t('config.set', { key, value: JSON.stringify(stored) }));
  },
});

/** `loket check`: every file of the store read and cross-checked. */
export const checkCommand = command({
  name: 'check',
  description: 'help.check',
  examples: ['loket check', 'loket check --json'],
  async run(ctx) {
    const result = await checkStore(ctx);
    return output(
      { ok: true, ...result },
      t('check.ok', { cases: result.cases, letters: result.letters, attachments: result.attachments }),
    );
  },
});

/** `loket backup [--out FILE]`: the whole store in one file. */
export const backupCommand = command({
  name: 'backup',
  description: 'help.backup',
  options: { out: { flags: '--out <file>', help: 'help.backup.out' } },
  examples: ['loket backup', 'loket backup --out /media/usb/loket-2026-11-27.jsonl', 'loket backup --out /media/usb'],
  async run(ctx, { out }) {
    const file = out === undefined ? undefined : checkOutPath('out', out, ctx.home, await backupName(ctx));
    const result = await backupStore(ctx, file);
    return output(result, t('backup.done', { file: result.file, files: result.files }));
  },
});

/** `loket restore FILE`: a backup unpacked into an empty store, then checked. */
export const restoreCommand = command({
  name: 'restore',
  description: 'help.restore',
  args: [{ name: 'file', syntax: '<file>', help: 'help.restore.file' }],
  examples: ['loket restore /media/usb/loket-2026-11-27.json --home /srv/loket-baru'],
  async run(ctx, { file }) {
    const { location, files, cases } = await restoreStore(ctx, file);
    return output({ home: location, files, cases }, t('restore.done', { files, cases, home: location }));
  },
});

export const configGroup = group({
  name: 'config',
  description: 'help.config',
  examples: ['loket config get', 'loket config set signatories.reply.nip 197001011990031001'],
  commands: [configGetCommand, configSetCommand],
});
