/** The office's calendar: a year's non-working days, a deadline worked out by hand, and the office's own closures and openings. */
import { authorize } from './authorize.js';
import { withClosure, withOpening } from '../domain/calendar-overrides.js';
import type { NonWorkingDay } from '../domain/calendar.js';
import { yearOf } from '../domain/dates.js';
import { MAX_OFFICE_HOURS, MAX_WORKING_DAYS, MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import { addOfficeHours } from '../domain/office-hours.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, ProblemList } from '../errors.js';
import { t } from '../i18n/index.js';
import { yearList } from '../reference/holidays.js';
import type { ConfigDoc } from '../store/schema.js';
import { currentYear, type Session } from './session.js';
import { dateOption, instantOption, intOption, numberOption } from './typed-values.js';

/** What the office's list says of a date now, if anything. */
function listedOn(config: ConfigDoc, date: string) {
  return yearList(yearOf(date), config.calendar, () => undefined).find((d) => d.date === date);
}

/** The year's holidays, cuti bersama and the office's own days (this year when none is given). */
export async function calendarYear(s: Session, input: { year?: string }): Promise<{ year: number; days: NonWorkingDay[] }> {
  const problems = new ProblemList();
  const year = input.year === undefined ? await currentYear(s) : problems.need(intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR));
  const config = await s.config();
  return { year, days: yearList(year, config.calendar, (y) => s.warnings.push(t('warn.computedYear', { year: y }))) };
}

/** A due date worked out by hand: N working days after a date, or H office hours after an instant. */
export async function deadlineByHand(s: Session, input: { from: string; workingDays?: string; officeHours?: string }): Promise<string> {
  const problems = new ProblemList();
  const clock = await s.clock();
  if (input.workingDays !== undefined) {
    const date = dateOption(problems, 'from', input.from);
    const n = intOption(problems, 'workingDays', input.workingDays, 0, MAX_WORKING_DAYS);
    return clock.calendar.addWorkingDays(problems.need(date), problems.need(n));
  }
  if (input.officeHours === undefined) throw InputError.of('workingDays', 'input.chooseOne', { choices: '--working-days, --office-hours' });
  const start = instantOption(problems, 'from', input.from, clock.timeZone);
  const hours = numberOption(problems, 'officeHours', input.officeHours, 0, MAX_OFFICE_HOURS);
  return formatInstant(addOfficeHours(problems.need(start), problems.need(hours), clock), clock.timeZone);
}

/** Adds a local non-working day, with who and when. */
export async function closeDay(s: Session, input: { date: string; name: string }): Promise<{ date: string; config: ConfigDoc }> {
  await authorize(s, 'calendar');
  const problems = new ProblemList();
  const parsed = dateOption(problems, 'date', input.date);
  if (!input.name) problems.add('name', 'input.required');
  const date = problems.need(parsed);
  problems.throwIfAny();
  const config = await s.store().updateConfig('calendar:close', (config) => {
    const stamp = { by: s.user, at: formatInstant(s.now(), config.profile.timeZone) };
    config.calendar = withClosure(config.calendar, date, input.name, listedOn(config, date), stamp);
    return { value: config, changes: { date, name: input.name } };
  });
  return { date, config };
}

/** Makes a listed day a working day again, with who and when. */
export async function openDay(s: Session, input: { date: string; reason?: string }): Promise<{ date: string; config: ConfigDoc }> {
  await authorize(s, 'calendar');
  const problems = new ProblemList();
  const date = problems.need(dateOption(problems, 'date', input.date));
  const { reason } = input;
  const config = await s.store().updateConfig('calendar:open', (config) => {
    const stamp = { by: s.user, at: formatInstant(s.now(), config.profile.timeZone) };
    config.calendar = withOpening(config.calendar, date, reason, listedOn(config, date), stamp);
    return { value: config, changes: { date, ...(reason ? { reason } : {}) } };
  });
  return { date, config };
}
