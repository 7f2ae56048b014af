/** `loket register letter|walkin` and `loket receipt`: the receptionist's work. */
import { basename } from 'node:path';
import { Command, Option } from '../commander.js';
import { formatDayDateId, formatInstantId } from '../../domain/indonesian.js';
import { formatNumber } from '../../domain/numbering.js';
import { agendaYear, buildCase, registrationChanges } from '../../domain/registration.js';
import { InputError, ProblemList } from '../../errors.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { cleanOptions } from '../free-text.js';
import { t } from '../../i18n/index.js';
import { caseView, registrationView } from '../case-view.js';
import type { Context } from '../context.js';
import { saveDocument } from '../documents.js';
import { repeatable } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';
import { parseRegistration, type RawRegistration } from '../register-input.js';
import type { Case, CaseKind } from '../../domain/model.js';

/** Renders and keeps the receipt of a case; returns its path. */
export async function writeReceipt(ctx: Context, c: Case, out?: string, missing = caseView(c).missing): Promise<string> {
  const { renderReceipt } = await import('../../render/receipt.js');
  const bytes = await renderReceipt(c, missing, (await ctx.config()).profile);
  return saveDocument(ctx, c.id, `tanda-terima-${c.id}.pdf`, bytes, out);
}

async function register(ctx: Context, kind: CaseKind, opts: Record<string, unknown>): Promise<ReturnType<typeof output>> {
  let raw = opts as RawRegistration;
  if (ctx.interactive) {
    const { promptRegistration } = await import('../register-prompts.js');
    const problems = new ProblemList();
    raw = cleanOptions(problems, await promptRegistration(raw, kind));
    problems.throwIfAny();
  }
  const store = ctx.store();
  const profile = (await ctx.config()).profile;
  const { input, files } = parseRegistration(raw, kind, ctx.now(), ctx.user, profile.timeZone, attachmentLimitBytes(profile));
  // The labels and the receipt's template are read before anything is recorded: a broken office copy
  // must refuse the registration (exit 2, nothing written), not fail after the case exists.
  const { label, labels } = await import('../../render/labels.js');
  labels();
  if (opts.receipt !== false) (await import('../../render/receipt.js')).receiptTemplate();
  const clock = await ctx.clock();
  for (const f of files) {
    const { sha256, size } = await store.storeAttachment(f.path);
    input.attachments.push({ role: f.role, name: basename(f.path), sha256, size });
  }
  const year = agendaYear(input.receivedMs, profile.timeZone);
  const c = await store.register(year, (agenda) => {
    const value = buildCase(input, agenda, profile.services, profile.services.sosialisasi.leadTimeWorkingDays, clock);
    return { value, changes: registrationChanges(value) };
  });
  // The case is recorded now: whatever goes wrong with its receipt (a broken office template, a full
  // disk) is a warning beside a successful registration, never an error that would hide it.
  const view = registrationView(c, null);
  if (opts.receipt !== false) {
    try {
      view.receipt = await writeReceipt(ctx, c, undefined, view.missing);
    } catch (error) {
      const message =
        error instanceof InputError ? error.problems.map((p) => `${p.field}: ${t(p.key, p.params)}`).join('; ') : (error as Error).message;
      ctx.warnings.push(t('register.receiptFailed', { id: c.id, message }));
    }
  }
  const due =
    c.answerDue === null
      ? t('register.waiting')
      : c.answerDue.length === 10
        ? formatDayDateId(c.answerDue)
        : formatInstantId(Date.parse(c.answerDue), profile.timeZone, profile.zoneLabel);
  const lines = [
    t('register.done', { id: c.id, agenda: formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10)) }),
    t('register.due', { due }),
    view.missing.length
      ? t('register.missing', { list: view.missing.map((m) => label('requirement', m)).join('; ') })
      : t('register.complete'),
  ];
  if (c.leadTime && !c.leadTime.ok) lines.push(t('register.late', { latest: formatDayDateId(c.leadTime.latestSubmission) }));
  if (view.receipt) lines.push(t('register.receipt', { path: view.receipt }));
  return output(view, lines);
}

/** The options letters and walk-ins share: documents brought, when, and whether to print a receipt. */
function counterOptions(cmd: Command): Command {
  return cmd
    .option('--id-doc <file>', t('ask.idDoc'))
    .option('--attach <file>', t('help.register.attach'), repeatable)
    .option('--received-at <instant>', t('help.register.receivedAt'))
    .addOption(new Option('--no-receipt', t('help.register.noReceipt')));
}

/** Registers `register letter`, `register walkin` and `receipt`. */
export function registerRegister(program: Command, run: Runner): void {
  const reg = examples(program.command('register').description(t('help.register')), [
    'loket register walkin',
    'loket register letter',
    'loket register letter --help',
  ]);
  const letter = reg
    .command('letter')
    .description(t('help.register.letter'))
    .option('--service <key>', 'sosialisasi | imnkk | pengaduan')
    .option('--channel <channel>', 'surat | email | langsung | telepon')
    .option('--applicant <name>', t('ask.applicant'))
    .option('--applicant-type <type>', 'perorangan | instansi | lsm | ormas | parpol | badan-publik')
    .option('--institution <name>', t('ask.institution'))
    .option('--contact <phone>', t('ask.contact'))
    .option('--email <address>', t('ask.email'))
    .option('--letter-number <text>', t('ask.letterNumber'))
    .option('--letter-date <date>', t('ask.letterDate'))
    .option('--subject <text>', t('ask.subject'))
    .option('--purpose <text>', t('ask.purpose'))
    .option('--material <text>', t('ask.material'))
    .option('--event-date <date[THH:MM]>', t('ask.eventDate'))
    .option('--event-place <text>', t('ask.eventPlace'))
    .option('--mode <mode>', 'luring | daring')
    .option('--tor <file>', t('ask.tor'))
    .option('--operator-name <name>', t('ask.operatorName'))
    .option('--operator-position <text>', t('ask.operatorPosition'))
    .option('--operator-email <address>', t('ask.operatorEmail'))
    .option('--operator-letter <ref|file>', t('help.imnkk.operatorLetter'))
    .option('--ethics-regulation <ref>', t('help.imnkk.ethicsRegulation'))
    .option('--sinden-account <user>', t('help.imnkk.sindenAccount'))
    .option('--self-assessment-complete', t('help.imnkk.selfAssessment'));
  counterOptions(letter);
  examples(letter, [
    'loket register letter',
    'loket register letter --yes --service sosialisasi --channel surat --applicant "Dinas Kominfo Kab. Contoh" --applicant-type instansi --letter-number 005/123/2026 --letter-date 2026-03-10 --subject "Permohonan narasumber netralitas ASN" --event-date 2026-04-08T09:00 --event-place "Aula Kantor Bupati" --json',
    'loket register letter --yes --service imnkk --channel email --applicant "Pemerintah Kota Contoh" --subject "Permohonan pengukuran IM-NKK" --operator-name "Budi" --operator-email budi@contoh.go.id --no-receipt',
  ]);
  letter.action(run((ctx, _args, opts) => register(ctx, 'letter', opts)));

  const walkin = reg
    .command('walkin')
    .description(t('help.register.walkin'))
    .option('--visitor <name>', t('ask.visitor'))
    .option('--institution <name>', t('ask.institution'))
    .option('--contact <phone>', t('ask.contact'))
    .option('--service <key>', 'sosialisasi | imnkk | pengaduan')
    .option('--purpose <text>', t('ask.purpose'));
  counterOptions(walkin);
  examples(walkin, [
    'loket register walkin',
    'loket register walkin --yes --visitor "Siti Aminah" --institution "Bawaslu Kota Contoh" --contact 0812-3456-7890 --service sosialisasi --purpose "Konsultasi sosialisasi netralitas" --json',
  ]);
  walkin.action(run((ctx, _args, opts) => register(ctx, 'walkin', opts)));

  examples(program.command('receipt').description(t('help.receipt')).argument('<id>', '2026-0042').option('--out <file>', t('help.out')), [
    'loket receipt 2026-0042',
    'loket receipt 2026-0042 --out /tmp/tanda-terima.pdf',
  ]).action(
    run(async (ctx, [id], opts) => {
      const c = await ctx.store().get(id!);
      const path = await writeReceipt(ctx, c, opts.out as string | undefined);
      return output({ id: c.id, receipt: path }, t('register.receipt', { path }));
    }),
  );
}
