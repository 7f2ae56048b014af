/** `loket due --mail`: the morning report sent to each officer, and what the run did. */
import { mailMorningReport } from '../../app/morning-mail.js';
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { dateText } from '../../render/interface-labels.js';
import type { Context } from '../context.js';
import { output, type CommandOutput } from '../output.js';

/** Sends the morning mails; a report filtered by officer or service is not what the officers get, so those are refused. */
export async function dueMail(ctx: Context, input: Record<string, unknown> & { date?: string; within?: string }): Promise<CommandOutput> {
  for (const field of ['officer', 'service', 'reportType', 'channel', 'csv', 'xlsx', 'includePersonalData', 'exitCode'])
    if (input[field] !== undefined && input[field] !== false) throw InputError.of(field, 'mail.dueMailAlone');
  const result = await mailMorningReport(ctx, { date: input.date, within: input.within });
  const day = dateText(result.date, true);
  if (!result.sent) return output(result, t('mail.morning.dayOff', { date: day }));
  const lines = result.mails.map((m) =>
    t(m.sent ? 'mail.morning.sent' : 'mail.morning.failed', { officer: m.officer, to: m.to, cases: m.cases, answer: m.answer }),
  );
  if (!result.mails.length) lines.push(t('mail.morning.none', { date: day }));
  if (result.withoutEmail.length) lines.push(t('mail.morning.withoutEmail', { list: result.withoutEmail.join(', ') }));
  // Some officers' mail did not leave: the server failed for them (exit 3); the others' did.
  return output(result, lines, result.failed ? 3 : undefined);
}
