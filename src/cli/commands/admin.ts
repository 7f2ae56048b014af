/** `loket init`, `config get|set`, `check` and `backup`: the store and the office profile. */
import { checkOutPath } from '../out-file.js';
import type { Command } from '../commander.js';
import { formatInstant } from '../../domain/timezone.js';
import { ProblemList, StoreError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Profile } from '../../store/schema.js';
import type { Context } from '../context.js';
import { fileOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';
import { assertProfile, getProfileValue, setProfileValue } from '../profile-input.js';

/** init flags and the profile keys they set, in the order the interactive init asks them. */
const INIT_FIELDS: [flag: string, option: string, key: string][] = [
  ['--agency <text>', 'agency', 'agency'],
  ['--unit <text>', 'unit', 'unit'],
  ['--address <text>', 'address', 'address'],
  ['--city <text>', 'city', 'city'],
  ['--phone <text>', 'phone', 'phone'],
  ['--email <address>', 'email', 'email'],
  ['--website <text>', 'website', 'website'],
  ['--logo <file>', 'logo', 'logo'],
  ['--time-zone <zone>', 'timeZone', 'timeZone'],
  ['--zone-label <WIB|WITA|WIT>', 'zoneLabel', 'zoneLabel'],
  ['--signer-position <text>', 'signerPosition', 'signatories.reply.position'],
  ['--signer-name <text>', 'signerName', 'signatories.reply.name'],
  ['--signer-nip <nip>', 'signerNip', 'signatories.reply.nip'],
  ['--letter-pattern <pattern>', 'letterPattern', 'numbering.letter'],
];

async function initProfile(ctx: Context, opts: Record<string, unknown>, profile: Profile): Promise<Profile> {
  let next = profile;
  for (const [, option, key] of INIT_FIELDS) {
    const given = opts[option] as string | undefined;
    if (given !== undefined) next = setProfileValue(next, key, given);
    else if (ctx.interactive) {
      const { askText } = await import('../prompts.js');
      const answer = await askText(t(`init.ask.${option}`), {
        default: String(getProfileValue(next, key)),
        validate: (value) => {
          try {
            setProfileValue(next, key, value);
            return true;
          } catch {
            return t('input.configValue', { value });
          }
        },
      });
      next = setProfileValue(next, key, answer);
    }
  }
  return next;
}

/** Registers init, config, check, backup and restore. */
export function registerAdmin(program: Command, run: Runner): void {
  registerRestore(program, run);
  const init = program.command('init').description(t('help.init'));
  for (const [flag, option] of INIT_FIELDS) init.option(flag, t(`init.ask.${option}`));
  examples(init, [
    'loket init',
    'loket init --yes --city Makassar --time-zone Asia/Makassar --zone-label WITA',
    'loket init --signer-name "Dr. Nama Pejabat" --signer-nip 197001011990031001',
  ]);
  init.action(
    run(async (ctx, _args, opts) => {
      const store = ctx.store();
      const before = await store.config();
      const profile = await initProfile(ctx, opts, before.profile);
      assertProfile(profile);
      const config = await store.updateConfig('init', (c) => ({ value: { ...c, profile }, changes: diffKeys(c.profile, profile) }));
      await store.secret();
      return output({ home: store.home, profile: config.profile }, t('init.done', { home: store.home }));
    }),
  );

  const config = examples(program.command('config').description(t('help.config')), [
    'loket config get',
    'loket config set signatories.reply.nip 197001011990031001',
  ]);
  examples(
    config.command('get').description(t('help.config.get')).argument('[key]', 'agency | signatories.reply.nip | officeHours.fri | ...'),
    ['loket config get', 'loket config get signatories.reply.name', 'loket config get services.pengaduan.letterWorkingDays --json'],
  ).action(
    run(async (ctx, [key]) => {
      const profile = (await ctx.config()).profile;
      const value = key ? getProfileValue(profile, key) : profile;
      return output(key ? { key, value } : value, typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value));
    }),
  );
  examples(config.command('set').description(t('help.config.set')).argument('<key>').argument('<value>'), [
    'loket config set signatories.reply.name "Dr. Nama Pejabat, M.Si."',
    'loket config set officeHours.fri "07:30-11:30,13:00-16:30"',
    'loket config set copies \'["Ketua KASN","Arsip"]\'',
  ]).action(
    run(async (ctx, [key, value]) => {
      const store = ctx.store();
      setProfileValue((await store.config()).profile, key!, value!);
      const next = await store.updateConfig('config:set', (c) => {
        const profile = setProfileValue(c.profile, key!, value!);
        return {
          value: { ...c, profile },
          changes: { [key!]: { from: getProfileValue(c.profile, key!), to: getProfileValue(profile, key!) } },
        };
      });
      return output(
        { key, value: getProfileValue(next.profile, key!) },
        t('config.set', { key: key!, value: JSON.stringify(getProfileValue(next.profile, key!)) }),
      );
    }),
  );

  examples(program.command('check').description(t('help.check')), ['loket check', 'loket check --json']).action(
    run(async (ctx) => {
      const result = await ctx.store().check();
      if (result.findings.length) throw new StoreError('store.checkFailed', { count: result.findings.length }, result.findings);
      return output(
        { ok: true, ...result },
        t('check.ok', { cases: result.cases, letters: result.letters, attachments: result.attachments }),
      );
    }),
  );

  examples(program.command('backup').description(t('help.backup')).option('--out <file>', t('help.backup.out')), [
    'loket backup',
    'loket backup --out /media/usb/loket-2026-11-27.jsonl',
    'loket backup --out /media/usb',
  ]).action(
    run(async (ctx, _args, opts) => {
      const store = ctx.store();
      const stamp = formatInstant(ctx.now(), (await store.config()).profile.timeZone);
      const name = `loket-${stamp.slice(0, 19).replace(/:/g, '')}.jsonl`;
      const result = await store.backup(
        opts.out === undefined ? undefined : checkOutPath('--out', String(opts.out), ctx.home, name),
        stamp,
      );
      return output(result, t('backup.done', { file: result.file, files: result.files }));
    }),
  );
}

/** Registers `restore`. */
function registerRestore(program: Command, run: Runner): void {
  examples(program.command('restore').description(t('help.restore')).argument('<file>', t('help.restore.file')), [
    'loket restore /media/usb/loket-2026-11-27.json --home /srv/loket-baru',
  ]).action(
    run(async (ctx, [file]) => {
      const problems = new ProblemList();
      const path = fileOption(problems, '<file>', file);
      problems.throwIfAny();
      const store = ctx.store();
      const { files } = await store.restore(path!);
      const result = await store.check();
      if (result.findings.length) throw new StoreError('store.checkFailed', { count: result.findings.length }, result.findings);
      return output({ home: store.home, files, cases: result.cases }, t('restore.done', { files, cases: result.cases, home: store.home }));
    }),
  );
}

function diffKeys(a: Profile, b: Profile): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof Profile)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changes[key] = { from: a[key], to: b[key] };
  }
  return changes;
}
