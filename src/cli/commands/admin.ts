/** `loket init`, `config get|set`, `check`, `backup` and `restore`: the store and the office profile. */
import { profileValue, setProfileSetting, setUpOffice } from '../../app/office-setup.js';
import { backupName, backupStore, checkStore, restoreStore } from '../../app/store-care.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { INIT_OPTIONS, initProfile } from '../init-profile.js';
import { checkOutPath } from '../out-file.js';
import { output } from '../output.js';

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
    'loket config set logo /home/admin/logo-instansi.png',
    'loket config set complaints.channels.lapor https://lapor.example.go.id/',
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
