/** The answer going out: recorded with how and when (the case is then closed), and the counter's answer slip. */
import { authorize } from './authorize.js';
import type { Case } from '../domain/model.js';
import { send } from '../domain/workflow.js';
import { InputError, ProblemList } from '../errors.js';
import { issueDocument, type Issued } from './issued-documents.js';
import { surveyLink } from './survey-link.js';
import type { Session } from './session.js';
import { instantOption } from './typed-values.js';

export interface SendRequest {
  id: string;
  via: string;
  /** When it went out (as typed); now when not given. */
  at?: string;
  note?: string;
}

/** Records the answer as sent; a walk-in answered at the counter gets its slip ("Informasi Jawaban"). */
export async function sendAnswer(s: Session, input: SendRequest): Promise<{ case: Case; slip: Issued | null }> {
  await authorize(s, 'send');
  const problems = new ProblemList();
  const timeZone = (await s.profile()).timeZone;
  const atMs = input.at === undefined ? s.now() : instantOption(problems, 'at', input.at, timeZone);
  problems.throwIfAny();
  // The slip's template is checked before the answer is recorded, like every document's.
  if (input.via === 'langsung') {
    (await import('../render/answer-slip.js')).answerSlipTemplate();
    (await import('../render/survey-block.js')).surveyLinkTemplate();
  }
  const { via, note } = input;
  const c = await s.store().update(input.id, 'send', (c) => send(c, { via, atMs: atMs ?? s.now(), timeZone, note, by: s.user }));
  // The slip is what a visitor takes home from the counter; an appreciation closed without a letter has none.
  const slip = c.answer?.note && via === 'langsung' ? await issueSlip(s, c) : null;
  return { case: c, slip };
}

/** Renders and keeps the answer slip of a walk-in answered at the counter. */
async function issueSlip(s: Session, c: Case): Promise<Issued> {
  const { renderAnswerSlip } = await import('../render/answer-slip.js');
  const bytes = await renderAnswerSlip(c, await s.profile(), { survey: await surveyLink(s, c.id) });
  return issueDocument(s, { caseId: c.id, kind: 'slip', baseName: `informasi-jawaban-${c.id}`, bytes });
}

/** The answer slip printed again; exit 2 when the case was not answered at the counter. */
export async function reprintSlip(s: Session, id: string): Promise<{ case: Case; slip: Issued }> {
  await authorize(s, 'slip');
  const c = await s.store().get(id);
  if (!c.answer?.note || c.answer.via !== 'langsung') throw InputError.of('id', 'input.noSlip', { id: c.id });
  return { case: c, slip: await issueSlip(s, c) };
}
