/** `loket init`, `config get|set`, `check`, `backup` and `restore`: the store and the office profile. */
import { join } from 'node:path';
import { checkOutPath } from '../out-file.js';
import { formatInstant } from '../../domain/timezone.js';
import type { Profile } from '../../domain/profile.js';
import { ProblemList, StoreError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { command, group, type OptionSpec } from '../command-spec.js';
import { givenPassphrase, restorePassphrase } from '../backup-passphrase.js';
import { fileOption } from '../input.js';
import { output } from '../output.js';
import { assertProfile, getProfileValue, profileChanges, setProfileValue } from '../profile-input.js';

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
    const store = ctx.store();
    const before = await store.config();
    const profile = await initProfile(ctx, input, before.profile);
    assertProfile(profile);
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
  ],
  async run(ctx, { key, value }) {
    const store = ctx.store();
    setProfileValue((await store.config()).profile, key, value);
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
  options: {
    out: { flags: '--out <file>', help: 'help.backup.out' },
    passphraseFile: { flags: '--passphrase-file <file>', help: 'help.backup.passphraseFile' },
  },
  examples: [
    'loket backup',
    'loket backup --out /media/usb/loket-2026-11-27.jsonl',
    'LOKET_BACKUP_PASSPHRASE=... loket backup --out /media/usb',
    'loket backup --out /media/usb --passphrase-file /root/frasa-cadangan',
  ],
  async run(ctx, { out, passphraseFile }) {
    const store = ctx.store();
    const passphrase = givenPassphrase(ctx, passphraseFile);
    const stamp = formatInstant(ctx.now(), (await store.config()).profile.timeZone);
    const name = `loket-${stamp.slice(0, 19).replace(/:/g, '')}.jsonl`;
    const file = out === undefined ? join(ctx.home, 'backups', name) : checkOutPath('out', out, ctx.home, name);
    const result = await store.backup(file, stamp, { passphrase });
    if (passphrase === undefined) ctx.warnings.push(t('warn.backupClear', { file: result.file }));
    return output({ ...result, encrypted: passphrase !== undefined }, t('backup.done', { file: result.file, files: result.files }));
  },
});

/** `loket restore FILE`: a backup unpacked into an empty store, then checked. */
export const restoreCommand = command({
  name: 'restore',
  description: 'help.restore',
  args: [{ name: 'file', syntax: '<file>', help: 'help.restore.file' }],
  options: { passphraseFile: { flags: '--passphrase-file <file>', help: 'help.restore.passphraseFile' } },
  examples: [
    'loket restore /media/usb/loket-2026-11-27.json --home /srv/loket-baru',
    'loket restore /media/usb/loket-2026-11-27.jsonl --passphrase-file /root/frasa-cadangan',
  ],
  async run(ctx, { file, passphraseFile }) {
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', file));
    const passphrase = await restorePassphrase(ctx, path, passphraseFile);
    const store = ctx.store();
    const { files } = await store.restore(path, { passphrase });
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
