/** `loket dispose|analyse|examine|decide|send|slip|reopen|history|requirements`: the steps of a case after the counter. */
import { analyseCase, disposeCase, examineReport, reopenCase } from '../../app/case-steps.js';
import { caseView } from '../../app/case-view.js';
import { decideCase } from '../../app/decide.js';
import { recordRequirements } from '../../app/requirements.js';
import { reprintSlip, sendAnswer } from '../../app/send.js';
import { caseHistory } from '../../app/show-case.js';
import { MODES, SUBSTANTIATED, URGENCIES, type Case } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { command, ID_ARG } from '../command-spec.js';
import { deliver } from '../deliver.js';
import { checkOutPath } from '../out-file.js';
import { output } from '../output.js';
import { sentLine } from '../sent-line.js';

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
    urgency: { flags: '--urgency <level>', help: 'opt.urgency', choices: URGENCIES, words: { labels: 'urgency' }, default: 'biasa' },
  },
  examples: ['loket dispose 2026-0042 --to "Budi Santoso" --instruction "Siapkan narasumber" --urgency segera --as "Kepala Pokja"'],
  run: async (ctx, input) => done('workflow.disposed', await disposeCase(ctx, input)),
});

/** `loket analyse ID --feasible yes|no`: the officer's analysis. */
export const analyseCommand = command({
  name: 'analyse',
  description: 'help.analyse',
  args: [ID_ARG],
  options: {
    feasible: {
      flags: '--feasible <answer>',
      help: 'help.analyse.feasible',
      choices: ['yes', 'no'],
      words: { catalogue: 'value' },
      required: true,
    },
    mode: { flags: '--mode <mode>', help: 'opt.mode', choices: MODES, words: { labels: 'mode' } },
    note: { flags: '--note <text>', help: 'help.analyse.note' },
  },
  examples: ['loket analyse 2026-0042 --feasible yes --mode daring --note "Narasumber tersedia"'],
  run: async (ctx, { id, feasible, mode, note }) =>
    done('workflow.analysed', await analyseCase(ctx, { id, feasible: feasible === 'yes', mode, note })),
});

/** `loket examine ID --finding TEXT`: the officer's examination of a report (the pengaduan service's analysis). */
export const examineCommand = command({
  name: 'examine',
  description: 'help.examine',
  args: [ID_ARG],
  options: { finding: { flags: '--finding <text>', help: 'help.examine.finding', required: true } },
  examples: ['loket examine 2026-0057 --finding "Petugas loket terbukti meminta biaya fotokopi di luar ketentuan."'],
  run: async (ctx, input) => done('workflow.examined', await examineReport(ctx, input)),
});

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
      flags: '--substantiated <answer>',
      help: 'help.decide.substantiated',
      choices: SUBSTANTIATED,
      words: { catalogue: 'substantiated', also: { ya: 'yes', tidak: 'no', sebagian: 'partly' } },
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
    const { case: c, warnings } = await decideCase(ctx, input);
    const view = c.service === 'pengaduan' && !input.incomplete ? caseView(c) : { ...caseView(c), warnings };
    return output(view, t('workflow.decided', { id: c.id, status: t(`status.${c.status}`) }));
  },
});

/** `loket send ID --via CHANNEL`: the answer went out; closes the case. A walk-in answered at the counter keeps what was said, on a slip. */
export const sendCommand = command({
  name: 'send',
  description: 'help.send',
  args: [ID_ARG],
  options: {
    via: {
      flags: '--via <channel>',
      help: 'opt.via',
      choices: ['email', 'pos', 'langsung', 'lapor', 'wbs', 'none'],
      words: { catalogue: 'via' },
      required: true,
    },
    at: { flags: '--at <instant>', help: 'help.send.at' },
    note: { flags: '--note <text>', help: 'help.send.note' },
    to: { flags: '--to <address>', help: 'help.send.to', list: true },
    queue: { flags: '--queue', help: 'help.send.queue' },
  },
  examples: [
    'loket send 2026-0042 --via email',
    'loket send 2026-0042 --via email --to sekretariat@kominfo.contoh.go.id --queue',
    'loket send 2026-0042 --via pos --at 2026-04-01T10:00',
    'loket send 2026-0043 --via langsung --note "Sosialisasi dapat diajukan dengan surat dari pimpinan instansi."',
    'loket send 2026-0060 --via none --note "Apresiasi diteruskan kepada unit layanan; dibalas melalui pesan Instagram."',
  ],
  async run(ctx, input) {
    if (input.via === 'email') return (await import('./send-email.js')).sendEmail(ctx, input);
    // Addresses and the outbox belong to an e-mail only.
    if (input.to?.length || input.queue) throw InputError.of(input.to?.length ? 'to' : 'queue', 'mail.onlyEmail');
    const profile = await ctx.profile();
    const { case: c, slip } = await sendAnswer(ctx, input);
    const lines = [sentLine(c, profile)];
    const file = slip ? await deliver(slip) : null;
    if (file) lines.push(t('workflow.slip', { file }));
    return output({ ...caseView(c), slip: file }, lines);
  },
});

/** `loket slip ID`: the "Informasi Jawaban" slip printed again. */
export const slipCommand = command({
  name: 'slip',
  description: 'help.slip',
  args: [ID_ARG],
  options: { out: { flags: '--out <file>', help: 'help.out' } },
  examples: ['loket slip 2026-0043', 'loket slip 2026-0043 --out /tmp/informasi-jawaban.pdf'],
  async run(ctx, { id, out }) {
    const target = out === undefined ? undefined : checkOutPath('out', out, ctx.home, `informasi-jawaban-${id}.pdf`);
    const { case: c, slip } = await reprintSlip(ctx, id);
    const file = await deliver(slip, target);
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
  run: async (ctx, input) => done('workflow.reopened', await reopenCase(ctx, input)),
});

/** `loket history ID`: every recorded change of a case. */
export const historyCommand = command({
  name: 'history',
  description: 'help.history',
  args: [ID_ARG],
  examples: ['loket history 2026-0042', 'loket history 2026-0042 --json'],
  async run(ctx, { id }) {
    const events = await caseHistory(ctx, id);
    const { renderHistory } = await import('../../render/history.js');
    return output(events, renderHistory(events, await ctx.profile()));
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
    const profile = await ctx.profile();
    const met = (input.met ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const { case: c, before } = await recordRequirements(ctx, { ...input, met });
    const view = caseView(c);
    const lines = [requirementsLine(view, profile)];
    if (before.status === 'answered' && c.status !== 'answered' && c.answerDue)
      lines.push(t('requirements.reopened', { id: c.id, due: storedTimeText(c.answerDue, profile) }));
    return output(view, lines);
  },
});
