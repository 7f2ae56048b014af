/** `loket calendar`: list the year's non-working days, compute deadlines, record closures and openings. */
import { MAX_OFFICE_HOURS, MAX_WORKING_DAYS, MAX_YEAR, MIN_YEAR } from '../../domain/limits.js';
import { Command, Option } from '../commander.js';
import { addOfficeHours } from '../../domain/office-hours.js';
import { formatInstant } from '../../domain/timezone.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { yearList } from '../../reference/holidays.js';
import { dateOption, instantOption, intOption, numberOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';
import { closeDay, openDay } from '../calendar-overrides.js';

/** Registers `calendar list|due|close|open`. */
export function registerCalendar(program: Command, run: Runner): void {
  const calendar = examples(program.command('calendar').description(t('help.calendar')), [
    'loket calendar list --year 2026',
    'loket calendar due 2026-03-13 --working-days 5',
    'loket calendar close 2026-12-31 --name "Penutupan kantor"',
  ]);

  examples(calendar.command('list').description(t('help.calendar.list')).option('--year <yyyy>', t('help.calendar.year')), [
    'loket calendar list --year 2026',
    'loket calendar list --year 2025 --json',
  ]).action(
    run(async (ctx, _args, opts) => {
      const problems = new ProblemList();
      const year =
        opts.year === undefined
          ? Number((await ctx.today()).slice(0, 4))
          : intOption(problems, '--year', opts.year as string, MIN_YEAR, MAX_YEAR);
      if (year !== undefined && year > 9999) problems.add('--year', 'input.year', { value: String(opts.year) });
      problems.throwIfAny();
      const config = await ctx.config();
      const days = yearList(year!, config.calendar, (y) => ctx.warnings.push(t('warn.computedYear', { year: y })));
      const { renderHolidayTable } = await import('../../render/holiday-table.js');
      return output(
        days.map(({ date, name, kind }) => ({ date, name, kind })),
        days.length ? renderHolidayTable(days) : t('calendar.none', { year: year! }),
      );
    }),
  );

  examples(
    calendar
      .command('due')
      .description(t('help.calendar.due'))
      .argument('<from>', 'YYYY-MM-DD | ISO 8601')
      .addOption(new Option('--working-days <n>', t('help.calendar.workingDays')).conflicts('officeHours'))
      .addOption(new Option('--office-hours <n>', t('help.calendar.officeHours'))),
    ['loket calendar due 2026-03-13 --working-days 5', 'loket calendar due 2026-03-13T15:30+07:00 --office-hours 1 --json'],
  ).action(
    run(async (ctx, [from], opts) => {
      const problems = new ProblemList();
      if (opts.workingDays === undefined && opts.officeHours === undefined)
        problems.add('--working-days', 'input.chooseOne', { choices: '--working-days, --office-hours' });
      const clock = await ctx.clock();
      if (opts.workingDays !== undefined) {
        const date = dateOption(problems, '<from>', from);
        const n = intOption(problems, '--working-days', opts.workingDays as string, 0, MAX_WORKING_DAYS);
        problems.throwIfAny();
        const due = clock.calendar.addWorkingDays(date!, n!);
        return output({ due }, t('calendar.due', { due }));
      }
      const start = instantOption(problems, '<from>', from, clock.timeZone);
      const hours = numberOption(problems, '--office-hours', opts.officeHours as string | undefined, 0, MAX_OFFICE_HOURS);
      problems.throwIfAny();
      const due = formatInstant(addOfficeHours(start!, hours!, clock), clock.timeZone);
      return output({ due }, t('calendar.due', { due }));
    }),
  );

  examples(
    calendar
      .command('close')
      .description(t('help.calendar.close'))
      .argument('<date>', 'YYYY-MM-DD')
      .requiredOption('--name <text>', t('help.calendar.closeName')),
    ['loket calendar close 2026-12-31 --name "Penutupan kantor akhir tahun"'],
  ).action(
    run(async (ctx, [date], opts) => {
      const problems = new ProblemList();
      const day = dateOption(problems, '<date>', date);
      const name = String(opts.name ?? '').trim();
      if (!name) problems.add('--name', 'input.required');
      problems.throwIfAny();
      const config = await closeDay(ctx, day!, name);
      return output(
        { date: day, name, kind: 'local', closures: config.calendar.closures.length },
        t('calendar.closed', { date: day!, name }),
      );
    }),
  );

  examples(
    calendar
      .command('open')
      .description(t('help.calendar.open'))
      .argument('<date>', 'YYYY-MM-DD')
      .option('--reason <text>', t('help.calendar.reason')),
    ['loket calendar open 2026-12-24 --reason "SKB perubahan"'],
  ).action(
    run(async (ctx, [date], opts) => {
      const problems = new ProblemList();
      const day = dateOption(problems, '<date>', date);
      problems.throwIfAny();
      await openDay(ctx, day!, (opts.reason as string | undefined)?.trim() || undefined);
      return output({ date: day, working: true }, t('calendar.opened', { date: day! }));
    }),
  );
}
