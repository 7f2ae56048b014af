/** `loket register letter|walkin` and `loket receipt`: the receptionist's work. */
import { basename } from 'node:path';
import { dateText, storedTimeText } from '../../render/ui-labels.js';
import { formatNumber } from '../../domain/numbering.js';
import { roleDeclarations, withDeclaredRoles } from '../../domain/attachment-roles.js';
import { agendaYear, buildCase, registrationChanges } from '../../domain/registration.js';
import { isOfficeOpen } from '../../domain/office-hours.js';
import { dueOf } from '../../domain/due.js';
import { statedDue, type StatedDue } from '../../domain/respond-by.js';
import { typedCaseId, type Case, type CaseKind } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { t } from '../../i18n/index.js';
import { caseView, registrationView } from '../case-view.js';
import { command, group, ID_ARG } from '../command-spec.js';
import type { Context } from '../context.js';
import { saveDocument } from '../documents.js';
import { output, type CommandOutput } from '../output.js';
import { parseRegistration } from '../register-input.js';
import type { EmlFile } from '../eml-input.js';
import { readInput } from '../read-input.js';
import { LETTER_OPTIONS, WALKIN_OPTIONS, type RegistrationOptions } from '../register-options.js';

/** Renders and keeps the receipt of a case; returns its path. */
export async function writeReceipt(ctx: Context, c: Case, out?: string, missing = caseView(c).missing): Promise<string> {
  const { renderReceipt } = await import('../../render/receipt.js');
  const clock = await ctx.clock();
  const bytes = await renderReceipt(c, missing, (await ctx.config()).profile, { due: statedDue(c, clock.calendar, clock.timeZone) });
  return saveDocument(ctx, c.id, `tanda-terima-${c.id}.pdf`, bytes, out);
}

/** The due line of a registration, as the receipt states it. */
function dueLine(c: Case, stated: StatedDue, zone: { timeZone: string; zoneLabel: string }): string {
  if (stated.due === null) return t('register.due', { due: t('register.waiting') });
  const due = storedTimeText(stated.due, zone);
  return stated.forEvent ? t('register.dueEvent', { due, event: dateText(stated.forEvent, true) }) : t('register.due', { due });
}

/** The warning for a case received while the office is closed, true to how its period is counted. */
function closedOfficeWarning(c: Case, zone: { timeZone: string; zoneLabel: string }): string {
  const at = storedTimeText(c.receivedAt, zone);
  if (c.answerDue === null) return t('warn.officeClosedWaiting', { at });
  // Office hours start at the next opening; days count from the day the request came (day 0).
  if (dueOf(c.answerDue).kind === 'instant') return t('warn.officeClosed', { at, due: storedTimeText(c.answerDue, zone) });
  return t('warn.officeClosedDays', { at, due: storedTimeText(c.answerDue, zone) });
}

/** The case a report is about, by its id (or this year's agenda number); exit 2 naming `--about` when there is none. */
async function aboutCase(ctx: Context, typed: string, receivedMs: number): Promise<string> {
  const id = typedCaseId(typed, Number((await ctx.today()).slice(0, 4)));
  try {
    const c = await ctx.store().get(id);
    if (Date.parse(c.receivedAt) > receivedMs) throw InputError.of('about', 'input.aboutLater', { value: c.id });
    return c.id;
  } catch (error) {
    if (error instanceof InputError && error.problems[0]?.field !== 'about')
      throw InputError.of('about', 'input.aboutUnknown', { value: typed });
    throw error;
  }
}

/** Registers a letter or a walk-in: checked, numbered under the lock, then its receipt printed. */
async function register(ctx: Context, kind: CaseKind, raw: RegistrationOptions, extra: EmlFile[] = []): Promise<CommandOutput> {
  const store = ctx.store();
  const profile = (await ctx.config()).profile;
  const { input, files } = parseRegistration(raw, kind, ctx.now(), ctx.user, profile.timeZone, attachmentLimitBytes(profile));
  const withReceipt = raw.receipt !== false;
  // The labels and the receipt's template are read before anything is recorded: a broken office copy
  // must refuse the registration (exit 2, nothing written), not fail after the case exists.
  const { label, labels } = await import('../../render/labels.js');
  labels();
  if (withReceipt) (await import('../../render/receipt.js')).receiptTemplate();
  const clock = await ctx.clock();
  if (input.report?.about) input.report.about = await aboutCase(ctx, input.report.about, input.receivedMs);
  // Roles are declared on the list of names before any file is stored: a wrong name writes nothing.
  const pending = [
    ...files.map((f) => ({ role: f.role, name: basename(f.path), path: f.path })),
    ...extra.map((f) => ({ role: 'attachment' as const, name: f.name, bytes: f.bytes })),
  ];
  for (const f of withDeclaredRoles(pending, roleDeclarations(raw)).attachments) {
    const { sha256, size } = 'path' in f ? await store.storeAttachment(f.path) : await store.storeAttachmentBytes(f.bytes);
    input.attachments.push({ role: f.role, name: f.name, sha256, size });
  }
  const year = agendaYear(input.receivedMs, profile.timeZone);
  const c = await store.register(year, (agenda) => {
    const value = buildCase(input, agenda, profile.services, profile.services.sosialisasi.leadTimeWorkingDays, clock);
    return { value, changes: registrationChanges(value) };
  });
  // The case is recorded all the same; what the closed office means depends on how its period is counted.
  if (!isOfficeOpen(input.receivedMs, clock)) ctx.warnings.push(closedOfficeWarning(c, profile));
  // The case is recorded now: whatever goes wrong with its receipt (a broken office template, a full
  // disk) is a warning beside a successful registration, never an error that would hide it.
  const view = registrationView(c, null);
  if (withReceipt) {
    try {
      view.receipt = await writeReceipt(ctx, c, undefined, view.missing);
    } catch (error) {
      const message =
        error instanceof InputError
          ? error.problems.map((p) => `${p.field}: ${t(p.key, p.params)}`).join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
      ctx.warnings.push(t('register.receiptFailed', { id: c.id, message }));
    }
  }
  const lines = [
    t('register.done', { id: c.id, agenda: formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10)) }),
    // What the counter tells the applicant is what the receipt says: the event's eve when that comes first.
    dueLine(c, statedDue(c, clock.calendar, clock.timeZone), profile),
    view.missing.length
      ? t('register.missing', { list: view.missing.map((m) => label('requirement', m)).join('; ') })
      : t('register.complete'),
  ];
  if (c.leadTime && !c.leadTime.ok) lines.push(t('register.late', { latest: dateText(c.leadTime.latestSubmission, true) }));
  if (view.receipt) lines.push(t('register.receipt', { path: view.receipt }));
  return output(view, lines);
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
    'loket register letter --yes --service pengaduan --channel lapor --channel-ref LAPOR-4417 --applicant "Siti Aminah" --contact 0812-1111-2222 --subject "Jawaban permohonan terlambat" --about 2026-0042',
    'loket register letter --yes --service pengaduan --channel wbs --anonymous --channel-ref WBS-2026-0099 --subject "Dugaan pungutan liar di loket"',
    'loket register letter --yes --service imnkk --channel email --applicant "Pemerintah Kota Contoh" --subject "Permohonan pengukuran IM-NKK" --operator-name "Budi" --operator-email budi@contoh.go.id --no-receipt',
  ],
  // A letter read from an e-mail asks only for what the message cannot say: the service and the letter number.
  questions: (input) => (input.fromEml ? [] : undefined),
  async run(ctx, input): Promise<CommandOutput> {
    if (!input.fromEml) return register(ctx, 'letter', input);
    const profile = (await ctx.config()).profile;
    const { readEml } = await import('../eml-input.js');
    const { fields, files } = await readEml(input.fromEml, attachmentLimitBytes(profile));
    let merged: Record<string, unknown> = { ...fields, ...input };
    if (ctx.interactive) merged = await (await import('../ask-missing.js')).askMissing(LETTER_OPTIONS, merged, ['service', 'letterNumber']);
    return register(ctx, 'letter', readInput({ options: LETTER_OPTIONS }, merged, []), files);
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
    const c = await ctx.store().get(id);
    if (requirements) {
      const { renderRequirementsReceipt } = await import('../../render/requirements-receipt.js');
      const profile = (await ctx.config()).profile;
      const clock = await ctx.clock();
      const bytes = await renderRequirementsReceipt(c, caseView(c).missing, profile, ctx.user, {
        due: statedDue(c, clock.calendar, clock.timeZone),
        at: new Date(ctx.now()).toISOString(),
      });
      const path = await saveDocument(ctx, c.id, `tanda-terima-kelengkapan-${c.id}.pdf`, bytes, out);
      return output({ id: c.id, receipt: path }, t('register.receipt', { path }));
    }
    const path = await writeReceipt(ctx, c, out);
    return output({ id: c.id, receipt: path }, t('register.receipt', { path }));
  },
});

export const registerCommands = [
  group({
    name: 'register',
    description: 'help.register',
    examples: ['loket register walkin', 'loket register letter', 'loket register letter --help'],
    commands: [registerLetterCommand, registerWalkinCommand],
  }),
  receiptCommand,
];
