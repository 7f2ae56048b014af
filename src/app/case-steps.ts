/** The plain steps of a case after the counter: disposition, analysis, examination of a report, reopening. */
import { authorize } from './authorize.js';
import { examine } from '../domain/complaints.js';
import type { Case, Mode, Urgency } from '../domain/model.js';
import { analyse, dispose, reopen } from '../domain/workflow.js';
import { InputError } from '../errors.js';
import type { Session } from './session.js';

/** A leader hands the case to an officer, with an instruction and its urgency. */
export async function disposeCase(s: Session, input: { id: string; to: string; instruction?: string; urgency: Urgency }): Promise<Case> {
  await authorize(s, 'dispose');
  if (!input.to) throw InputError.of('to', 'input.required');
  const timeZone = (await s.profile()).timeZone;
  const { to, instruction, urgency } = input;
  return s.store().update(input.id, 'dispose', (c) => dispose(c, { to, urgency, instruction, atMs: s.now(), by: s.user, timeZone }));
}

/** The officer's analysis of a request: feasible or not, and face to face or online. */
export async function analyseCase(s: Session, input: { id: string; feasible: boolean; mode?: Mode; note?: string }): Promise<Case> {
  await authorize(s, 'analyse');
  const { feasible, mode, note } = input;
  return s.store().update(input.id, 'analyse', (c) => analyse(c, { feasible, mode, note }));
}

/** The officer's examination of a report: what was found. */
export async function examineReport(s: Session, input: { id: string; finding: string }): Promise<Case> {
  await authorize(s, 'examine');
  const timeZone = (await s.profile()).timeZone;
  return s.store().update(input.id, 'examine', (c) => examine(c, { finding: input.finding, atMs: s.now(), by: s.user, timeZone }));
}

/** An answered case opened again, with the reason. */
export async function reopenCase(s: Session, input: { id: string; reason: string }): Promise<Case> {
  await authorize(s, 'reopen');
  if (!input.reason) throw InputError.of('reason', 'input.required');
  return s.store().update(input.id, 'reopen', (c) => reopen(c, input.reason));
}
