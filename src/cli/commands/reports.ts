/** `loket due` and `loket recap`: the morning report and the monthly figures. */
import { channelKeys } from '../../channels.js';
import { dueCases, recapMonth } from '../../app/reports.js';
import { REPORT_TYPES, SERVICES } from '../../domain/model.js';
import { t } from '../../i18n/index.js';
import { command } from '../command-spec.js';
import { output } from '../output.js';

/** `loket due`: open cases by deadline, the officers' morning report. */
export const dueCommand = command({
  name: 'due',
  description: 'help.due',
  options: {
    date: { flags: '--date <date>', help: 'help.due.date' },
    within: { flags: '--within <n>', help: 'help.due.within', default: '3' },
    officer: { flags: '--officer <name>', help: 'help.due.officer' },
    service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES, words: { labels: 'service' } },
    reportType: { flags: '--report-type <type>', help: 'help.list.reportType', choices: REPORT_TYPES, words: { catalogue: 'reportType' } },
    channel: { flags: '--channel <channel>', help: 'help.list.channel', dataChoices: channelKeys, words: { labels: 'channel' } },
    csv: { flags: '--csv', help: 'help.csv' },
    includePersonalData: { flags: '--include-personal-data', help: 'help.personalData' },
    exitCode: { flags: '--exit-code', help: 'help.due.exitCode' },
    wide: { flags: '--wide', help: 'help.wide' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
    mail: { flags: '--mail', help: 'help.due.mail' },
  },
  examples: [
    'loket due',
    'loket due --mail --yes',
    'loket due --officer Budi --within 5',
    'loket due --service pengaduan --report-type pengaduan',
    'loket due --date 2026-03-25 --json',
    'loket due --csv > tenggat.csv',
    'loket due --exit-code || kirim-peringatan',
    'loket due --xlsx tenggat.xlsx',
  ],
  async run(ctx, input) {
    if (input.mail) return (await import('./due-mail.js')).dueMail(ctx, input);
    const { report, date, within } = await dueCases(ctx, input);
    const includePersonalData = !!input.includePersonalData;
    const exitCode = input.exitCode && report.overdue.length ? 4 : undefined;
    const workbook =
      input.xlsx &&
      (await (
        await import('../workbook.js')
      ).writeReportWorkbook(ctx, input.xlsx, `tenggat-${date}.xlsx`, (s) => s.dueSheet(report, includePersonalData)));
    // The tables (and cli-table3, chalk) are loaded only when text is printed: `due --json` is what scripts run.
    if (input.csv)
      return { json: report, text: (await import('../../render/due-table.js')).renderDueCsv(report, includePersonalData), exitCode };
    let text = '';
    if (!ctx.json) {
      const [{ Chalk }, { renderDueText }] = await Promise.all([import('chalk'), import('../../render/due-table.js')]);
      text = renderDueText(report, new Chalk({ level: ctx.colour ? 1 : 0 }), within, input.wide ? Infinity : 100);
      if (workbook) text += `\n${t('xlsx.written', { file: workbook })}`;
    }
    return { json: report, text, exitCode };
  },
});

/** `loket recap --month YYYY-MM`: the month's figures per service and channel. */
export const recapCommand = command({
  name: 'recap',
  description: 'help.recap',
  options: {
    month: { flags: '--month <yyyy-mm>', help: 'help.recap.month', required: true },
    csv: { flags: '--csv', help: 'help.csv' },
    pdf: { flags: '--pdf <file>', help: 'help.recap.pdf' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
  },
  examples: [
    'loket recap --month 2026-03',
    'loket recap --month 2026-03 --json',
    'loket recap --month 2026-03 --csv > rekap-maret.csv',
    'loket recap --month 2026-03 --pdf rekap-maret-2026.pdf',
    'loket recap --month 2026-03 --xlsx rekap-maret-2026.xlsx',
  ],
  async run(ctx, { month, csv, pdf, xlsx }) {
    const recap = await recapMonth(ctx, month);
    // Every file asked for is written, each place checked before anything is.
    const { checkOutPath, writeOutFile } = await import('../out-file.js');
    const pdfFile = pdf === undefined ? undefined : checkOutPath('pdf', pdf, ctx.home, `rekap-${month}.pdf`);
    if (xlsx !== undefined) checkOutPath('xlsx', xlsx, ctx.home, `rekap-${month}.xlsx`);
    const render = await import('../../render/recap.js');
    const lines = [csv ? render.renderRecapCsv(recap) : render.renderRecapText(recap)];
    const files: { xlsx?: string; pdf?: string } = {};
    if (xlsx !== undefined) {
      files.xlsx = await (await import('../workbook.js')).writeReportWorkbook(ctx, xlsx, `rekap-${month}.xlsx`, (s) => s.recapSheet(recap));
      lines.push(t('xlsx.written', { file: files.xlsx }));
    }
    if (pdfFile) {
      files.pdf = await writeOutFile(pdfFile, await render.renderRecapPdf(recap, await ctx.profile(), new Date(ctx.now())));
      lines.push(t('recap.pdf', { file: files.pdf }));
    }
    return output({ ...recap, ...files }, lines);
  },
});
