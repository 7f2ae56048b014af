/** `loket due` and `loket recap`: the morning report and the monthly figures. */
import { MAX_WORKING_DAYS } from '../../domain/limits.js';
import type { Command } from '../commander.js';
import { dueReport } from '../../domain/due-report.js';
import { SERVICES } from '../../domain/model.js';
import { monthlyRecap } from '../../domain/recap.js';
import { InputError, ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { checklists } from '../checklists.js';
import { choiceOption, dateOrToday, intOption, textOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';

/** Registers due and recap. */
export function registerReports(program: Command, run: Runner): void {
  examples(
    program
      .command('due')
      .description(t('help.due'))
      .option('--date <date>', t('help.due.date'))
      .option('--within <n>', t('help.due.within'), '3')
      .option('--officer <name>', t('help.due.officer'))
      .option('--service <key>', SERVICES.join(' | '))
      .option('--csv', t('help.csv'))
      .option('--include-personal-data', t('help.personalData'))
      .option('--exit-code', t('help.due.exitCode')),
    [
      'loket due',
      'loket due --officer Budi --within 5',
      'loket due --date 2026-03-25 --json',
      'loket due --csv > tenggat.csv',
      'loket due --exit-code || kirim-peringatan',
    ],
  ).action(
    run(async (ctx, _args, opts) => {
      const problems = new ProblemList();
      const date = dateOrToday(problems, '--date', opts.date as string | undefined, await ctx.today());
      const within = intOption(problems, '--within', opts.within as string, 0, MAX_WORKING_DAYS);
      const service = choiceOption(problems, '--service', opts.service as string | undefined, SERVICES);
      problems.throwIfAny();
      const clock = await ctx.clock();
      const report = dueReport(
        await ctx.store().openCases(),
        {
          date: date!,
          nowMs: ctx.now(),
          within: within!,
          officer: textOption(opts.officer as string | undefined),
          service,
          includePersonalData: !!opts.includePersonalData,
        },
        clock,
        checklists(),
      );
      const exitCode = opts.exitCode && report.overdue.length ? 4 : undefined;
      const { renderDueCsv, renderDueText } = await import('../../render/due-table.js');
      if (opts.csv) return { json: report, text: renderDueCsv(report, !!opts.includePersonalData), exitCode };
      let text = '';
      if (!ctx.json) {
        const { Chalk } = await import('chalk');
        const colour = !!process.stdout.isTTY && !ctx.env.NO_COLOR;
        text = renderDueText(report, new Chalk({ level: colour ? 1 : 0 }), within!);
      }
      return { json: report, text, exitCode };
    }),
  );

  examples(
    program
      .command('recap')
      .description(t('help.recap'))
      .requiredOption('--month <yyyy-mm>', t('help.recap.month'))
      .option('--csv', t('help.csv'))
      .option('--pdf <file>', t('help.recap.pdf')),
    [
      'loket recap --month 2026-03',
      'loket recap --month 2026-03 --json',
      'loket recap --month 2026-03 --csv > rekap-maret.csv',
      'loket recap --month 2026-03 --pdf rekap-maret-2026.pdf',
    ],
  ).action(
    run(async (ctx, _args, opts) => {
      const month = String(opts.month);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw InputError.of('--month', 'input.month', { value: month });
      const cases = await ctx.store().casesOfYear(Number(month.slice(0, 4)));
      const recap = monthlyRecap(month, cases, await ctx.calendar());
      const render = await import('../../render/recap.js');
      if (opts.pdf) {
        const { checkOutPath, writeOutFile } = await import('../out-file.js');
        const file = checkOutPath('--pdf', String(opts.pdf), ctx.home, `rekap-${month}.pdf`);
        await writeOutFile(file, await render.renderRecapPdf(recap, (await ctx.config()).profile, new Date(ctx.now())));
        return output({ ...recap, pdf: file }, `${render.renderRecapText(recap)}\n${t('recap.pdf', { file })}`);
      }
      if (opts.csv) return output(recap, render.renderRecapCsv(recap));
      return output(recap, render.renderRecapText(recap));
    }),
  );
}
