/** `loket show`, `loket list` and `loket find`: looking cases up. */
import { channelKeys } from '../../channels.js';
import { findCases, listCases } from '../../app/find-cases.js';
import { showCase } from '../../app/show-case.js';
import { ACTIVITIES, REPORT_TYPES, SERVICES, STATUSES } from '../../domain/model.js';
import { t } from '../../i18n/index.js';
import { command, ID_ARG } from '../command-spec.js';
import { output } from '../output.js';

/** `loket show ID`: one case with everything derived from it. */
export const showCommand = command({
  name: 'show',
  description: 'help.show',
  args: [ID_ARG],
  options: {
    revealIdentity: { flags: '--reveal-identity', help: 'help.show.revealIdentity' },
    reason: { flags: '--reason <text>', help: 'help.show.reason' },
  },
  examples: [
    'loket show 2026-0042',
    'loket show 2026-0042 --json',
    'loket show 2026-0057 --reveal-identity --reason "Permintaan Inspektorat untuk klarifikasi saksi"',
  ],
  async run(ctx, input) {
    const view = await showCase(ctx, input);
    const { renderCaseText } = await import('../../render/case-table.js');
    return output(view, renderCaseText(view, await ctx.profile()));
  },
});

/** `loket list`: the cases received in a period, by service and status. */
export const listCommand = command({
  name: 'list',
  description: 'help.list',
  options: {
    service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES, words: { labels: 'service' } },
    status: { flags: '--status <status>', help: 'opt.status', choices: STATUSES, words: { catalogue: 'status' } },
    activity: { flags: '--activity <form>', help: 'help.list.activity', choices: ACTIVITIES, words: { catalogue: 'activity' } },
    reportType: { flags: '--report-type <type>', help: 'help.list.reportType', choices: REPORT_TYPES, words: { catalogue: 'reportType' } },
    channel: { flags: '--channel <channel>', help: 'help.list.channel', dataChoices: channelKeys, words: { labels: 'channel' } },
    year: { flags: '--year <yyyy>', help: 'help.list.year' },
    from: { flags: '--from <date>', help: 'help.list.from' },
    to: { flags: '--to <date>', help: 'help.list.to' },
    wide: { flags: '--wide', help: 'help.wide' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
  },
  examples: [
    'loket list --from 2026-01-01 --to 2026-03-31 --xlsx kasus-triwulan-1.xlsx',
    'loket list',
    'loket list --service sosialisasi --status terdaftar',
    'loket list --year 2025 --wide',
    'loket list --service pengaduan --report-type pengaduan --channel lapor',
    'loket list --from 2026-03-01 --to 2026-03-31 --json',
  ],
  async run(ctx, input) {
    const rows = await listCases(ctx, input);
    const { renderSummaryTable } = await import('../../render/case-table.js');
    const workbook =
      input.xlsx &&
      (await (await import('../workbook.js')).writeReportWorkbook(ctx, input.xlsx, 'kasus.xlsx', (s) => s.caseListSheet(rows)));
    const table = () => (rows.length ? renderSummaryTable(rows, input.wide ? Infinity : 100) : t('list.none'));
    return output(rows, workbook ? () => `${table()}\n${t('xlsx.written', { file: workbook })}` : table);
  },
});

/** `loket find WORDS`: cases by name, number, subject or agenda number. */
export const findCommand = command({
  name: 'find',
  description: 'help.find',
  args: [{ name: 'text', syntax: '<text...>', help: 'help.find.text' }],
  options: { wide: { flags: '--wide', help: 'help.wide' } },
  examples: ['loket find kominfo', 'loket find 005/123/2026 --json', 'loket find 2026-0042'],
  async run(ctx, { text, wide }) {
    const words = text.join(' ');
    const rows = await findCases(ctx, words);
    const { renderSummaryTable } = await import('../../render/case-table.js');
    return output(rows, () => (rows.length ? renderSummaryTable(rows, wide ? Infinity : 100) : t('find.none', { text: words })));
  },
});
