/** `loket dispose|analyse|decide|send|reopen|history`: the steps of a case after the counter. */
import { MODES, URGENCIES, type Case, type Substantiated } from '../../domain/model.js';
import { missingRequirements } from '../../domain/requirements.js';
import { analyse, approvalProblems, decide, dispose, reopen, send, type DecisionInput } from '../../domain/workflow.js';
import { InputError, ProblemList } from '../../errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { caseView, shownCase } from '../case-view.js';
import { concludeReport, examine } from '../../domain/complaints.js';
import { historyWithReports } from '../related-reports.js';
import { checklists } from '../checklists.js';
import { command, ID_ARG } from '../command-spec.js';
import { fileOption, instantOption } from '../input.js';
import { output } from '../output.js';
import { saveDocument } from '../documents.js';
import type { Context } from '../context.js';
import { dateText, storedTimeText, uiLabel } from '../../render/ui-labels.js';
import { recordCaseRequirements } from '../../domain/requirement-records.js';
import { roleDeclarations } from '../../domain/attachment-roles.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { basename } from 'node:path';
import { checkSchedule, requestedSchedule } from '../../domain/schedule.js';
import { localDate } from '../../domain/timezone.js';

function done(key: MessageKey, c: Case) {
  return output(caseView(c), t(key, { id: c.id, status: t(`status.${c.status}`) }));
}

/** `loket dispose ID --to OFFICER`: a leader hands the case to an officer. */
export const disposeCommand = command({
  name: 'dispose',
  description: 'help.dispose',
  args: [ID_ARG],
  options: {
    to: { flags: '--to <officer>', help: 'help.dispose.to', required: true },
    instruction: { flags: '--instruction <text>', help: 'help.dispose.instruction' },
    urgency: { flags: '--urgency <level>', help: 'opt.urgency', choices: URGENCIES, default: 'biasa' },
  },
  examples: ['loket dispose 2026-0042 --to "Budi Santoso" --instruction "Siapkan narasumber" --urgency segera --as "Kepala Pokja"'],
  async run(ctx, { id, to, instruction, urgency }) {
    if (!to) throw InputError.of('to', 'input.required');
    const tz = (await ctx.config()).profile.timeZone;
    const c = await ctx
      .store()
      .update(id, 'dispose', (c) => dispose(c, { to, urgency, instruction, atMs: ctx.now(), by: ctx.user, timeZone: tz }));
    return done('workflow.disposed', c);
  },
});

/** `loket analyse ID --feasible yes|no`: the officer's analysis. */
export const analyseCommand = command({
  name: 'analyse',
  alias: 'analyze',
  description: 'help.analyse',
  args: [ID_ARG],
  options: {
    feasible: { flags: '--feasible <yes|no>', help: 'help.analyse.feasible', choices: ['yes', 'no', 'ya', 'tidak'], required: true },
    mode: { flags: '--mode <mode>', help: 'opt.mode', choices: MODES },
    note: { flags: '--note <text>', help: 'help.analyse.note' },
  },
  examples: ['loket analyse 2026-0042 --feasible yes --mode daring --note "Narasumber tersedia"'],
  async run(ctx, { id, feasible, mode, note }) {
    const c = await ctx.store().update(id, 'analyse', (c) => analyse(c, { feasible: feasible === 'yes' || feasible === 'ya', mode, note }));
    return done('workflow.analysed', c);
  },
});

/** `loket examine ID --finding TEXT`: the officer's examination of a report (the pengaduan service's analysis). */
export const examineCommand = command({
  name: 'examine',
  description: 'help.examine',
  args: [ID_ARG],
  options: { finding: { flags: '--finding <text>', help: 'help.examine.finding', required: true } },
  examples: ['loket examine 2026-0057 --finding "Petugas loket terbukti meminta biaya fotokopi di luar ketentuan."'],
  async run(ctx, { id, finding }) {
    const timeZone = (await ctx.config()).profile.timeZone;
    const c = await ctx.store().update(id, 'examine', (c) => examine(c, { finding, atMs: ctx.now(), by: ctx.user, timeZone }));
    return done('workflow.examined', c);
  },
});

/** The decision on a report: founded or not (a complaint), and what follows. */
async function decideReport(ctx: Context, input: { id: string; substantiated?: string; followUp?: string }) {
  const timeZone = (await ctx.config()).profile.timeZone;
  const substantiated = input.substantiated === undefined ? undefined : SUBSTANTIATED_WORDS[input.substantiated];
  const c = await ctx
    .store()
    .update(input.id, 'decide', (c) =>
      concludeReport(c, { substantiated, followUp: input.followUp, atMs: ctx.now(), by: ctx.user, timeZone }),
    );
  return output(caseView(c), t('workflow.decided', { id: c.id, status: t(`status.${c.status}`) }));
}

/** `--substantiated` in either language. */
const SUBSTANTIATED_WORDS: Record<string, Substantiated> = {
  yes: 'yes',
  ya: 'yes',
  no: 'no',
  tidak: 'no',
  partly: 'partly',
  sebagian: 'partly',
};

/** `loket decide ID --approve|--decline|--incomplete`: the decision on the request. */
export const decideCommand = command({
  name: 'decide',
  description: 'help.decide',
  args: [ID_ARG],
  options: {
    approve: { flags: '--approve', help: 'help.decide.approve' },
    schedule: { flags: '--schedule <instant>', help: 'help.decide.schedule' },
    contact: { flags: '--contact <"NAME, PHONE">', help: 'help.decide.contact' },
    place: { flags: '--place <text>', help: 'help.decide.place' },
    decline: { flags: '--decline', help: 'help.decide.decline' },
    reason: { flags: '--reason <text>', help: 'help.decide.reason' },
    incomplete: { flags: '--incomplete', help: 'help.decide.incomplete' },
    substantiated: {
      flags: '--substantiated <yes|no|partly>',
      help: 'help.decide.substantiated',
      choices: Object.keys(SUBSTANTIATED_WORDS),
    },
    followUp: { flags: '--follow-up <text>', help: 'help.decide.followUp' },
  },
  examples: [
    'loket decide 2026-0057 --substantiated yes --follow-up "Petugas yang bersangkutan telah diberi teguran tertulis oleh atasannya."',
    'loket decide 2026-0042 --approve --schedule 2026-04-08T09:00 --contact "Budi Santoso, 0812-1111-2222" --place "Aula Kantor Bupati"',
    'loket decide 2026-0042 --decline --reason "Jadwal narasumber pada tanggal tersebut telah penuh."',
    'loket decide 2026-0042 --incomplete',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const current = await ctx.store().get(input.id);
    const reportOptions = (['substantiated', 'followUp'] as const).filter((k) => input[k] !== undefined);
    // A report is decided by what its examination found; a request by approval.
    if (current.service === 'pengaduan' && !input.incomplete) {
      for (const k of ['approve', 'decline'] as const) if (input[k]) problems.add(k, 'input.reportDecideFlag', { id: current.id });
      problems.throwIfAny();
      return decideReport(ctx, input);
    }
    for (const k of reportOptions) problems.add(k, 'input.onlyPengaduan');
    const chosen = (['approve', 'decline', 'incomplete'] as const).filter((k) => input[k]);
    if (chosen.length !== 1) problems.add('approve', 'input.chooseOne', { choices: '--approve, --decline, --incomplete' });
    const timeZone = (await ctx.config()).profile.timeZone;
    // Not given: the date and time the request asked for.
    const scheduleMs =
      input.schedule === undefined ? requestedSchedule(current, timeZone) : instantOption(problems, 'schedule', input.schedule, timeZone);
    const warnings: string[] = [];
    if (input.approve && scheduleMs !== undefined) {
      const found = checkSchedule(scheduleMs, current, { nowMs: ctx.now(), calendar: await ctx.calendar(), timeZone });
      const day = dateText(localDate(scheduleMs, timeZone), true);
      if (found.past) problems.add('schedule', 'input.schedulePast', { value: day });
      if (found.nonWorking) warnings.push(t('warn.scheduleNonWorking', { date: day }));
      if (found.otherDay && current.event?.date)
        warnings.push(t('warn.scheduleOtherDay', { date: day, requested: dateText(current.event.date, true) }));
    }
    if (input.approve)
      approvalProblems(problems, { scheduleMs, contact: input.contact, timeZone, scheduleGiven: input.schedule !== undefined });
    problems.throwIfAny();
    const decision = (c: Case): DecisionInput =>
      input.approve
        ? { outcome: 'approved', scheduleMs, contact: input.contact, place: input.place, timeZone }
        : input.decline
          ? { outcome: 'declined', reason: input.reason }
          : { outcome: 'incomplete', missing: missingRequirements(c, checklists()) };
    const c = await ctx.store().update(input.id, 'decide', (c) => decide(c, decision(c)));
    ctx.warnings.push(...warnings);
    return output({ ...caseView(c), warnings }, t('workflow.decided', { id: c.id, status: t(`status.${c.status}`) }));
  },
});

/** `loket send ID --via CHANNEL`: the answer went out; closes the case. A walk-in answered at the counter keeps what was said, on a slip. */
export const sendCommand = command({
  name: 'send',
  description: 'help.send',
  args: [ID_ARG],
  options: {
    via: { flags: '--via <channel>', help: 'opt.via', choices: ['email', 'pos', 'langsung', 'lapor', 'wbs', 'none'], required: true },
    at: { flags: '--at <instant>', help: 'help.send.at' },
    note: { flags: '--note <text>', help: 'help.send.note' },
  },
  examples: [
    'loket send 2026-0042 --via email',
    'loket send 2026-0042 --via pos --at 2026-04-01T10:00',
    'loket send 2026-0043 --via langsung --note "Sosialisasi dapat diajukan dengan surat dari pimpinan instansi."',
    'loket send 2026-0060 --via none --note "Apresiasi diteruskan kepada unit layanan; dibalas melalui pesan Instagram."',
  ],
  async run(ctx, { id, via, at, note }) {
    const problems = new ProblemList();
    const profile = (await ctx.config()).profile;
    const timeZone = profile.timeZone;
    const atMs = at === undefined ? ctx.now() : instantOption(problems, 'at', at, timeZone);
    problems.throwIfAny();
    // The slip's template is checked before the answer is recorded, like every document's.
    if (via === 'langsung') (await import('../../render/answer-slip.js')).answerSlipTemplate();
    const c = await ctx.store().update(id, 'send', (c) => send(c, { via, atMs: atMs ?? ctx.now(), timeZone, note, by: ctx.user }));
    const answer = c.answer;
    const lines = [
      t(answer?.onTime ? 'workflow.sentOnTime' : 'workflow.sentLate', {
        id: c.id,
        at: answer ? storedTimeText(answer.at, profile) : '-',
        due: c.answerDue ? storedTimeText(c.answerDue, profile) : '-',
      }),
    ];
    // The slip is what a visitor takes home from the counter; an appreciation closed without a letter has none.
    const slip = answer?.note && via === 'langsung' ? await writeAnswerSlip(ctx, c) : null;
    if (slip) lines.push(t('workflow.slip', { file: slip }));
    return output({ ...caseView(c), slip }, lines);
  },
});

/** Renders and keeps the "Informasi Jawaban" slip of a walk-in answered at the counter; returns its path. */
async function writeAnswerSlip(ctx: Context, c: Case, out?: string): Promise<string> {
  const { renderAnswerSlip } = await import('../../render/answer-slip.js');
  return saveDocument(ctx, c.id, `informasi-jawaban-${c.id}.pdf`, await renderAnswerSlip(c, (await ctx.config()).profile), out);
}

/** `loket slip ID`: the "Informasi Jawaban" slip printed again. */
export const slipCommand = command({
  name: 'slip',
  description: 'help.slip',
  args: [ID_ARG],
  options: { out: { flags: '--out <file>', help: 'help.out' } },
  examples: ['loket slip 2026-0043', 'loket slip 2026-0043 --out /tmp/informasi-jawaban.pdf'],
  async run(ctx, { id, out }) {
    const c = await ctx.store().get(id);
    if (!c.answer?.note || c.answer.via !== 'langsung') throw InputError.of('id', 'input.noSlip', { id: c.id });
    const file = await writeAnswerSlip(ctx, c, out);
    return output({ id: c.id, file }, t('workflow.slip', { file }));
  },
});

/** `loket reopen ID --reason TEXT`: an answered case opened again. */
export const reopenCommand = command({
  name: 'reopen',
  description: 'help.reopen',
  args: [ID_ARG],
  options: { reason: { flags: '--reason <text>', help: 'help.reopen.reason', required: true } },
  examples: ['loket reopen 2026-0042 --reason "Pemohon mengajukan perubahan jadwal"'],
  async run(ctx, { id, reason }) {
    if (!reason) throw InputError.of('reason', 'input.required');
    return done('workflow.reopened', await ctx.store().update(id, 'reopen', (c) => reopen(c, reason)));
  },
});

/** `loket history ID`: every recorded change of a case. */
export const historyCommand = command({
  name: 'history',
  description: 'help.history',
  args: [ID_ARG],
  examples: ['loket history 2026-0042', 'loket history 2026-0042 --json'],
  async run(ctx, { id }) {
    const store = ctx.store();
    const c = shownCase(await store.get(id));
    const events = await historyWithReports(store, c.id, c.events);
    const { renderHistory } = await import('../../render/history.js');
    return output(events, renderHistory(events, (await ctx.config()).profile));
  },
});

/** What a case still lacks, or since when it is complete, in one line. */
function requirementsLine(c: ReturnType<typeof caseView>, zone: { timeZone: string; zoneLabel: string }): string {
  if (c.missing.length) return t('requirements.missing', { id: c.id, list: c.missing.map((m) => uiLabel('requirement', m)).join('; ') });
  return t('requirements.complete', { id: c.id, at: c.requirementsCompleteAt ? storedTimeText(c.requirementsCompleteAt, zone) : '-' });
}

/** `loket requirements ID --met KEY[,KEY] | --unmet KEY --reason TEXT`: papers that arrived later, or were found wanting. */
export const requirementsCommand = command({
  name: 'requirements',
  description: 'help.requirements',
  args: [ID_ARG],
  options: {
    met: { flags: '--met <keys>', help: 'help.requirements.met' },
    file: { flags: '--file <file>', help: 'help.requirements.file' },
    ref: { flags: '--ref <text>', help: 'help.requirements.ref' },
    unmet: { flags: '--unmet <key>', help: 'help.requirements.unmet' },
    reason: { flags: '--reason <text>', help: 'help.requirements.reason' },
    torAttachment: { flags: '--tor-attachment <name|n>', help: 'help.register.torAttachment' },
    idAttachment: { flags: '--id-attachment <name|n>', help: 'help.register.idAttachment' },
  },
  examples: [
    'loket requirements 2026-0042',
    'loket requirements 2026-0042 --tor-attachment "KAK Sosialisasi.pdf"',
    'loket requirements 2026-0042 --met tor,id-document --file kak-dan-ktp.pdf',
    'loket requirements 2026-0042 --met request-letter --ref "800/12/2026"',
    'loket requirements 2026-0042 --unmet id-document --reason "KTP sudah tidak berlaku"',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const profile = (await ctx.config()).profile;
    const met = (input.met ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    if (input.unmet && !input.reason) problems.add('reason', 'input.required');
    const file =
      input.file === undefined ? undefined : problems.need(fileOption(problems, 'file', input.file, attachmentLimitBytes(profile)));
    problems.throwIfAny();
    const store = ctx.store();
    const current = await store.get(input.id);
    const declared = roleDeclarations(input);
    if (!met.length && !input.unmet && !declared.length) {
      const view = caseView(current);
      return output(view, requirementsLine(view, profile));
    }
    const attachment = file ? { role: 'attachment' as const, name: basename(file), ...(await store.storeAttachment(file)) } : undefined;
    const clock = await ctx.clock();
    const unmet = input.unmet ? { key: input.unmet, reason: input.reason ?? '' } : undefined;
    const c = await store.update(input.id, 'requirements', (c) => {
      const change = recordCaseRequirements(
        c,
        { met, unmet, ref: input.ref, file: attachment?.name, declared, atMs: ctx.now(), by: ctx.user },
        checklists(),
        profile.services,
        clock,
      );
      if (attachment) change.value.attachments = [...change.value.attachments, attachment];
      return change;
    });
    const view = caseView(c);
    const lines = [requirementsLine(view, profile)];
    if (current.status === 'answered' && c.status !== 'answered' && c.answerDue)
      lines.push(t('requirements.reopened', { id: c.id, due: storedTimeText(c.answerDue, profile) }));
    return output(view, lines);
  },
});

export const workflowCommands = [
  requirementsCommand,
  slipCommand,
  disposeCommand,
  analyseCommand,
  examineCommand,
  decideCommand,
  sendCommand,
  reopenCommand,
  historyCommand,
];
