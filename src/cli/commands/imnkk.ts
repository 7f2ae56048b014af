/** `loket imnkk ...` and `loket verify`: IM-NKK assessments from requirements to certificate. */
import { attachmentLimitBytes } from '../../store/defaults.js';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../commander.js';
import { judgeCertificate, normalizeCode } from '../../domain/certificate-code.js';
import {
  addVerification,
  daysLeft,
  issueCertificate,
  recommendationKind,
  recordPlenary,
  recordRequirements,
  revokeCertificate,
  stageOf,
  type CategoryBand,
} from '../../domain/imnkk.js';
import { certificatesOf, MODES, type Case } from '../../domain/model.js';
import { assertLetterDate } from '../../domain/letter-date.js';
import { letterOf } from '../../domain/workflow.js';
import { formatInstant } from '../../domain/timezone.js';
import { InputError, ProblemList, StoreError } from '../../errors.js';
import { readPackageJson } from '../../data.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { saveDocument } from '../documents.js';
import { checkOutPath } from '../out-file.js';
import { choiceOption, dateOption, dateOrToday, fileOption, intOption, numberOption, repeatable, textOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';

/** The category bands: the office's own copy in LOKET_HOME/data if there is one, else the shipped table; exit 3 when damaged. */
function categoryBands(ctx: Context): CategoryBand[] {
  const own = join(ctx.home, 'data', 'imnkk-categories.json');
  let table: unknown;
  try {
    table = existsSync(own) ? JSON.parse(readFileSync(own, 'utf8')) : readPackageJson('data/imnkk-categories.json');
  } catch (error) {
    throw new StoreError('store.reference', { file: own, problem: (error as Error).message });
  }
  const bands = (table as { bands?: unknown } | undefined)?.bands;
  const sound =
    Array.isArray(bands) &&
    bands.length > 0 &&
    bands.every(
      (b: { min?: unknown; category?: unknown }) =>
        typeof b?.min === 'number' && b.min >= 0 && b.min <= 1 && typeof b.category === 'string' && b.category.trim() !== '',
    );
  if (!sound)
    throw new StoreError('store.reference', {
      file: existsSync(own) ? own : 'data/imnkk-categories.json',
      problem: 'bands: [{ "min": 0..1, "category": "..." }]',
    });
  return bands as CategoryBand[];
}

function summary(c: Case, day: string) {
  const p = c.imnkk?.plenary;
  return {
    id: c.id,
    agency: c.applicant.name,
    stage: stageOf(c),
    clockStart: c.imnkk?.clockStart ?? null,
    answerDue: c.answerDue,
    daysLeft: daysLeft(c, day),
    verifications: c.imnkk?.verifications.length ?? 0,
    result: p ? { score: p.score, maxScore: p.maxScore, index: p.index, category: p.category } : null,
    certificate: c.imnkk?.certificate ? { code: c.imnkk.certificate.code, revoked: !!c.imnkk.certificate.revoked } : null,
  };
}

/** Registers `imnkk requirements|verify|plenary|certificate|revoke|list` and `verify CODE`. */
export function registerImnkk(program: Command, run: Runner): void {
  const imnkk = examples(program.command('imnkk').description(t('help.imnkk')), [
    'loket imnkk requirements 2026-0042 --self-assessment-complete',
    'loket imnkk list',
    'loket imnkk certificate 2026-0042',
  ]);

  examples(
    imnkk
      .command('requirements')
      .description(t('help.imnkk.requirements'))
      .argument('<id>', '2026-0042')
      .option('--ethics-regulation <ref>', t('help.imnkk.ethicsRegulation'))
      .option('--sinden-account <user>', t('help.imnkk.sindenAccount'))
      .option('--operator-letter <ref|file>', t('help.imnkk.operatorLetter'))
      .option('--self-assessment-complete', t('help.imnkk.selfAssessment'))
      .option('--date <date>', t('help.imnkk.reqDate')),
    [
      'loket imnkk requirements 2026-0042 --ethics-regulation "Perbup No. 12 Tahun 2025" --sinden-account pemkab-contoh',
      'loket imnkk requirements 2026-0042 --operator-letter scan-surat-tugas.pdf --self-assessment-complete',
    ],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const date = dateOrToday(problems, '--date', opts.date as string | undefined, await ctx.today());
      let operatorLetter = textOption(opts.operatorLetter as string | undefined);
      const isFile = !!operatorLetter && /\.(pdf|jpe?g|png)$/i.test(operatorLetter);
      if (isFile) fileOption(problems, '--operator-letter', operatorLetter, attachmentLimitBytes((await ctx.config()).profile));
      const given = {
        ethicsRegulation: textOption(opts.ethicsRegulation as string | undefined),
        sindenAccount: textOption(opts.sindenAccount as string | undefined),
        operatorLetter,
        selfAssessment: opts.selfAssessmentComplete ? date : undefined,
      };
      if (!Object.values(given).some(Boolean)) problems.add('--ethics-regulation', 'input.requirementsNothing');
      problems.throwIfAny();
      const store = ctx.store();
      const profile = (await ctx.config()).profile;
      let attachment: Case['attachments'][number] | undefined;
      if (isFile) {
        const { basename } = await import('node:path');
        const stored = await store.storeAttachment(operatorLetter!);
        attachment = { role: 'operator-letter', name: basename(operatorLetter!), ...stored };
        operatorLetter = attachment.name;
        given.operatorLetter = operatorLetter;
      }
      const calendar = await ctx.calendar();
      const c = await store.update(id!, 'imnkk:requirements', (c) => {
        const change = recordRequirements(c, given, date!, profile.services.imnkk.months, calendar);
        if (attachment) change.value.attachments = [...change.value.attachments, attachment];
        return change;
      });
      const { caseView } = await import('../case-view.js');
      const view = caseView(c);
      return output(
        view,
        c.imnkk?.clockStart
          ? t('imnkk.clock', { id: c.id, start: c.imnkk.clockStart, due: c.answerDue ?? '-' })
          : t('imnkk.stillMissing', { id: c.id, list: view.missing.join(', ') }),
      );
    }),
  );

  examples(
    imnkk
      .command('verify')
      .description(t('help.imnkk.verify'))
      .argument('<id>', '2026-0042')
      .requiredOption('--date <date>', t('help.imnkk.visitDate'))
      .requiredOption('--mode <mode>', MODES.join(' | '))
      .option('--team <names>', t('help.imnkk.team'))
      .option('--note <text>', t('help.imnkk.note')),
    ['loket imnkk verify 2026-0042 --date 2026-06-10 --mode luring --team "Budi, Ani" --note "Klarifikasi bukti kriteria 2"'],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const date = dateOption(problems, '--date', opts.date as string);
      const mode = choiceOption(problems, '--mode', opts.mode as string, MODES);
      problems.throwIfAny();
      const team = String(opts.team ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const c = await ctx
        .store()
        .update(id!, 'imnkk:verify', (c) =>
          addVerification(c, { date: date!, mode: mode!, team, note: textOption(opts.note as string | undefined) }),
        );
      return output(summary(c, date!), t('imnkk.verified', { id: c.id, n: c.imnkk!.verifications.length }));
    }),
  );

  examples(
    imnkk
      .command('plenary')
      .description(t('help.imnkk.plenary'))
      .argument('<id>', '2026-0042')
      .requiredOption('--date <date>', t('help.imnkk.plenaryDate'))
      .requiredOption('--decree <number>', t('help.imnkk.decree'))
      .requiredOption('--score <n>', t('help.imnkk.score'))
      .option('--criteria <a,b,c,d>', t('help.imnkk.criteria'))
      .option('--recommendation <text>', t('help.imnkk.recommendation'), repeatable),
    [
      'loket imnkk plenary 2026-0042 --date 2026-09-15 --decree "12/KEP/2026" --score 218 --criteria 60,58,50,50 --recommendation "Perkuat sosialisasi kode etik" --recommendation "Lengkapi bukti penegakan"',
    ],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const date = dateOption(problems, '--date', opts.date as string);
      const score = numberOption(problems, '--score', opts.score as string, 0, 100_000);
      const decree = textOption(opts.decree as string);
      if (!decree) problems.add('--decree', 'input.required');
      let criteria: number[] | undefined;
      if (opts.criteria !== undefined) {
        criteria = String(opts.criteria)
          .split(',')
          .map((s) => numberOption(problems, '--criteria', s.trim(), 0, 100_000) ?? NaN);
      }
      problems.throwIfAny();
      const profile = (await ctx.config()).profile;
      const bands = categoryBands(ctx);
      const recommendations = ((opts.recommendation as string[] | undefined) ?? []).map((r) => r.trim()).filter(Boolean);
      const at = formatInstant(ctx.now(), profile.timeZone);
      const c = await ctx
        .store()
        .update(id!, 'imnkk:plenary', (c) =>
          recordPlenary(
            c,
            { date: date!, decree: decree!, score: score!, criteria, recommendations, at, by: ctx.user },
            profile.services.imnkk.maxScore,
            bands,
          ),
        );
      const p = c.imnkk!.plenary!;
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
        t('imnkk.plenary', { id: c.id, score: p.score, max: p.maxScore, index: p.index.toFixed(2), category: p.category }),
      );
    }),
  );

  examples(
    imnkk
      .command('certificate')
      .description(t('help.imnkk.certificate'))
      .argument('<id>', '2026-0042')
      .option('--out <dir>', t('help.imnkk.outDir'))
      .option('--date <date>', t('help.reply.date')),
    ['loket imnkk certificate 2026-0042', 'loket imnkk certificate 2026-0042 --out /tmp/sertifikat --json'],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const today = await ctx.today();
      const date = dateOrToday(problems, '--date', opts.date as string | undefined, today);
      problems.throwIfAny();
      const store = ctx.store();
      const profile = (await ctx.config()).profile;
      const current = await store.get(id!);
      if (current.service !== 'imnkk') throw InputError.of('<id>', 'input.notImnkk', { id: current.id });
      if (!current.imnkk?.plenary) throw InputError.of('status', 'input.certificateBeforePlenary', { id: current.id });
      if (!current.imnkk.certificate) assertLetterDate('--date', date!, today, current.imnkk.plenary.date);
      // Both files' places are checked before a number or a code is given, like the templates below.
      const outFolder = opts.out === undefined ? undefined : String(opts.out);
      const outOf = (name: string) => outFolder && checkOutPath('--out', join(outFolder, name), ctx.home);
      const [certificateOut, recommendationOut] = [outOf(`sertifikat-${current.id}.pdf`), outOf(`surat-rekomendasi-${current.id}.pdf`)];
      // Both documents' templates are checked before a number or a code is given.
      const [{ renderCertificate, certificateTemplate }, { renderRecommendation, recommendationTemplate }] = await Promise.all([
        import('../../render/certificate.js'),
        import('../../render/recommendation-letter.js'),
      ]);
      certificateTemplate();
      recommendationTemplate();
      (await import('../../render/labels.js')).labels();
      const secret = await store.secret();
      const issuedAt = formatInstant(ctx.now(), profile.timeZone);
      const { case: c, letter } =
        current.imnkk.certificate && current.reply
          ? { case: current, letter: letterOf(current.reply) }
          : await store.issueLetter(id!, recommendationKind(current), date!, profile.numbering.letter, (c, l) =>
              issueCertificate(c, secret, l, issuedAt),
            );
      const certificate = await saveDocument(ctx, c.id, `sertifikat-${c.id}.pdf`, await renderCertificate(c, profile), certificateOut);
      const recommendation = await saveDocument(
        ctx,
        c.id,
        `surat-rekomendasi-${c.id}.pdf`,
        await renderRecommendation(c, letter, profile),
        recommendationOut,
      );
      return output(
        { code: c.imnkk!.certificate!.code, certificate, recommendation, letterNumber: letter.number },
        t('imnkk.certificate', { id: c.id, code: c.imnkk!.certificate!.code, certificate, recommendation }),
      );
    }),
  );

  examples(
    imnkk
      .command('revoke')
      .description(t('help.imnkk.revoke'))
      .argument('<id>', '2026-0042')
      .requiredOption('--reason <text>', t('help.reopen.reason')),
    ['loket imnkk revoke 2026-0042 --reason "Ditemukan ketidaksesuaian data dukung"'],
  ).action(
    run(async (ctx, [id], opts) => {
      const reason = textOption(opts.reason as string);
      if (!reason) throw InputError.of('--reason', 'input.required');
      const tz = (await ctx.config()).profile.timeZone;
      const c = await ctx.store().update(id!, 'imnkk:revoke', (c) => revokeCertificate(c, reason, formatInstant(ctx.now(), tz), ctx.user));
      return output(
        { id: c.id, code: c.imnkk!.certificate!.code, revoked: c.imnkk!.certificate!.revoked },
        t('imnkk.revoked', { id: c.id }),
      );
    }),
  );

  examples(imnkk.command('list').description(t('help.imnkk.list')).option('--year <yyyy>', t('help.calendar.year')), [
    'loket imnkk list',
    'loket imnkk list --year 2025 --json',
  ]).action(
    run(async (ctx, _args, opts) => {
      const problems = new ProblemList();
      const day = await ctx.today();
      const year = opts.year === undefined ? undefined : intOption(problems, '--year', opts.year as string, MIN_YEAR, MAX_YEAR);
      problems.throwIfAny();
      const store = ctx.store();
      const years = year ? [year] : await store.years();
      const rows: ReturnType<typeof summary>[] = [];
      for (const y of years) for (const c of await store.casesOfYear(y)) if (c.service === 'imnkk') rows.push(summary(c, day));
      const { renderImnkkTable } = await import('../../render/imnkk-table.js');
      return output(rows, () => (rows.length ? renderImnkkTable(rows) : t('list.none')));
    }),
  );

  examples(program.command('verify').description(t('help.verify')).argument('<code>', 'ABCD-EFGH-JKLM-NPQR'), [
    'loket verify K7QM-2XNA-P4RT-9HZC',
    'loket verify k7qm2xnap4rt9hzc --json',
  ]).action(
    run(async (ctx, [text]) => {
      const code = normalizeCode(text!);
      const store = ctx.store();
      let found: Case | undefined;
      for (const h of await store.search(code)) {
        const c = await store.get(h.id);
        if (certificatesOf(c).some((x) => x.code === code)) found = c;
      }
      const verdict = found
        ? judgeCertificate(found, code, await store.secret(), await store.revocations())
        : { status: 'unknown' as const };
      if (verdict.status === 'unknown' || verdict.status === 'forged') {
        return output({ valid: false, issued: false, code }, t('verify.unknown', { code }), 4);
      }
      const p = found!.imnkk!.plenary!;
      const s = verdict.certificate.states ?? {
        agency: found!.applicant.name,
        score: p.score,
        maxScore: p.maxScore,
        index: p.index,
        category: p.category,
        decree: p.decree,
        plenaryDate: p.date,
      };
      const revoked = verdict.status === 'revoked' ? verdict.revoked : null;
      const doc = {
        valid: !revoked,
        issued: true,
        code,
        id: found!.id,
        agency: s.agency,
        score: s.score,
        maxScore: s.maxScore,
        index: s.index,
        category: s.category,
        decree: s.decree,
        plenaryDate: s.plenaryDate,
        issuedAt: verdict.certificate.issuedAt,
        revoked,
      };
      if (revoked) {
        const reason = revoked.decision ? t('verify.supersededBy', { decision: revoked.decision }) : revoked.reason;
        return output(doc, t('verify.revoked', { code, agency: doc.agency, at: revoked.at, reason }), 4);
      }
      return output(
        doc,
        t('verify.valid', {
          code,
          agency: doc.agency,
          score: s.score,
          max: s.maxScore,
          index: s.index.toFixed(2),
          category: s.category,
          decree: s.decree,
        }),
      );
    }),
  );
}
