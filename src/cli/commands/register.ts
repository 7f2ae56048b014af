/** `loket register letter|walkin` and `loket receipt`: the receptionist's work. */
import { dueToTell } from '../../app/due-to-tell.js';
import { registerCase, reprintReceipt } from '../../app/register.js';
import type { StatedDue } from '../../domain/respond-by.js';
import { registrationView } from '../../app/case-view.js';
import { dateText, storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { formatNumber } from '../../domain/numbering.js';
import type { MailSource } from '../../domain/case-mail.js';
import type { CaseKind } from '../../domain/model.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { t } from '../../i18n/index.js';
import { command, group, ID_ARG } from '../command-spec.js';
import type { Context } from '../context.js';
import { deliver } from '../deliver.js';
import { checkOutPath } from '../out-file.js';
import { output, type CommandOutput } from '../output.js';
import type { EmlFile } from '../eml-input.js';
import { readInput } from '../typed-options.js';
import { LETTER_OPTIONS, WALKIN_OPTIONS, type RegistrationOptions } from '../register-options.js';

/** The due line of a registration, as the receipt states it. */
function dueLine(stated: StatedDue, zone: { timeZone: string; zoneLabel: string }): string {
  if (stated.due === null) return t('register.due', { due: t('register.waiting') });
  const due = storedTimeText(stated.due, zone);
  return stated.forEvent ? t('register.dueEvent', { due, event: dateText(stated.forEvent, true) }) : t('register.due', { due });
}

/** Registers a letter or a walk-in through the use case, and tells the counter what to say. */
async function register(
  ctx: Context,
  kind: CaseKind,
  fields: RegistrationOptions,
  files: EmlFile[] = [],
  source?: MailSource,
): Promise<CommandOutput> {
  const profile = await ctx.profile();
  const request = { kind, fields, files, receipt: fields.receipt !== false };
  // A letter read from an e-mail is registered once, and its receipt mailed back (unless --no-mail-receipt).
  const {
    case: c,
    missing,
    receipt,
    receiptMail,
  } = source
    ? await (
        await import('../../app/mail-register.js')
      ).registerFromMail(ctx, { ...request, source, mailReceipt: fields.mailReceipt !== false })
    : { ...(await registerCase(ctx, request)), receiptMail: null };
  const path = receipt ? await deliver(receipt) : null;
  const lines = [
    t('register.done', { id: c.id, agenda: formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10)) }),
    t('web.register.trackingCode', { code: c.trackingCode ?? '' }),
    // What the counter tells the applicant is what the receipt says: the event's eve when that comes first.
    dueLine(await dueToTell(ctx, c), profile),
    missing.length ? t('register.missing', { list: missing.map((m) => uiLabel('requirement', m)).join('; ') }) : t('register.complete'),
  ];
  if (c.leadTime && !c.leadTime.ok) lines.push(t('register.late', { latest: dateText(c.leadTime.latestSubmission, true) }));
  if (path) lines.push(t('register.receipt', { path }));
  if (receiptMail?.sent) lines.push(t('mail.receiptSent', { to: receiptMail.to.join(', ') }));
  return output({ ...registrationView(c, path), ...(source ? { receiptMail } : {}) }, lines);
}

/** `loket register letter`: a letter or e-mail received. */
export const registerLetterCommand = command({
  name: 'letter',
  description: 'help.register.letter',
  options: LETTER_OPTIONS,
  examples: [
    'loket register letter',
    'loket register letter --yes --service sosialisasi --channel surat --applicant "Dinas Kominfo Kab. Contoh" --applicant-type instansi --letter-number 005/123/2026 --letter-date 2026-03-10 --subject "Permohonan narasumber netralitas ASN" --event-date 2026-04-08T09:00 --event-place "Aula Kantor Bupati" --json',
    'loket register letter --from-eml permohonan.eml',
    'loket register letter --from-eml permohonan.eml --yes --service sosialisasi --tor-attachment "KAK Sosialisasi.pdf" --id-attachment 3',
    'loket register letter --from-eml permohonan.eml --yes --service sosialisasi --tor-attachment "KAK Sosialisasi.pdf" --id-attachment 3',
    'loket register letter --yes --service pengaduan --channel lapor --channel-ref LAPOR-4417 --applicant "Siti Aminah" --contact 0812-1111-2222 --subject "Jawaban permohonan terlambat" --about 2026-0042',
    'loket register letter --yes --service pengaduan --channel wbs --anonymous --channel-ref WBS-2026-0099 --subject "Dugaan pungutan liar di loket"',
    'loket register letter --yes --service imnkk --channel email --applicant "Pemerintah Kota Contoh" --subject "Permohonan pengukuran IM-NKK" --operator-name "Budi" --operator-email budi@contoh.go.id --no-receipt',
  ],
  // A letter read from an e-mail asks only for what the message cannot say: the service and the letter number.
  questions: (input) => (input.fromEml ? [] : undefined),
  async run(ctx, input): Promise<CommandOutput> {
    if (!input.fromEml) return register(ctx, 'letter', input);
    const profile = await ctx.profile();
    const { readEml } = await import('../eml-input.js');
    const { fields, files, source } = await readEml(input.fromEml, attachmentLimitBytes(profile));
    let merged: Record<string, unknown> = { ...fields, ...input };
    if (ctx.interactive) merged = await (await import('../ask-missing.js')).askMissing(LETTER_OPTIONS, merged, ['service', 'letterNumber']);
    return register(ctx, 'letter', readInput({ options: LETTER_OPTIONS }, merged, []), files, source);
  },
});

/** `loket register walkin`: a visitor at the counter. */
export const registerWalkinCommand = command({
  name: 'walkin',
  description: 'help.register.walkin',
  options: WALKIN_OPTIONS,
  examples: [
    'loket register walkin',
    'loket register walkin --yes --visitor "Siti Aminah" --institution "Bawaslu Kota Contoh" --contact 0812-3456-7890 --service sosialisasi --purpose "Konsultasi sosialisasi netralitas" --json',
  ],
  run: (ctx, input) => register(ctx, 'walkin', input),
});

/** `loket receipt ID`: the receipt printed again. */
export const receiptCommand = command({
  name: 'receipt',
  description: 'help.receipt',
  args: [ID_ARG],
  options: {
    out: { flags: '--out <file>', help: 'help.out' },
    requirements: { flags: '--requirements', help: 'help.receipt.requirements' },
  },
  examples: ['loket receipt 2026-0042', 'loket receipt 2026-0042 --out /tmp/tanda-terima.pdf', 'loket receipt 2026-0042 --requirements'],
  async run(ctx, { id, out, requirements }) {
    const name = `${requirements ? 'tanda-terima-kelengkapan' : 'tanda-terima'}-${id}.pdf`;
    const target = out === undefined ? undefined : checkOutPath('out', out, ctx.home, name);
    const { case: c, receipt } = await reprintReceipt(ctx, id, { requirements });
    const path = await deliver(receipt, target);
    return output({ id: c.id, receipt: path }, t('register.receipt', { path }));
  },
});

export const registerGroup = group({
  name: 'register',
  description: 'help.register',
  examples: ['loket register walkin', 'loket register letter', 'loket register letter --help'],
  commands: [registerLetterCommand, registerWalkinCommand],
});
