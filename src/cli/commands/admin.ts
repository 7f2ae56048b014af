/** `loket init`, `config get|set`, `check`, `backup` and `restore`: the store and the office profile. */
import { join } from 'node:path';
import { checkOutPath } from '../out-file.js';
import { formatInstant } from '../../domain/timezone.js';
import type { Profile } from '../../domain/profile.js';
import { ProblemList, StoreError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { command, group, type OptionSpec } from '../command-spec.js';
import { fileOption } from '../input.js';
import { output } from '../output.js';
import { assertProfile, getProfileValue, profileChanges, profileKeys, setProfileValue } from '../profile-input.js';
import { existsSync } from 'node:fs';
import { isShippedAgency, namesShippedAgency, ownComplaintContacts } from '../../domain/complaint-channels.js';
import { STORED_LOGO } from '../../render/logo-source.js';
import { titleCaseId } from '../../domain/indonesian.js';
import { defaultProfile } from '../../store/defaults.js';

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
  complaintAddressee: { flags: '--complaint-addressee <text>', help: 'init.ask.complaintAddressee' },
  complaintPhone: { flags: '--complaint-phone <text>', help: 'init.ask.complaintPhone' },
  complaintEmail: { flags: '--complaint-email <text>', help: 'init.ask.complaintEmail' },
  complaintWeb: { flags: '--complaint-web <url>', help: 'init.ask.complaintWeb' },
  complaintWbs: { flags: '--complaint-wbs <url>', help: 'init.ask.complaintWbs' },
  copies: { flags: '--copies <list>', help: 'init.ask.copies' },
  verificationUrl: { flags: '--verification-url <url>', help: 'init.ask.verificationUrl' },
} as const satisfies Record<(typeof INIT_KEYS)[number][0], OptionSpec>;

type InitField = (typeof INIT_KEYS)[number][0];

/** A list (the copies) is typed as one line, its items separated by ";". */
function listText(value: unknown): string {
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
async function initProfile(ctx: Context, given: Partial<Record<InitField, string>>, profile: Profile): Promise<Profile> {
  let next = profile;
  for (const [field, key] of INIT_KEYS) {
    // An agency other than the shipped one does not keep the shipped agency's addresses or titles: its own are offered.
    if (key === 'complaints.addressee') next = withOwnComplaints(next);
    if (key === 'signatories.certificate.position') next = withOwnCertificateSigner(next);
    const value = given[field];
    if (value !== undefined) next = setProfileValue(next, key, profileText(getProfileValue(next, key), value));
    else if (ctx.interactive) {
      const { askText } = await import('../prompts.js');
      const current = next;
      const before = getProfileValue(current, key);
      const answer = await askText(t(INIT_OPTIONS[field].help), {
        default: listText(before),
        validate: (v) => {
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

/** A logo named by its file is copied into the store, and the profile names the copy (`sha256:…`). */
async function storedLogo(ctx: Context, profile: Profile): Promise<Profile> {
  const logo = profile.logo.trim();
  if (!logo || STORED_LOGO.test(logo)) return profile;
  const problems = new ProblemList();
  const path = problems.need(fileOption(problems, 'logo', logo));
  const { sha256 } = await ctx.store().storeAttachment(path);
  return { ...profile, logo: `sha256:${sha256}` };
}

/** Warnings for values that still name the shipped agency (KASN) in a profile whose agency is another. */
function leftoverWarnings(profile: Profile): string[] {
  if (isShippedAgency(profile)) return [];
  return profileKeys(profile).flatMap((key) => {
    const value = getProfileValue(profile, key);
    const texts = Array.isArray(value) ? value : [value];
    return texts.some((v) => typeof v === 'string' && namesShippedAgency(v))
      ? [t('warn.profileLeftover', { key, value: listText(value) })]
      : [];
  });
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
    const store = ctx.store();
    const before = await store.config();
    const profile = await storedLogo(ctx, await initProfile(ctx, input, before.profile));
    assertProfile(profile);
    ctx.warnings.push(...leftoverWarnings(profile));
    const config = await store.updateConfig('init', (c) => ({ value: { ...c, profile }, changes: profileChanges(c.profile, profile) }));
    await store.secret();
    return output({ home: store.location, profile: config.profile }, t('init.done', { home: store.location }));
  },
});

/** `loket config get [KEY]`: the profile, or one value of it. */
export const configGetCommand = command({
  name: 'get',
  description: 'help.config.get',
  args: [{ name: 'key', syntax: '[key]', help: 'agency | signatories.reply.nip | officeHours.fri | ...' }],
  examples: ['loket config get', 'loket config get signatories.reply.name', 'loket config get services.pengaduan.letterWorkingDays --json'],
  async run(ctx, { key }) {
    const profile = (await ctx.config()).profile;
    const value = key ? getProfileValue(profile, key) : profile;
    return output(key ? { key, value } : value, typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value));
  },
});

/** `loket config set KEY VALUE`: one value of the profile, checked. */
export const configSetCommand = command({
  name: 'set',
  description: 'help.config.set',
  args: [
    { name: 'key', syntax: '<key>', help: '' },
    { name: 'value', syntax: '<value>', help: '' },
  ],
  examples: [
    'loket config set signatories.reply.name "Dr. Nama Pejabat, M.Si."',
    'loket config set officeHours.fri "07:30-11:30,13:00-16:30"',
    'loket config set copies \'["Ketua KASN","Arsip"]\'',
    'loket config set logo /home/admin/logo-instansi.png',
    'loket config set complaints.channels.lapor https://lapor.example.go.id/',
  ],
  async run(ctx, { key, value: typed }) {
    const store = ctx.store();
    const current = (await store.config()).profile;
    // A logo is kept in the store: the profile names the copy, which travels with backups.
    const value = key === 'logo' ? (await storedLogo(ctx, { ...current, logo: typed })).logo : typed;
    setProfileValue(current, key, value);
    const next = await store.updateConfig('config:set', (c) => {
      const profile = setProfileValue(c.profile, key, value);
      return { value: { ...c, profile }, changes: { [key]: { from: getProfileValue(c.profile, key), to: getProfileValue(profile, key) } } };
    });
    const stored = getProfileValue(next.profile, key);
    return output({ key, value: stored }, t('config.set', { key, value: JSON.stringify(stored) }));
  },
});

/** `loket check`: every file of the store read and cross-checked. */
export const checkCommand = command({
  name: 'check',
  description: 'help.check',
  examples: ['loket check', 'loket check --json'],
  async run(ctx) {
    const result = await ctx.store().check();
    if (result.findings.length) throw new StoreError('store.checkFailed', { count: result.findings.length }, result.findings);
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
    const store = ctx.store();
    const stamp = formatInstant(ctx.now(), (await store.config()).profile.timeZone);
    const name = `loket-${stamp.slice(0, 19).replace(/:/g, '')}.jsonl`;
    const file = out === undefined ? join(ctx.home, 'backups', name) : checkOutPath('out', out, ctx.home, name);
    const result = await store.backup(file, stamp);
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
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', file));
    const store = ctx.store();
    const { files } = await store.restore(path);
    const result = await store.check();
    if (result.findings.length) throw new StoreError('store.checkFailed', { count: result.findings.length }, result.findings);
    return output(
      { home: store.location, files, cases: result.cases },
      t('restore.done', { files, cases: result.cases, home: store.location }),
    );
  },
});

export const adminCommands = [
  initCommand,
  group({
    name: 'config',
    description: 'help.config',
    examples: ['loket config get', 'loket config set signatories.reply.nip 197001011990031001'],
    commands: [configGetCommand, configSetCommand],
  }),
  checkCommand,
  backupCommand,
  restoreCommand,
];
