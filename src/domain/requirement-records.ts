/**
 * Requirements that arrive later, or are found wanting, recorded by hand on any service's case. When
 * the last missing one is met, the day is recorded; a case answered as incomplete then reopens on its
 * own with a new answer period counted from that moment (the standard counts from complete papers).
 */
import { InputError } from '../errors.js';
import { withDeclaredRoles, type RoleDeclaration } from './attachment-roles.js';
import { answerDue, type ServicePeriods } from './deadlines.js';
import type { Case, Change, RequirementRecord } from './model.js';
import type { OfficeClock } from './office-hours.js';
import { missingRequirements, type Checklists } from './requirements.js';
import { formatInstant } from './timezone.js';

export interface RequirementChange {
  met: string[];
  unmet?: { key: string; reason: string };
  ref?: string;
  file?: string;
  /** Attachments already on the case declared as the TOR or the identity card. */
  declared?: RoleDeclaration[];
  atMs: number;
  by: string;
}

/** Records the requirements; completes, and reopens an incomplete answer, when nothing is missing any more. */
export function recordCaseRequirements(
  c: Case,
  change: RequirementChange,
  checklists: Checklists,
  periods: ServicePeriods,
  clock: OfficeClock,
): Change {
  if (c.service === 'imnkk') throw InputError.of('id', 'input.requirementsImnkk', { id: c.id });
  const known = checklists[c.service]?.[c.kind] ?? [];
  const declared = change.declared ?? [];
  const keys = [...change.met, ...(change.unmet ? [change.unmet.key] : [])];
  const unknown = keys.filter((k) => !known.includes(k));
  if (unknown.length)
    throw InputError.of(change.unmet && unknown.includes(change.unmet.key) ? 'unmet' : 'met', 'input.requirementKey', {
      value: unknown.join(', '),
      keys: known.join(', '),
    });
  if (!keys.length && !declared.length) throw InputError.of('met', 'input.required');
  const { attachments, named } = withDeclaredRoles(c.attachments, declared);
  const at = formatInstant(change.atMs, clock.timeZone);
  const before = missingRequirements(c, checklists);
  const records: Record<string, RequirementRecord> = { ...c.requirements };
  const meet = (key: string, file: string | undefined) => {
    records[key] = { met: true, at, by: change.by, ...(change.ref ? { ref: change.ref } : {}), ...(file ? { file } : {}) };
  };
  for (const key of change.met) meet(key, change.file);
  // A declared TOR or identity card meets its requirement (the role's key is the requirement's key).
  for (const n of named) if (known.includes(n.role)) meet(n.role, n.name);
  if (change.unmet) records[change.unmet.key] = { met: false, at, by: change.by, reason: change.unmet.reason };
  const value: Case = { ...c, attachments, requirements: records };
  const changes: Record<string, unknown> = {
    ...(change.met.length ? { met: change.met } : {}),
    ...(named.length ? { declared: named } : {}),
    ...(change.unmet ? { unmet: change.unmet } : {}),
  };
  const after = missingRequirements(value, checklists);
  if (after.length) {
    delete value.requirementsCompleteAt;
    return { value, changes: { ...changes, missing: after } };
  }
  if (before.length === 0 && c.requirementsCompleteAt) return { value, changes };
  value.requirementsCompleteAt = at;
  changes.requirementsCompleteAt = at;
  if (c.status === 'answered' && c.decision?.outcome === 'incomplete') {
    // Complete papers after an "incomplete" answer: the request is served again, on a new period.
    value.status = c.officer ? 'disposed' : 'registered';
    value.reopenCount = (c.reopenCount ?? 0) + 1;
    value.answerDue = answerDue(c.service, c.kind, change.atMs, periods, clock);
    delete value.answer;
    delete value.decision;
    delete value.reply;
    delete value.analysis;
    Object.assign(changes, { status: value.status, answerDue: value.answerDue, reopened: true });
  }
  return { value, changes };
}
