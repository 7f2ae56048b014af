/** Local changes to the decreed calendar: closing a working day, opening a listed day. */
import { isWeekend, type CalendarOverrides, type NonWorkingDay } from './calendar.js';
import { compareIso } from './dates.js';
import { InputError } from '../errors.js';

export interface Stamp {
  by: string;
  at: string;
}

type Overrides = {
  closures: (CalendarOverrides['closures'][number] & Stamp)[];
  openings: ({ date: string; reason?: string } & Stamp)[];
};

/**
 * Adds a local non-working day. `listed` is what the effective list says of that date now. A day
 * opened earlier is simply closed again; a day that is already non-working is refused.
 */
export function withClosure(overrides: Overrides, date: string, name: string, listed: NonWorkingDay | undefined, stamp: Stamp): Overrides {
  const reopened = overrides.openings.some((o) => o.date === date);
  if (!reopened && (listed || isWeekend(date))) throw InputError.of('date', 'input.alreadyClosed', { value: date });
  return {
    closures: reopened ? overrides.closures : [...overrides.closures, { date, name, ...stamp }].sort((a, b) => compareIso(a.date, b.date)),
    openings: overrides.openings.filter((o) => o.date !== date),
  };
}

/** Makes a listed non-working day a working day: a local closure is withdrawn, a decreed day is opened. */
export function withOpening(
  overrides: Overrides,
  date: string,
  reason: string | undefined,
  listed: NonWorkingDay | undefined,
  stamp: Stamp,
): Overrides {
  if (!listed) throw InputError.of('date', 'input.notListed', { value: date });
  if (listed.kind === 'local') return { ...overrides, closures: overrides.closures.filter((c) => c.date !== date) };
  return {
    ...overrides,
    openings: [...overrides.openings, { date, ...(reason ? { reason } : {}), ...stamp }].sort((a, b) => compareIso(a.date, b.date)),
  };
}
