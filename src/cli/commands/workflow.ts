/** `loket dispose|analyse|decide|send|reopen|history`: the steps of a case after the counter. */
import type { Command } from '../commander.js';
import { MODES, URGENCIES, type Case } from '../../domain/model.js';
import { missingRequirements } from '../../domain/requirements.js';
import { analyse, decide, dispose, reopen, send } from '../../domain/workflow.js';
import { localDate } from '../../domain/timezone.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { caseView } from '../case-view.js';
import { checklists } from '../checklists.js';
import type { Context } from '../context.js';
import { choiceOption, instantOption, textOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';

/** A checked instant (default now) that is not before the case's receipt. */
async function whenOption(
  ctx: Context,
  problems: ProblemList,
  field: string,
  value: string | undefined,
  receivedAt: string,
): Promise<number | undefined> {
  const tz = (await ctx.config()).profile.timeZone;
  const ms = value === undefined ? ctx.now() : instantOption(problems, field, value, tz);
  if (ms !== undefined && ms < Date.parse(receivedAt))
    problems.add(field, 'input.atBeforeReceipt', { value: value ?? 'LOKET_NOW', received: receivedAt });
  return ms;
}

function done(key: string, c: Case) {
  return output(caseView(c), t(key, { id: c.id, status: t(`status.${c.status}`) }));
}

/** Registers the workflow steps. */
export function registerWorkflow(program: Command, run: Runner): void {
  examples(
    program
      .command('dispose')
      .description(t('help.dispose'))
      .argument('<id>', '2026-0042')
      .requiredOption('--to <officer>', t('help.dispose.to'))
      .option('--instruction <text>', t('help.dispose.instruction'))
      .option('--urgency <level>', URGENCIES.join(' | '), 'biasa'),
    ['loket dispose 2026-0042 --to "Budi Santoso" --instruction "Siapkan narasumber" --urgency segera --as "Kepala Pokja"'],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const to = textOption(opts.to as string);
      if (!to) problems.add('--to', 'input.required');
      const urgency = choiceOption(problems, '--urgency', opts.urgency as string, URGENCIES);
      problems.throwIfAny();
      const tz = (await ctx.config()).profile.timeZone;
      const c = await ctx.store().update(id!, 'dispose', (c) =>
        dispose(c, {
          to: to!,
          urgency: urgency!,
          instruction: textOption(opts.instruction as string | undefined),
          atMs: ctx.now(),
          by: ctx.user,
          timeZone: tz,
        }),
      );
      return done('workflow.disposed', c);
    }),
  );

  examples(
    program
      .command('analyse')
      .alias('analyze')
      .description(t('help.analyse'))
      .argument('<id>', '2026-0042')
      .requiredOption('--feasible <yes|no>', t('help.analyse.feasible'))
      .option('--mode <mode>', MODES.join(' | '))
      .option('--note <text>', t('help.analyse.note')),
    ['loket analyse 2026-0042 --feasible yes --mode daring --note "Narasumber tersedia"'],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const feasible = choiceOption(problems, '--feasible', opts.feasible as string, ['yes', 'no', 'ya', 'tidak'] as const);
      const mode = choiceOption(problems, '--mode', opts.mode as string | undefined, MODES);
      problems.throwIfAny();
      const c = await ctx.store().update(id!, 'analyse', (c) =>
        analyse(c, {
          feasible: feasible === 'yes' || feasible === 'ya',
          mode,
          note: textOption(opts.note as string | undefined),
        }),
      );
      return done('workflow.analysed', c);
    }),
  );

  examples(
    program
      .command('decide')
      .description(t('help.decide'))
      .argument('<id>', '2026-0042')
      .option('--approve', t('help.decide.approve'))
      .option('--schedule <instant>', t('help.decide.schedule'))
      .option('--contact <"NAME, PHONE">', t('help.decide.contact'))
      .option('--place <text>', t('help.decide.place'))
      .option('--decline', t('help.decide.decline'))
      .option('--reason <text>', t('help.decide.reason'))
      .option('--incomplete', t('help.decide.incomplete')),
    [
      'loket decide 2026-0042 --approve --schedule 2026-04-08T09:00 --contact "Budi Santoso, 0812-1111-2222" --place "Aula Kantor Bupati"',
      'loket decide 2026-0042 --decline --reason "Jadwal narasumber pada tanggal tersebut telah penuh."',
      'loket decide 2026-0042 --incomplete',
    ],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const chosen = (['approve', 'decline', 'incomplete'] as const).filter((k) => opts[k]);
      if (chosen.length !== 1) problems.add('--approve', 'input.chooseOne', { choices: '--approve, --decline, --incomplete' });
      const current = await ctx.store().get(id!);
      const tz = (await ctx.config()).profile.timeZone;
      let scheduleMs: number | undefined;
      const contact = textOption(opts.contact as string | undefined);
      const reason = textOption(opts.reason as string | undefined);
      if (opts.approve) {
        if (opts.schedule === undefined) problems.add('--schedule', 'input.required');
        scheduleMs = instantOption(problems, '--schedule', opts.schedule as string | undefined, tz);
        if (scheduleMs !== undefined && localDate(scheduleMs, tz) < current.receivedAt.slice(0, 10)) {
          problems.add('--schedule', 'input.scheduleBeforeReceipt', {
            value: String(opts.schedule),
            received: current.receivedAt.slice(0, 10),
          });
        }
        if (!contact) problems.add('--contact', 'input.required');
        else if (!/.+,\s*\+?[0-9][0-9 ().-]{5,}$/.test(contact)) problems.add('--contact', 'input.contactFormat', { value: contact });
      }
      if (opts.decline && !reason) problems.add('--reason', 'input.required');
      problems.throwIfAny();
      const c = await ctx.store().update(id!, 'decide', (c) =>
        decide(c, {
          outcome: opts.approve ? 'approved' : opts.decline ? 'declined' : 'incomplete',
          scheduleMs,
          contact,
          place: textOption(opts.place as string | undefined),
          reason,
          missing: missingRequirements(c, checklists()),
          timeZone: tz,
        }),
      );
      return done('workflow.decided', c);
    }),
  );

  examples(
    program
      .command('send')
      .description(t('help.send'))
      .argument('<id>', '2026-0042')
      .requiredOption('--via <channel>', 'email | pos | langsung')
      .option('--at <instant>', t('help.send.at')),
    ['loket send 2026-0042 --via email', 'loket send 2026-0042 --via pos --at 2026-04-01T10:00'],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const via = choiceOption(problems, '--via', opts.via as string, ['email', 'pos', 'langsung'] as const);
      const current = await ctx.store().get(id!);
      const atMs = await whenOption(ctx, problems, '--at', opts.at as string | undefined, current.receivedAt);
      problems.throwIfAny();
      const tz = (await ctx.config()).profile.timeZone;
      const c = await ctx.store().update(id!, 'send', (c) => send(c, { via: via!, atMs: atMs!, timeZone: tz }));
      return output(
        caseView(c),
        t(c.answer!.onTime ? 'workflow.sentOnTime' : 'workflow.sentLate', { id: c.id, at: c.answer!.at, due: c.answerDue ?? '-' }),
      );
    }),
  );

  examples(
    program
      .command('reopen')
      .description(t('help.reopen'))
      .argument('<id>', '2026-0042')
      .requiredOption('--reason <text>', t('help.reopen.reason')),
    ['loket reopen 2026-0042 --reason "Pemohon mengajukan perubahan jadwal"'],
  ).action(
    run(async (ctx, [id], opts) => {
      const reason = textOption(opts.reason as string);
      const problems = new ProblemList();
      if (!reason) problems.add('--reason', 'input.required');
      problems.throwIfAny();
      const c = await ctx.store().update(id!, 'reopen', (c) => reopen(c, reason!));
      return done('workflow.reopened', c);
    }),
  );

  examples(program.command('history').description(t('help.history')).argument('<id>', '2026-0042'), [
    'loket history 2026-0042',
    'loket history 2026-0042 --json',
  ]).action(
    run(async (ctx, [id]) => {
      const c = await ctx.store().get(id!);
      const { renderHistory } = await import('../../render/history.js');
      return output(c.events, renderHistory(c.events));
    }),
  );
}
