/** `loket imnkk ...` and `loket verify`: IM-NKK assessments from requirements to certificate. */
import { join } from 'node:path';
import { caseView } from '../../app/case-view.js';
import {
  issueImnkkCertificate,
  prepareCertificate,
  signCertificate,
  verifyCertificate,
  type CertificateOutcome,
} from '../../app/certificate.js';
import { imnkkList, recordImnkkRequirements, recordPlenaryResult, recordVisit, revokeImnkkCertificate } from '../../app/imnkk-steps.js';
import { IMNKK_REQUIREMENTS, imnkkSummary } from '../../domain/imnkk.js';
import { MODES } from '../../domain/model.js';
import { num, t } from '../../i18n/index.js';
import { command, group, ID_ARG } from '../command-spec.js';
import { deliver } from '../deliver.js';
import { checkOutPath } from '../out-file.js';
import { output } from '../output.js';
import { dateText, storedTimeText, uiLabel } from '../../render/ui-labels.js';

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
    unmet: { flags: '--unmet <key>', help: 'help.imnkk.unmet', choices: Object.keys(IMNKK_REQUIREMENTS), words: { labels: 'requirement' } },
    reason: { flags: '--reason <text>', help: 'help.requirements.reason' },
  },
  examples: [
    'loket imnkk requirements 2026-0042 --ethics-regulation "Perbup No. 12 Tahun 2025" --sinden-account pemkab-contoh',
    'loket imnkk requirements 2026-0042 --operator-letter scan-surat-tugas.pdf --self-assessment-complete',
    'loket imnkk requirements 2026-0042 --unmet self-assessment --reason "Bukti kriteria 3 belum diunggah"',
  ],
  async run(ctx, input) {
    const c = await recordImnkkRequirements(ctx, input);
    if (input.unmet)
      return output(
        imnkkSummary(c, await ctx.today()),
        t('imnkk.unmet', { id: c.id, key: uiLabel('requirement', input.unmet), reason: input.reason ?? '' }),
      );
    const profile = await ctx.profile();
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
    mode: { flags: '--mode <mode>', help: 'opt.mode', choices: MODES, words: { labels: 'mode' }, required: true },
    team: { flags: '--team <names>', help: 'help.imnkk.team' },
    note: { flags: '--note <text>', help: 'help.imnkk.note' },
    planned: { flags: '--planned', help: 'help.imnkk.planned' },
  },
  examples: ['loket imnkk verify 2026-0042 --date 2026-06-10 --mode luring --team "Budi, Ani" --note "Klarifikasi bukti kriteria 2"'],
  async run(ctx, input) {
    const c = await recordVisit(ctx, input);
    return output(imnkkSummary(c, input.date), t('imnkk.verified', { id: c.id, n: c.imnkk?.verifications.length ?? 0 }));
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
    const c = await recordPlenaryResult(ctx, input);
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
    draft: { flags: '--draft', help: 'help.reply.draft', conflicts: ['sign'] },
    sign: { flags: '--sign', help: 'help.reply.sign' },
  },
  examples: [
    'loket imnkk certificate 2026-0042',
    'loket imnkk certificate 2026-0042 --sign --as "Prof. Agus Pramusinto"',
    'loket imnkk certificate 2026-0042 --to "Bupati Banyumas" --to-place Purwokerto',
    'loket imnkk certificate 2026-0042 --out /tmp/sertifikat --json',
  ],
  async run(ctx, input) {
    // Both files' places are checked before a number or a code is given.
    const outOf = (name: string) => (input.out === undefined ? undefined : checkOutPath('out', join(input.out, name), ctx.home));
    const certificateOut = outOf(`sertifikat-${input.id}.pdf`);
    const recommendationOut = outOf(`surat-rekomendasi-${input.id}.pdf`);
    const step = input.draft ? prepareCertificate : input.sign ? signCertificate : issueImnkkCertificate;
    return certificateOutput(await step(ctx, input), certificateOut, recommendationOut);
  },
});

/** What a certificate step tells: the code, number and files, or the drafts waiting for their signatory. */
export async function certificateOutput(issued: CertificateOutcome, certificateOut?: string, recommendationOut?: string) {
  const c = issued.case;
  if (!issued.signed) {
    const { drafts } = issued;
    return output(
      { id: c.id, draft: true, code: null, letterNumber: null, preparedBy: c.draft?.by, ...drafts },
      t('imnkk.drafted', { id: c.id, certificate: drafts.certificate, recommendation: drafts.recommendation }),
    );
  }
  const { code, letter } = issued;
  const certificate = await deliver(issued.certificate, certificateOut);
  const recommendation = await deliver(issued.recommendation, recommendationOut);
  return output(
    { code, certificate, recommendation, letterNumber: letter.number, signedBy: c.reply?.signedBy ?? null },
    t('imnkk.certificate', { id: c.id, code, certificate, recommendation }),
  );
}

/** `loket imnkk revoke ID --reason TEXT`: the certificate withdrawn; its code then says so. */
export const imnkkRevokeCommand = command({
  name: 'revoke',
  description: 'help.imnkk.revoke',
  args: [ID_ARG],
  options: { reason: { flags: '--reason <text>', help: 'help.reopen.reason', required: true } },
  examples: ['loket imnkk revoke 2026-0042 --reason "Ditemukan ketidaksesuaian data dukung"'],
  async run(ctx, input) {
    const c = await revokeImnkkCertificate(ctx, input);
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
    const rows = await imnkkList(ctx, input);
    const { renderImnkkTable } = await import('../../render/imnkk-table.js');
    return output(rows, () => (rows.length ? renderImnkkTable(rows) : t('list.none')));
  },
});

/** `loket verify CODE`: whether a certificate code was issued here and still stands (exit 4 when not). */
export const verifyCommand = command({
  name: 'verify',
  description: 'help.verify',
  args: [{ name: 'code', syntax: '<code>', help: 'arg.code' }],
  examples: ['loket verify K7QM-2XNA-P4RT-9HZC', 'loket verify k7qm2xnap4rt9hzc --json'],
  async run(ctx, input) {
    const { code, report } = await verifyCertificate(ctx, input.code);
    if (!report.issued) return output(report, t('verify.unknown', { code }), 4);
    const { revoked } = report;
    if (revoked) {
      const reason = revoked.decision ? t('verify.supersededBy', { decision: revoked.decision }) : revoked.reason;
      const zone = await ctx.profile();
      return output(report, t('verify.revoked', { code, agency: report.agency, at: storedTimeText(revoked.at, zone), reason }), 4);
    }
    const { agency, score, maxScore: max, index, category, decree } = report;
    return output(
      report,
      t('verify.valid', { code, agency, score: num(score), max: num(max), index: num(index, 2, true), category, decree }),
    );
  },
});

export const imnkkGroup = group({
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
});
