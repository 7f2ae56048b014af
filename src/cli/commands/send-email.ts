/** `loket send ID --via email`: the answer e-mailed through the use case, and what to tell the officer. */
import { sentLine } from '../sent-line.js';
import { caseView } from '../../app/case-view.js';
import { sendAnswerByEmail } from '../../app/mail-answer.js';
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { output, type CommandOutput } from '../output.js';

/** E-mails the answer; the case is answered once the server accepted it (or the e-mail waits in the outbox). */
export async function sendEmail(
  ctx: Context,
  input: { id: string; at?: string; note?: string; to?: string[]; queue?: boolean },
): Promise<CommandOutput> {
  // An e-mail leaves now; a back-dated answer is one sent some other way (`--via pos --at …`).
  if (input.at !== undefined) throw InputError.of('at', 'mail.atEmail');
  const profile = await ctx.profile();
  const {
    case: c,
    sent,
    queued,
  } = await sendAnswerByEmail(ctx, { id: input.id, ...(input.to?.length ? { to: input.to } : {}), queue: !!input.queue });
  const view = caseView(c);
  if (queued) {
    const shown = view.identity ? [t(`identity.${view.identity}`)] : queued.to;
    return output(
      { ...view, mail: null, queued: { ...queued, to: shown } },
      t('mail.answerQueued', { id: c.id, to: shown.join(', '), answer: queued.answer }),
    );
  }
  const lines = [sentLine(c, profile)];
  // A shielded reporter's address stays out of the output, as their name does.
  const to = view.identity ? [t(`identity.${view.identity}`)] : (sent?.to ?? []);
  if (sent) lines.push(t('mail.answerSent', { to: [...to, ...sent.cc].join(', '), messageId: sent.messageId, answer: sent.answer }));
  return output({ ...view, mail: sent ? { ...sent, to, accepted: view.identity ? to : sent.accepted } : null, queued: null }, lines);
}
