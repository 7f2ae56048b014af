/** `loket calendar`: list the year's non-working days, compute deadlines, record closures and openings. */
import { calendarYear, closeDay, deadlineByHand, openDay } from '../../app/calendar-days.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { output } from '../output.js';

const DATE_ARG = { name: 'date', syntax: '<date>', help: 'arg.date' } as const;

/** `loket calendar list`: the year's holidays, cuti bersama and the office's own days. */
export const calendarListCommand = command({
  name: 'list',
  description: 'help.calendar.list',
  options: { year: { flags: '--year <yyyy>', help: 'help.calendar.year' } },
  examples: ['loket calendar list --year 2026', 'loket calendar list --year 2025 --json'],
  async run(ctx, input) {
    const { year, days } = await calendarYear(ctx, input);
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
  args: [{ name: 'from', syntax: '<from>', help: 'arg.from' }],
  options: {
    workingDays: { flags: '--working-days <n>', help: 'help.calendar.workingDays', conflicts: ['officeHours'] },
    officeHours: { flags: '--office-hours <n>', help: 'help.calendar.officeHours' },
  },
  examples: ['loket calendar due 2026-03-13 --working-days 5', 'loket calendar due 2026-03-13T15:30+07:00 --office-hours 1 --json'],
  async run(ctx, input) {
    const due = await deadlineByHand(ctx, input);
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
  async run(ctx, input) {
    const { date, config } = await closeDay(ctx, input);
    const { name } = input;
    return output({ date, name, kind: 'local', closures: config.calendar.closures.length }, t('calendar.closed', { date, name }));
  },
});

/** `loket calendar open DATE`: a listed day made a working day again. */
export const calendarOpenCommand = command({
  name: 'open',
  description: 'help.calendar.open',
  args: [DATE_ARG],
  options: { reason: { flags: '--reason <text>', help: 'help.calendar.reason' } },
  examples: ['loket calendar open 2026-12-24 --reason "SKB perubahan"'],
  async run(ctx, input) {
    const { date } = await openDay(ctx, input);
    return output({ date, working: true }, t('calendar.opened', { date }));
  },
});

export const calendarGroup = group({
  name: 'calendar',
  description: 'help.calendar',
  examples: [
    'loket calendar list --year 2026',
    'loket calendar due 2026-03-13 --working-days 5',
    'loket calendar close 2026-12-31 --name "Penutupan kantor"',
  ],
  commands: [calendarListCommand, calendarDueCommand, calendarCloseCommand, calendarOpenCommand],
});
