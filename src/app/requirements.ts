/** Papers that arrived after the counter, or were found wanting: recorded against the case's checklist. */
import { authorize } from './authorize.js';
import { basename } from 'node:path';
import type { Attachment, Case } from '../domain/model.js';
import { roleDeclarations } from '../domain/attachment-roles.js';
import { recordCaseRequirements } from '../domain/requirement-records.js';
import { ProblemList } from '../errors.js';
import { attachmentLimitBytes } from '../store/defaults.js';
import { checklists } from './checklists.js';
import type { Session } from './session.js';
import { fileOption } from './typed-values.js';

export interface RequirementsRequest {
  id: string;
  /** The requirement keys met now. */
  met: string[];
  /** A scan of what arrived (a path). */
  file?: string;
  ref?: string;
  unmet?: string;
  reason?: string;
  /** Which of the case's attachments (by file name, or number from 1) is the TOR, or the identity card. */
  torAttachment?: string;
  idAttachment?: string;
}

/** The case as it is (nothing given), or with the requirements recorded; `before` is the case before the change. */
export async function recordRequirements(s: Session, input: RequirementsRequest): Promise<{ case: Case; before: Case }> {
  const declared = roleDeclarations(input);
  if (input.met.length || input.unmet || declared.length) await authorize(s, 'requirements');
  const problems = new ProblemList();
  const profile = await s.profile();
  if (input.unmet && !input.reason) problems.add('reason', 'input.required');
  const file =
    input.file === undefined ? undefined : problems.need(fileOption(problems, 'file', input.file, attachmentLimitBytes(profile)));
  problems.throwIfAny();
  const store = s.store();
  const before = await store.get(input.id);
  if (!input.met.length && !input.unmet && !declared.length) return { case: before, before };
  const attachment: Attachment | undefined = file
    ? { role: 'attachment', name: basename(file), ...(await store.storeAttachment(file)) }
    : undefined;
  const clock = await s.clock();
  const unmet = input.unmet ? { key: input.unmet, reason: input.reason ?? '' } : undefined;
  const c = await store.update(input.id, 'requirements', (c) => {
    const record = { met: input.met, unmet, ref: input.ref, file: attachment?.name, declared, atMs: s.now(), by: s.user };
    const change = recordCaseRequirements(c, record, checklists(), profile.services, clock);
    if (attachment) change.value.attachments = [...change.value.attachments, attachment];
    return change;
  });
  return { case: c, before };
}
