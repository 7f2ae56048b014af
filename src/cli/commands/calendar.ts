/** `loket calendar`: list the year's non-working days, compute deadlines, record closures and openings. */
import { MAX_OFFICE_HOURS, MAX_WORKING_DAYS, MAX_YEAR, MIN_YEAR } from '../../domain/limits.js';
import { addOfficeHours } from '../../domain/office-hours.js';
import { formatInstant } from '../../domain/timezone.js';
import { InputError, ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { yearList } from '../../reference/holidays.js';
import { command, group } from '../command-spec.js';
import { dateOption, instantOption, intOption, numberOption } from '../input.js';
import { output } from '../output.js';
import { closeDay, openDay } from '../calendar-overrides.js';

const DATE_ARG = { name: 'date', syntax: '<date>', help: 'YYYY-MM-DD' } as const;

/** `loket calendar list`: the year's holidays, cuti bersama and the office's own days. */
export const calendarListCommand = command({
  name: 'list',
  description: 'help.calendar.list',
  options: { year: { flags: '--year <yyyy>', help: 'help.calendar.year' } },
  examples: ['loket calendar list --year 2026', 'loket calendar list --year 2025 --json'],
  async run(ctx, input) {
    const problems = new ProblemList();
    const thisYear = Number((await ctx.today()).slice(0, 4));
    const year = input.year === undefined ? thisYear : problems.need(intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR));
    const config = await ctx.config();
    const days = yearList(year, config.calendar, (y) => ctx.warnings.push(t('warn.computedYear', { year: y })));
    const { renderHolidayTable } = await import('../../render/holiday-table.js');
    return output(
      days.map(({ date, name, kind, provisional }) => ({ date, name, kind, ...(provisional ? { provisional } : {}) })),
      days.length ? renderHolidayTable(days) : t('calendar.none', { year }),
    );
  },
});

/** `loket calendar due FROM --working-days N | --office-hours H`: a deadline by hand. */
export const calendarDueCommand = command({
  name: 'due',
  description: 'help.calendar.due',
  args: [{ name: 'from', syntax: '<from>', help: 'YYYY-MM-DD | ISO 8601' }],
  options: {
    workingDays: { flags: '--working-days <n>', help: 'help.calendar.workingDays', conflicts: ['officeHours'] },
    officeHours: { flags: '--office-hours <n>', help: 'help.calendar.officeHours' },
  },
  examples: ['loket calendar due 2026-03-13 --working-days 5', 'loket calendar due 2026-03-13T15:30+07:00 --office-hours 1 --json'],
  async run(ctx, { from, workingDays, officeHours }) {
    const problems = new ProblemList();
    const clock = await ctx.clock();
    if (workingDays !== undefined) {
      const date = dateOption(problems, 'from', from);
      const n = intOption(problems, 'workingDays', workingDays, 0, MAX_WORKING_DAYS);
      const due = clock.calendar.addWorkingDays(problems.need(date), problems.need(n));
      return output({ due }, t('calendar.due', { due }));
    }
    if (officeHours === undefined) throw InputError.of('workingDays', 'input.chooseOne', { choices: '--working-days, --office-hours' });
    const start = instantOption(problems, 'from', from, clock.timeZone);
    const hours = numberOption(problems, 'officeHours', officeHours, 0, MAX_OFFICE_HOURS);
    const due = formatInstant(addOfficeHours(problems.need(start), problems.need(hours), clock), clock.timeZone);
    return output({ due }, t('calendar.due', { due }));
  },
});

/** `loket calendar close DATE --name TEXT`: a local day off. */
export const calendarCloseCommand = command({
  name: 'close',
  description: 'help.calendar.close',
  args: [DATE_ARG],
  options: { name: { flags: '--name <text>', help: 'help.calendar.closeName', required: true } },
  examples: ['loket calendar close 2026-12-31 --name "Penutupan kantor akhir tahun"'],
  async run(ctx, { date, name }) {
    const problems = new ProblemList();
    const parsed = dateOption(problems, 'date', date);
    if (!name) problems.add('name', 'input.required');
    const day = problems.need(parsed);
    problems.throwIfAny();
    const config = await closeDay(ctx, day, name);
    return output({ date: day, name, kind: 'local', closures: config.calendar.closures.length }, t('calendar.closed', { date: day, name }));
  },
});

/** `loket calendar open DATE`: a listed day made a working day again. */
export const calendarOpenCommand = command({
  name: 'open',
  description: 'help.calendar.open',
  args: [DATE_ARG],
  options: { reason: { flags: '--reason <text>', help: 'help.calendar.reason' } },
  examples: ['loket calendar open 2026-12-24 --reason "SKB perubahan"'],
  async run(ctx, { date, reason }) {
    const problems = new ProblemList();
    const day = problems.need(dateOption(problems, 'date', date));
    await openDay(ctx, day, reason);
    return output({ date: day, working: true }, t('calendar.opened', { date: day }));
  },
});

export const calendarCommands = [
  group({
    name: 'calendar',
    description: 'help.calendar',
    examples: [
      'loket calendar list --year 2026',
      'loket calendar due 2026-03-13 --working-days 5',
      'loket calendar close 2026-12-31 --name "Penutupan kantor"',
    ],
    commands: [calendarListCommand, calendarDueCommand, calendarCloseCommand, calendarOpenCommand],
  }),
];
