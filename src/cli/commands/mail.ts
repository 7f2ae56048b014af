/** `loket mail fetch|waiting` and `loket outbox`: the office mailbox at the counter, and e-mails waiting to leave. */
import type { FetchResult, WaitingMessage } from '../../app/mail-fetch.js';
import { SERVICES, type Service } from '../../domain/model.js';
import { num, t, tOr, type MessageKey } from '../../i18n/index.js';
import { storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { command, group } from '../command-spec.js';
import type { Context } from '../context.js';
import { output } from '../output.js';

/** What an outbox e-mail carries, by name. */
const kindName = (kind: string) => tOr(`outbox.kind.${kind}`, kind);

/** Which words a list of messages is said in: the command line's (naming its options), or the menu's (naming its own steps). */
export type MailWords = 'command' | 'menu';

/** The messages whose command-line wording names an option or a setting, and the menu's wording of each. */
const MENU_WORDS = {
  'mail.why.unplaced': 'menu.mail.why.unplaced',
  'mail.why.tooLarge': 'menu.mail.why.tooLarge',
  'mail.waiting.placeable': 'menu.mail.waiting.placeable',
} as const satisfies Partial<Record<MessageKey, MessageKey>>;

const said = (key: keyof typeof MENU_WORDS, words: MailWords): MessageKey => (words === 'menu' ? MENU_WORDS[key] : key);

/** Why a message waits, in one line. */
function waitingLine(w: WaitingMessage, words: MailWords): string {
  const why =
    w.reason === 'unplaced'
      ? w.candidates?.length
        ? t('mail.why.several', { list: w.candidates.map((s) => uiLabel('service', s)).join(', ') })
        : t(said('mail.why.unplaced', words))
      : w.reason === 'tooLarge'
        ? t(said('mail.why.tooLarge', words), { mb: num(w.size / 1024 / 1024, 1, true) })
        : t(w.reason === 'unreadable' ? 'mail.why.unreadable' : 'mail.why.refused', { problem: w.problem ?? '' });
  return `  - ${w.from} · ${w.subject || t('mail.noSubject')} · ${why}`;
}

/** What waits in the mailbox for the counter, in lines. */
export function waitingLines(waiting: WaitingMessage[], placeable: number, words: MailWords): string[] {
  const lines = waiting.length
    ? [t('mail.fetch.waiting', { count: waiting.length }), ...waiting.map((w) => waitingLine(w, words))]
    : [t('mail.waiting.none')];
  if (placeable) lines.push(t(said('mail.waiting.placeable', words), { count: placeable }));
  return lines;
}

/** The lines a fetch (or a dry run of it) prints. */
export function fetchLines(result: FetchResult, words: MailWords = 'command'): string[] {
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
  if (result.waiting.length)
    lines.push(t('mail.fetch.waiting', { count: result.waiting.length }), ...result.waiting.map((w) => waitingLine(w, words)));
  if (!lines.length) lines.push(t('mail.fetch.nothing'));
  if (result.failure) lines.push(t('mail.fetch.failed', { problem: result.failure }));
  return lines;
}

/** In a terminal, the service of a message the subject rules could not place; undefined leaves it waiting. */
export async function askService(ctx: Context): Promise<((m: WaitingMessage) => Promise<Service | undefined>) | undefined> {
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
    return output({ waiting, placeable: registered.length }, waitingLines(waiting, registered.length, 'command'));
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
