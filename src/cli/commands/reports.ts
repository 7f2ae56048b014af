/** `loket due` and `loket recap`: the morning report and the monthly figures. */
import { MAX_WORKING_DAYS } from '../../domain/limits.js';
import { dueReport } from '../../domain/due-report.js';
import { REPORT_TYPES, SERVICES } from '../../domain/model.js';
import { assertChannel, channels } from '../../channels.js';
import { monthlyRecap } from '../../domain/recap.js';
import { InputError, ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { checklists } from '../checklists.js';
import { command } from '../command-spec.js';
import { dateOrToday, intOption } from '../input.js';
import { output } from '../output.js';

/** `loket due`: open cases by deadline, the officers' morning report. */
export const dueCommand = command({
  name: 'due',
  description: 'help.due',
  options: {
    date: { flags: '--date <date>', help: 'help.due.date' },
    within: { flags: '--within <n>', help: 'help.due.within', default: '3' },
    officer: { flags: '--officer <name>', help: 'help.due.officer' },
    service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES },
    reportType: { flags: '--report-type <type>', help: 'help.list.reportType', choices: REPORT_TYPES },
    channel: { flags: '--channel <channel>', help: 'help.list.channel' },
    csv: { flags: '--csv', help: 'help.csv' },
    includePersonalData: { flags: '--include-personal-data', help: 'help.personalData' },
    exitCode: { flags: '--exit-code', help: 'help.due.exitCode' },
    wide: { flags: '--wide', help: 'help.wide' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
  },
  examples: [
    'loket due',
    'loket due --officer Budi --within 5',
    'loket due --service pengaduan --report-type pengaduan',
    'loket due --date 2026-03-25 --json',
    'loket due --csv > tenggat.csv',
    'loket due --exit-code || kirim-peringatan',
    'loket due --xlsx tenggat.xlsx',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const date = dateOrToday(problems, 'date', input.date, await ctx.today());
    const within = intOption(problems, 'within', input.within, 0, MAX_WORKING_DAYS) ?? 0;
    assertChannel('channel', input.channel);
    problems.throwIfAny();
    const includePersonalData = !!input.includePersonalData;
    const filter = {
      date,
      nowMs: ctx.now(),
      within,
      officer: input.officer,
      service: input.service,
      reportType: input.reportType,
      channel: input.channel,
      includePersonalData,
    };
    const report = dueReport(await ctx.store().openCases(), filter, await ctx.clock(), checklists());
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
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw InputError.of('month', 'input.month', { value: month });
    const year = Number(month.slice(0, 4));
    const cases = await ctx.store().listCases({ from: `${month}-01`, to: `${month}-31` }, { first: year, last: year });
    const recap = monthlyRecap(month, cases, await ctx.calendar(), Object.keys(channels()));
    const render = await import('../../render/recap.js');
    if (xlsx) {
      const file = await (await import('../workbook.js')).writeReportWorkbook(ctx, xlsx, `rekap-${month}.xlsx`, (s) => s.recapSheet(recap));
      return output({ ...recap, xlsx: file }, `${render.renderRecapText(recap)}\n${t('xlsx.written', { file })}`);
    }
    if (pdf) {
      const { checkOutPath, writeOutFile } = await import('../out-file.js');
      const file = checkOutPath('pdf', pdf, ctx.home, `rekap-${month}.pdf`);
      await writeOutFile(file, await render.renderRecapPdf(recap, (await ctx.config()).profile, new Date(ctx.now())));
      return output({ ...recap, pdf: file }, `${render.renderRecapText(recap)}\n${t('recap.pdf', { file })}`);
    }
    return output(recap, csv ? render.renderRecapCsv(recap) : render.renderRecapText(recap));
  },
});

export const reportCommands = [dueCommand, recapCommand];
