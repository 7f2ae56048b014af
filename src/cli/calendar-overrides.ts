/** Recording `calendar close` and `calendar open` in the office configuration. */
import { withClosure, withOpening } from '../domain/calendar-overrides.js';
import { yearOf } from '../domain/dates.js';
import { formatInstant } from '../domain/timezone.js';
import { yearList } from '../reference/holidays.js';
import type { ConfigDoc } from '../store/schema.js';
import type { Context } from './context.js';

/** What the office's list says of a date now, if anything. */
function listedOn(config: ConfigDoc, date: string) {
  return yearList(yearOf(date), config.calendar, () => undefined).find((d) => d.date === date);
}

/** Adds a local non-working day, with who and when. */
export function closeDay(ctx: Context, date: string, name: string): Promise<ConfigDoc> {
  return ctx.store().updateConfig('calendar:close', (config) => {
    const stamp = { by: ctx.user, at: formatInstant(ctx.now(), config.profile.timeZone) };
    config.calendar = withClosure(config.calendar, date, name, listedOn(config, date), stamp);
    return { value: config, changes: { date, name } };
  });
}

/** Makes a listed day a working day again, with who and when. */
export function openDay(ctx: Context, date: string, reason: string | undefined): Promise<ConfigDoc> {
  return ctx.store().updateConfig('calendar:open', (config) => {
    const stamp = { by: ctx.user, at: formatInstant(ctx.now(), config.profile.timeZone) };
    config.calendar = withOpening(config.calendar, date, reason, listedOn(config, date), stamp);
    return { value: config, changes: { date, ...(reason ? { reason } : {}) } };
  });
}
