/** `loket imnkk ...` and `loket verify`: IM-NKK assessments from requirements to certificate. */
import { basename, join } from 'node:path';
import { certificateReport, judgeCertificate, normalizeCode } from '../../domain/certificate-code.js';
import {
  addVerification,
  IMNKK_REQUIREMENTS,
  recordUnmetRequirement,
  assertCertificateReady,
  assertRequirementDate,
  imnkkSummary,
  issueCertificate,
  recommendationKind,
  recordPlenary,
  recordRequirements,
  revokeCertificate,
  type ImnkkSummary,
} from '../../domain/imnkk.js';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits.js';
import { assertSignatories } from '../../domain/signatory.js';
import { MODES, type Attachment } from '../../domain/model.js';
import { letterOf } from '../../domain/workflow.js';
import { formatInstant } from '../../domain/timezone.js';
import { InputError, ProblemList } from '../../errors.js';
import { num, t } from '../../i18n/index.js';
import { categoryBands } from '../../reference/imnkk-categories.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { command, group, ID_ARG } from '../command-spec.js';
import { saveDocument } from '../documents.js';
import { signingKey } from '../signing.js';
import { checkOutPath } from '../out-file.js';
import { dateOption, dateOrToday, fileOption, intOption, numberOption } from '../input.js';
import { output } from '../output.js';
import { dateText, storedTimeText, uiLabel } from '../../render/ui-labels.js';
import { isScan } from '../register-input.js';

/** `loket imnkk requirements ID`: requirements that arrived; the last one starts the 12-month clock. */
export const imnkkRequirementsCommand = command({
  name: 'requirements',
  description: 'help.imnkk.requirements',
  args: [ID_ARG],
  options: {
    ethicsRegulation: { flags: '--ethics-regulation <ref>', help: 'help.imnkk.ethicsRegulation' },
    sindenAccount: { flags: '--sinden-account <user>', help: 'help.imnkk.sindenAccount' },
    operatorLetter: { flags: '--operator-letter <ref|file>', help: 'help.imnkk.operatorLetter' },
    selfAssessmentComplete: { flags: '--self-assessment-complete', help: 'help.imnkk.selfAssessment' },
    date: { flags: '--date <date>', help: 'help.imnkk.reqDate' },
    unmet: { flags: '--unmet <key>', help: 'help.imnkk.unmet', choices: Object.keys(IMNKK_REQUIREMENTS) },
    reason: { flags: '--reason <text>', help: 'help.requirements.reason' },
  },
  examples: [
    'loket imnkk requirements 2026-0042 --ethics-regulation "Perbup No. 12 Tahun 2025" --sinden-account pemkab-contoh',
    'loket imnkk requirements 2026-0042 --operator-letter scan-surat-tugas.pdf --self-assessment-complete',
    'loket imnkk requirements 2026-0042 --unmet self-assessment --reason "Bukti kriteria 3 belum diunggah"',
  ],
  async run(ctx, input) {
    if (input.unmet) {
      if (!input.reason) throw InputError.of('reason', 'input.required');
      const reason = input.reason;
      const unmetKey = input.unmet;
      const tz = (await ctx.config()).profile.timeZone;
      const c = await ctx
        .store()
        .update(input.id, 'imnkk:unmet', (c) =>
          recordUnmetRequirement(c, { key: unmetKey, reason, at: formatInstant(ctx.now(), tz), by: ctx.user }),
        );
      return output(imnkkSummary(c, await ctx.today()), t('imnkk.unmet', { id: c.id, key: uiLabel('requirement', unmetKey), reason }));
    }
    const problems = new ProblemList();
    const profile = (await ctx.config()).profile;
    const today = await ctx.today();
    const date = dateOrToday(problems, 'date', input.date, today);
    const scan = isScan(input.operatorLetter) ? input.operatorLetter : undefined;
    if (scan) fileOption(problems, 'operatorLetter', scan, attachmentLimitBytes(profile));
    const given = {
      ethicsRegulation: input.ethicsRegulation,
      sindenAccount: input.sindenAccount,
      operatorLetter: scan ? basename(scan) : input.operatorLetter,
      selfAssessment: input.selfAssessmentComplete ? date : undefined,
    };
    if (!Object.values(given).some(Boolean)) problems.add('ethicsRegulation', 'input.requirementsNothing');
    problems.throwIfAny();
    const store = ctx.store();
    assertRequirementDate(await store.get(input.id), date, today);
    const attachment: Attachment | undefined = scan
      ? { role: 'operator-letter', name: basename(scan), ...(await store.storeAttachment(scan)) }
      : undefined;
    const calendar = await ctx.calendar();
    const c = await store.update(input.id, 'imnkk:requirements', (c) => {
      const change = recordRequirements(c, given, date, profile.services.imnkk.months, calendar);
      if (attachment) change.value.attachments = [...change.value.attachments, attachment];
      return change;
    });
    const { caseView } = await import('../case-view.js');
    const view = caseView(c);
    return output(
      view,
      c.imnkk?.clockStart
        ? t('imnkk.clock', { id: c.id, start: dateText(c.imnkk.clockStart), due: c.answerDue ? storedTimeText(c.answerDue, profile) : '-' })
        : t('imnkk.stillMissing', { id: c.id, list: view.missing.map((m) => uiLabel('requirement', m)).join('; ') }),
    );
  },
});

/** `loket imnkk verify ID --date D --mode M`: a verification and clarification visit. */
export const imnkkVerifyCommand = command({
  name: 'verify',
  description: 'help.imnkk.verify',
  args: [ID_ARG],
  options: {
    date: { flags: '--date <date>', help: 'help.imnkk.visitDate', required: true },
    mode: { flags: '--mode <mode>', help: 'opt.mode', choices: MODES, required: true },
    team: { flags: '--team <names>', help: 'help.imnkk.team' },
    note: { flags: '--note <text>', help: 'help.imnkk.note' },
    planned: { flags: '--planned', help: 'help.imnkk.planned' },
  },
  examples: ['loket imnkk verify 2026-0042 --date 2026-06-10 --mode luring --team "Budi, Ani" --note "Klarifikasi bukti kriteria 2"'],
  async run(ctx, input) {
    const problems = new ProblemList();
    const date = problems.need(dateOption(problems, 'date', input.date));
    const team = (input.team ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const today = await ctx.today();
    const visit = { date, mode: input.mode, team, note: input.note, planned: input.planned };
    const c = await ctx.store().update(input.id, 'imnkk:verify', (c) => addVerification(c, visit, today));
    return output(imnkkSummary(c, date), t('imnkk.verified', { id: c.id, n: c.imnkk?.verifications.length ?? 0 }));
  },
});

/** `loket imnkk plenary ID`: the plenary meeting's score, index and category. */
export const imnkkPlenaryCommand = command({
  name: 'plenary',
  description: 'help.imnkk.plenary',
  args: [ID_ARG],
  options: {
    date: { flags: '--date <date>', help: 'help.imnkk.plenaryDate', required: true },
    decree: { flags: '--decree <number>', help: 'help.imnkk.decree', required: true },
    score: { flags: '--score <n>', help: 'help.imnkk.score', required: true },
    criteria: { flags: '--criteria <a,b,c,d>', help: 'help.imnkk.criteria' },
    recommendation: { flags: '--recommendation <text>', help: 'help.imnkk.recommendation', list: true },
  },
  examples: [
    'loket imnkk plenary 2026-0042 --date 2026-09-15 --decree "12/KEP/2026" --score 218 --criteria 60,58,50,50 --recommendation "Perkuat sosialisasi kode etik" --recommendation "Lengkapi bukti penegakan"',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const date = dateOption(problems, 'date', input.date);
    const score = numberOption(problems, 'score', input.score, 0, 100_000);
    if (!input.decree) problems.add('decree', 'input.required');
    const criteria = input.criteria?.split(',').map((s) => numberOption(problems, 'criteria', s.trim(), 0, 100_000) ?? NaN);
    const plenary = { date: problems.need(date), score: problems.need(score), decree: input.decree, criteria };
    problems.throwIfAny();
    const profile = (await ctx.config()).profile;
    const bands = categoryBands(ctx.home);
    const at = formatInstant(ctx.now(), profile.timeZone);
    const recommendations = input.recommendation ?? [];
    const c = await ctx
      .store()
      .update(input.id, 'imnkk:plenary', (c) =>
        recordPlenary(c, { ...plenary, recommendations, at, by: ctx.user }, profile.services.imnkk.maxScore, bands),
      );
    const p = c.imnkk?.plenary;
    if (!p) throw new Error('the plenary was not recorded');
    return output(
      {
        id: c.id,
        score: p.score,
        maxScore: p.maxScore,
        index: p.index,
        category: p.category,
        decree: p.decree,
        date: p.date,
        criteria: p.criteria ?? null,
      },
      t('imnkk.plenary', { id: c.id, score: num(p.score), max: num(p.maxScore), index: num(p.index, 2, true), category: p.category }),
    );
  },
});

/** `loket imnkk certificate ID`: the certificate and its recommendation letter (numbered and coded the first time). */
export const imnkkCertificateCommand = command({
  name: 'certificate',
  description: 'help.imnkk.certificate',
  args: [ID_ARG],
  options: {
    out: { flags: '--out <dir>', help: 'help.imnkk.outDir' },
    date: { flags: '--date <date>', help: 'help.reply.date' },
    to: { flags: '--to <line>', help: 'help.imnkk.to', list: true },
    toPlace: { flags: '--to-place <text>', help: 'help.reply.place' },
  },
  examples: [
    'loket imnkk certificate 2026-0042',
    'loket imnkk certificate 2026-0042 --to "Bupati Banyumas" --to-place Purwokerto',
    'loket imnkk certificate 2026-0042 --out /tmp/sertifikat --json',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const today = await ctx.today();
    const date = dateOrToday(problems, 'date', input.date, today);
    problems.throwIfAny();
    const store = ctx.store();
    const profile = (await ctx.config()).profile;
    const current = await store.get(input.id);
    assertCertificateReady(current, date, today);
    assertSignatories(profile, ['recommendation', 'certificate']);
    const signing = await signingKey(ctx, profile);
    // Both files' places and both templates are checked before a number or a code is given.
    const outOf = (name: string) => (input.out === undefined ? undefined : checkOutPath('out', join(input.out, name), ctx.home));
    const certificateOut = outOf(`sertifikat-${current.id}.pdf`);
    const recommendationOut = outOf(`surat-rekomendasi-${current.id}.pdf`);
    const [{ renderCertificate, certificateTemplate }, { renderRecommendation, recommendationTemplate }] = await Promise.all([
      import('../../render/certificate.js'),
      import('../../render/recommendation-letter.js'),
    ]);
    certificateTemplate();
    recommendationTemplate();
    (await import('../../render/reference.js')).referenceTemplate();
    (await import('../../render/labels.js')).labels();
    const secret = await store.secret();
    const issuedAt = formatInstant(ctx.now(), profile.timeZone);
    const { case: c, letter } =
      current.imnkk?.certificate && current.reply
        ? { case: current, letter: letterOf(current.reply) }
        : await store.issueLetter(current.id, recommendationKind(current), date, profile.numbering.letter, (c, l) =>
            issueCertificate(c, secret, l, issuedAt),
          );
    const code = c.imnkk?.certificate?.code;
    if (!code) throw new Error('the certificate was not recorded');
    const certificate = await saveDocument(
      ctx,
      c.id,
      `sertifikat-${c.id}.pdf`,
      await renderCertificate(c, profile, signing),
      certificateOut,
      !!signing,
    );
    const recommendation = await saveDocument(
      ctx,
      c.id,
      `surat-rekomendasi-${c.id}.pdf`,
      await renderRecommendation(c, letter, profile, { to: input.to, place: input.toPlace, signing }),
      recommendationOut,
      !!signing,
    );
    return output(
      { code, certificate, recommendation, letterNumber: letter.number },
      t('imnkk.certificate', { id: c.id, code, certificate, recommendation }),
    );
  },
});

/** `loket imnkk revoke ID --reason TEXT`: the certificate withdrawn; its code then says so. */
export const imnkkRevokeCommand = command({
  name: 'revoke',
  description: 'help.imnkk.revoke',
  args: [ID_ARG],
  options: { reason: { flags: '--reason <text>', help: 'help.reopen.reason', required: true } },
  examples: ['loket imnkk revoke 2026-0042 --reason "Ditemukan ketidaksesuaian data dukung"'],
  async run(ctx, { id, reason }) {
    if (!reason) throw InputError.of('reason', 'input.required');
    const tz = (await ctx.config()).profile.timeZone;
    const c = await ctx.store().update(id, 'imnkk:revoke', (c) => revokeCertificate(c, reason, formatInstant(ctx.now(), tz), ctx.user));
    const certificate = c.imnkk?.certificate;
    return output({ id: c.id, code: certificate?.code, revoked: certificate?.revoked }, t('imnkk.revoked', { id: c.id }));
  },
});

/** `loket imnkk list`: every assessment of a year (or all years) and where it stands. */
export const imnkkListCommand = command({
  name: 'list',
  description: 'help.imnkk.list',
  options: { year: { flags: '--year <yyyy>', help: 'help.calendar.year' } },
  examples: ['loket imnkk list', 'loket imnkk list --year 2025 --json'],
  async run(ctx, input) {
    const problems = new ProblemList();
    const day = await ctx.today();
    const year = input.year === undefined ? undefined : problems.need(intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR));
    const store = ctx.store();
    const years = year ? { first: year, last: year } : { first: MIN_YEAR, last: MAX_YEAR };
    const rows: ImnkkSummary[] = (await store.listCases({ service: 'imnkk' }, years)).map((c) => imnkkSummary(c, day));
    const { renderImnkkTable } = await import('../../render/imnkk-table.js');
    return output(rows, () => (rows.length ? renderImnkkTable(rows) : t('list.none')));
  },
});

/** `loket verify CODE`: whether a certificate code was issued here and still stands (exit 4 when not). */
export const verifyCommand = command({
  name: 'verify',
  description: 'help.verify',
  args: [{ name: 'code', syntax: '<code>', help: 'ABCD-EFGH-JKLM-NPQR' }],
  examples: ['loket verify K7QM-2XNA-P4RT-9HZC', 'loket verify k7qm2xnap4rt9hzc --json'],
  async run(ctx, input) {
    const code = normalizeCode(input.code);
    const store = ctx.store();
    const found = await store.findByCertificateCode(code);
    // A fresh store has no key yet: an unknown code must not create one.
    const verdict = found
      ? judgeCertificate(found, code, await store.secret(), await store.revocations())
      : ({ status: 'unknown' } as const);
    const report = certificateReport(found, code, verdict);
    if (!report.issued) return output(report, t('verify.unknown', { code }), 4);
    const { revoked } = report;
    if (revoked) {
      const reason = revoked.decision ? t('verify.supersededBy', { decision: revoked.decision }) : revoked.reason;
      const zone = (await ctx.config()).profile;
      return output(report, t('verify.revoked', { code, agency: report.agency, at: storedTimeText(revoked.at, zone), reason }), 4);
    }
    const { agency, score, maxScore: max, index, category, decree } = report;
    return output(
      report,
      t('verify.valid', { code, agency, score: num(score), max: num(max), index: num(index, 2, true), category, decree }),
    );
  },
});

export const imnkkCommands = [
  group({
    name: 'imnkk',
    description: 'help.imnkk',
    examples: ['loket imnkk requirements 2026-0042 --self-assessment-complete', 'loket imnkk list', 'loket imnkk certificate 2026-0042'],
    commands: [
      imnkkRequirementsCommand,
      imnkkVerifyCommand,
      imnkkPlenaryCommand,
      imnkkCertificateCommand,
      imnkkRevokeCommand,
      imnkkListCommand,
    ],
  }),
  verifyCommand,
];
