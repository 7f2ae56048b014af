/**
 * The date an outgoing letter may bear. Its number comes from that year's book, so a date in a
 * closed year (or one decades ahead) would take a number from the wrong book; and a letter cannot
 * answer a decision not yet taken.
 */
import { InputError } from '../errors.js';
import type { Case } from './model.js';

/** The day of the latest event named `action` (events are stamped in office time: the date is their first ten characters). */
export function lastEventDay(c: Case, action: string): string | undefined {
  return c.events.findLast((e) => e.action === action)?.at.slice(0, 10);
}

/**
 * Refuses a letter date outside the current year or before `notBefore` (the decision, or the plenary
 * meeting); `field` names the option in the refusal.
 */
export function assertLetterDate(field: string, date: string, today: string, notBefore: string | undefined): void {
  const year = today.slice(0, 4);
  if (date.slice(0, 4) !== year) throw InputError.of(field, 'input.letterYear', { value: date, year });
  if (notBefore && date < notBefore) throw InputError.of(field, 'input.letterBeforeDecision', { value: date, decided: notBefore });
}
