/**
 * Which step of the work each audit event of a case records, so that a store can ask whether the
 * login that writes an event may take that step (the database checks it itself: pg/step-migration.ts).
 * Every action loket writes on a case is here; an action not listed is no step of loket's.
 */
import { STEP_ROLES, type Role, type Step } from './roles.js';

/** The steps each case event's action stands for (any one of them suffices). */
export const EVENT_STEPS = {
  register: ['register', 'fetchMail'],
  import: ['importAgenda'],
  requirements: ['requirements'],
  dispose: ['dispose'],
  analyse: ['analyse'],
  examine: ['examine'],
  decide: ['decide'],
  reopen: ['reopen'],
  send: ['send'],
  'reveal-identity': ['revealIdentity'],
  'letter:draft': ['prepareLetter'],
  // A letter kept again under the number it already has: by whoever may sign it or prepare it.
  'letter:reprint': ['signLetter', 'prepareLetter'],
  'imnkk:requirements': ['imnkkRequirements'],
  'imnkk:unmet': ['imnkkRequirements'],
  'imnkk:verify': ['imnkkVisit'],
  'imnkk:plenary': ['imnkkPlenary'],
  'imnkk:revoke': ['revokeCertificate'],
  // The e-mails of a case: queued when an answer or a receipt could not leave, retried, given up, sent.
  'mail:queue': ['send', 'fetchMail'],
  'mail:attempt': ['send'],
  'mail:cancel': ['send'],
  'mail:receipt': ['fetchMail'],
} as const satisfies Record<string, readonly Step[]>;

/** The steps an event's action records: `letter:KIND` (a letter given its number) is signing. */
export function stepsOfEvent(action: string): readonly Step[] | undefined {
  if (Object.hasOwn(EVENT_STEPS, action)) return EVENT_STEPS[action as keyof typeof EVENT_STEPS];
  return action.startsWith('letter:') && action.length > 'letter:'.length ? ['signLetter'] : undefined;
}

/** The roles that may write an event of this action (undefined: no step of loket's). */
export function rolesOfEvent(action: string): Role[] | undefined {
  const steps = stepsOfEvent(action);
  return steps && [...new Set(steps.flatMap((step) => STEP_ROLES[step]))];
}
