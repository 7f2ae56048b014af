/** `loket skm import` and `loket skm report`: the paper survey brought in, and the index the office publishes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RefusedRow } from '../../app/import-survey.js';
import { SERVICES } from '../../domain/model.js';
import { assertSignatory } from '../../domain/signatory.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { fileOption } from '../../app/typed-values.js';
import { output } from '../output.js';

/** A refused row as the JSON and the text give it: its number, the column's heading, and why in the interface language. */
function refusal(r: RefusedRow) {
  return { row: r.row, column: r.heading, reason: t(r.key, r.params) };
}

/** `loket skm import FILE.csv|FILE.xlsx`. */
export const skmImportCommand = command({
  name: 'import',
  description: 'help.skm.import',
  args: [{ name: 'file', syntax: '<file>', help: 'arg.surveyFile' }],
  options: {
    sheet: { flags: '--sheet <name>', help: 'help.import.sheet' },
    service: { flags: '--service <key>', help: 'help.skm.import.service', choices: SERVICES, words: { labels: 'service' } },
    dryRun: { flags: '--dry-run', help: 'help.import.dryRun' },
    skipBad: { flags: '--skip-bad', help: 'help.import.skipBad' },
  },
  examples: [
    'loket skm import kuesioner-skm-2026.xlsx --dry-run',
    'loket skm import kuesioner-skm-2026.xlsx',
    'loket skm import loket-oktober.csv --service sosialisasi --skip-bad',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', input.file));
    const [{ readBookRows }, { importSurvey }] = await Promise.all([import('../agenda-file.js'), import('../../app/import-survey.js')]);
    const rows = await readBookRows(path, input.sheet);
    const file = basename(path);
    const result = await importSurvey(ctx.store(), {
      rows,
      file,
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      service: input.service,
      dryRun: !!input.dryRun,
      skipBad: !!input.skipBad,
      today: await ctx.today(),
    });
    const refused = result.refused.map(refusal);
    const lines = refused.map((r) => t('skm.import.refusedRow', r));
    const badRows = new Set(refused.map((r) => r.row)).size;
    if (result.dryRun)
      return output({ dryRun: true, wouldImport: result.accepted.length, refused }, [
        t('skm.import.dryRun', { n: result.accepted.length, bad: badRows }),
        ...lines,
      ]);
    return output({ imported: result.accepted.length, refused }, [
      t('skm.import.done', { file, n: result.accepted.length, bad: badRows }),
      ...lines,
    ]);
  },
});

/** `loket skm report --period 2026-Q4 [--service KEY]`. */
export const skmReportCommand = command({
  name: 'report',
  description: 'help.skm.report',
  options: {
    period: { flags: '--period <period>', help: 'help.skm.period', required: true },
    service: { flags: '--service <key>', help: 'help.skm.report.service', choices: SERVICES, words: { labels: 'service' } },
    csv: { flags: '--csv', help: 'help.csv' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
    pdf: { flags: '--pdf <file>', help: 'help.skm.pdf' },
    followUp: { flags: '--follow-up <text>', help: 'help.skm.followUp', list: true },
  },
  examples: [
    'loket skm report --period 2026-Q4',
    'loket skm report --period 2026-S2 --service sosialisasi --json',
    'loket skm report --period 2026 --csv > skm-2026.csv',
    'loket skm report --period 2026-11 --xlsx skm-november-2026.xlsx',
    'loket skm report --period 2026-Q4 --pdf laporan-skm-triwulan-4.pdf --follow-up "Waktu layanan dipantau setiap pekan"',
  ],
  async run(ctx, input) {
    const { skmReport, skmReportJson } = await import('../../app/skm-report.js');
    const report = await skmReport(ctx.store(), input.period, input.service);
    const json: Record<string, unknown> = skmReportJson(report);
    const written: string[] = [];
    const { checkOutPath, writeOutFile } = await import('../out-file.js');
    // Where the files go, and who signs, are checked before anything is rendered.
    const name = `skm-${report.period.key}${report.service ? `-${report.service}` : ''}`;
    const xlsx = input.xlsx && checkOutPath('xlsx', input.xlsx, ctx.home, `${name}.xlsx`);
    const pdf = input.pdf && checkOutPath('pdf', input.pdf, ctx.home, `${name}.pdf`);
    const profile = (await ctx.config()).profile;
    const signatory = pdf ? assertSignatory(profile, 'reply') : undefined;
    // The renderers (and csv-stringify, exceljs, pdfkit) are loaded only for what is asked: `--json` needs none.
    const render = () => import('../../render/skm-report.js');
    if (xlsx) {
      const [{ skmSheets }, { renderXlsx }] = await Promise.all([render(), import('../../render/xlsx.js')]);
      json.xlsx = await writeOutFile(xlsx, await renderXlsx(skmSheets(report)));
      written.push(t('xlsx.written', { file: xlsx }));
    }
    if (pdf && signatory) {
      const { renderSkmPdf } = await import('../../render/skm-pdf.js');
      json.pdf = await writeOutFile(pdf, await renderSkmPdf(report, profile, signatory, new Date(ctx.now()), input.followUp ?? []));
      written.push(t('recap.pdf', { file: pdf }));
    }
    if (input.csv) return output(json, (await render()).renderSkmCsv(report));
    if (ctx.json) return output(json, '');
    return output(json, [(await render()).renderSkmText(report), ...written].join('\n'));
  },
});

export const skmGroup = group({
  name: 'skm',
  description: 'help.skm',
  examples: ['loket skm import kuesioner-skm-2026.xlsx --dry-run', 'loket skm report --period 2026-Q4 --pdf laporan-skm.pdf'],
  commands: [skmImportCommand, skmReportCommand],
});
