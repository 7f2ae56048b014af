/** The disposition sheet (lembar disposisi) of a disposed case: what the leader instructed, for the officer's file. */
import { authorize } from './authorize.js';
import type { Case } from '../domain/model.js';
import { InputError } from '../errors.js';
import { issueDocument, type Issued } from './issued-documents.js';
import { dueToTell } from './due-to-tell.js';
import type { Session } from './session.js';

/** Renders and keeps the sheet; exit 2 when the case was not disposed yet. */
export async function dispositionSheet(s: Session, id: string): Promise<{ case: Case; document: Issued }> {
  await authorize(s, 'dispositionSheet');
  const c = await s.store().get(id);
  if (!c.disposition) throw InputError.of('id', 'input.notDisposed', { id: c.id });
  const { renderDisposition } = await import('../render/disposition.js');
  const bytes = await renderDisposition(c, await s.profile(), { due: await dueToTell(s, c) });
  return { case: c, document: await issueDocument(s, { caseId: c.id, kind: 'disposition', baseName: `disposisi-${c.id}`, bytes }) };
}
