/** `loket mail fetch|waiting` and `loket outbox`: the office mailbox at the counter, and e-mails waiting to leave. */
import type { FetchResult, WaitingMessage } from '../../app/mail-fetch.js';
import { SERVICES, type Service } from '../../domain/model.js';
import { t, tOr } from '../../i18n/index.js';
import { storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { command, group } from '../command-spec.js';
import type { Context } from '../context.js';
import { output } from '../output.js';

/** What an outbox e-mail carries, by name. */
const kindName = (kind: string) => tOr(`outbox.kind.${kind}`, kind);

/** Why a message waits, in one line. */
function waitingLine(w: WaitingMessage): string {
  const why =
    w.reason === 'unplaced'
      ? w.candidates?.length
        ? t('mail.why.several', { list: w.candidates.map((s) => uiLabel('service', s)).join(', ') })
        : t('mail.why.unplaced')
      : w.reason === 'tooLarge'
        ? t('mail.why.tooLarge', { mb: (w.size / 1024 / 1024).toFixed(1) })
        : t(w.reason === 'unreadable' ? 'mail.why.unreadable' : 'mail.why.refused', { problem: w.problem ?? '' });
  return `  - ${w.from} · ${w.subject || t('mail.noSubject')} · ${why}`;
}

/** The lines a fetch (or a dry run of it) prints. */
function fetchLines(result: FetchResult): string[] {
  const lines: string[] = [];
  for (const r of result.registered) {
    const service = uiLabel('service', r.service);
    lines.push(
      r.id
        ? t('mail.fetch.registered', { id: r.id, service, from: r.from, subject: r.subject })
        : t('mail.fetch.wouldRegister', { service, from: r.from, subject: r.subject }),
    );
    if (r.receiptMail?.sent) lines.push(`  ${t('mail.receiptSent', { to: r.receiptMail.to.join(', ') })}`);
  }
  for (const s of result.skipped)
    lines.push(
      s.id === null
        ? t('mail.fetch.sameMessage', { messageId: s.messageId ?? '-' })
        : t('mail.fetch.skipped', { id: s.id, messageId: s.messageId ?? '-' }),
    );
  if (result.waiting.length) lines.push(t('mail.fetch.waiting', { count: result.waiting.length }), ...result.waiting.map(waitingLine));
  if (!lines.length) lines.push(t('mail.fetch.nothing'));
  if (result.failure) lines.push(t('mail.fetch.failed', { problem: result.failure }));
  return lines;
}

/** In a terminal, the service of a message the subject rules could not place; undefined leaves it waiting. */
async function askService(ctx: Context): Promise<((m: WaitingMessage) => Promise<Service | undefined>) | undefined> {
  if (!ctx.interactive) return undefined;
  const { askSelect } = await import('../prompts.js');
  return async (m) => {
    const choice = await askSelect<Service | 'wait'>(t('mail.ask.service', { from: m.from, subject: m.subject || t('mail.noSubject') }), [
      ...SERVICES.map((value) => ({ value, name: uiLabel('service', value) })),
      { value: 'wait' as const, name: t('mail.ask.wait') },
    ]);
    return choice === 'wait' ? undefined : choice;
  };
}

/** `loket mail fetch`: the new messages of the mailbox registered, each once. */
export const mailFetchCommand = command({
  name: 'fetch',
  description: 'help.mail.fetch',
  options: {
    service: { flags: '--service <key>', help: 'help.mail.service', choices: SERVICES, words: { labels: 'service' } },
    dryRun: { flags: '--dry-run', help: 'help.mail.dryRun' },
    mailReceipt: { flags: '--no-mail-receipt', help: 'help.register.noMailReceipt' },
  },
  examples: ['loket mail fetch', 'loket mail fetch --dry-run', 'loket mail fetch --service pengaduan --yes --json'],
  questions: () => [],
  async run(ctx, input) {
    const { fetchMail } = await import('../../app/mail-fetch.js');
    const choose = input.dryRun ? undefined : await askService(ctx);
    const result = await fetchMail(ctx, { ...input, ...(choose ? { choose } : {}) });
    return output(result, fetchLines(result), result.failure ? 3 : undefined);
  },
});

/** `loket mail waiting`: what waits in the mailbox for the counter (a dry run: nothing is registered or marked). */
export const mailWaitingCommand = command({
  name: 'waiting',
  description: 'help.mail.waiting',
  examples: ['loket mail waiting', 'loket mail waiting --json'],
  async run(ctx) {
    const { fetchMail } = await import('../../app/mail-fetch.js');
    const { waiting, registered } = await fetchMail(ctx, { dryRun: true });
    const lines = waiting.length
      ? [t('mail.fetch.waiting', { count: waiting.length }), ...waiting.map(waitingLine)]
      : [t('mail.waiting.none')];
    if (registered.length) lines.push(t('mail.waiting.placeable', { count: registered.length }));
    return output({ waiting, placeable: registered.length }, lines);
  },
});

export const mailGroup = group({
  name: 'mail',
  description: 'help.mail',
  examples: ['loket mail fetch', 'loket mail waiting'],
  commands: [mailFetchCommand, mailWaitingCommand],
});

/** `loket outbox [--send]`: the e-mails that wait to leave, and another try at each. */
export const outboxCommand = command({
  name: 'outbox',
  description: 'help.outbox',
  options: { send: { flags: '--send', help: 'help.outbox.send' } },
  examples: ['loket outbox', 'loket outbox --send', 'loket outbox --json'],
  async run(ctx, input) {
    const profile = await ctx.profile();
    const { listOutbox, sendOutbox } = await import('../../app/outbox.js');
    if (!input.send) {
      const lines = await listOutbox(ctx);
      const text = lines.map((l) =>
        t('outbox.line', {
          id: l.caseId,
          kind: kindName(l.kind),
          to: l.to.join(', '),
          at: storedTimeText(l.queuedAt, profile),
          attempts: l.attempts,
          answer: l.lastAnswer ?? '-',
        }),
      );
      return output(lines, text.length ? text : t('outbox.empty'));
    }
    const { results, waiting } = await sendOutbox(ctx);
    const text = results.map((r) =>
      t(`outbox.${r.outcome}`, { id: r.caseId, kind: kindName(r.kind), to: r.to.join(', '), answer: r.answer }),
    );
    text.push(results.length ? t('outbox.left', { count: waiting }) : t('outbox.empty'));
    // Something still waits after a failed try: the server is unusable for it (exit 3), each try recorded.
    const failed = results.some((r) => r.outcome === 'failed');
    return output({ results, waiting }, text, failed ? 3 : undefined);
  },
});
