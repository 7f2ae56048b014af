/** `loket show`, `loket list` and `loket find`: looking cases up. */
import { identityShield } from '../../domain/identity.js';
import { ACTIVITIES, REPORT_TYPES, SERVICES, STATUSES } from '../../domain/model.js';
import { InputError } from '../../errors.js';
import { reportsAbout } from '../related-reports.js';
import { assertChannel } from '../../channels.js';
import { caseFilterYears } from '../../domain/case-filter.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { caseView } from '../case-view.js';
import { respondBy } from '../../domain/respond-by.js';
import { command, ID_ARG } from '../command-spec.js';
import { dateOption } from '../input.js';
import { output } from '../output.js';
import type { CaseSummary } from '../../store/store.js';

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
  async run(ctx, { id, revealIdentity, reason }) {
    const store = ctx.store();
    let c = await store.get(id);
    if (revealIdentity && !reason?.trim()) throw InputError.of('reason', 'input.revealReason');
    // Looking behind the shield is recorded first: who looked, when and why, in the case's own history.
    const reveal = !!revealIdentity && !!identityShield(c);
    if (reveal) c = await store.update(c.id, 'reveal-identity', (c) => ({ value: c, changes: { reason } }));
    const clock = await ctx.clock();
    const about = c.report?.about ? await store.get(c.report.about).catch(() => undefined) : undefined;
    const reports = (await reportsAbout(store, c.id)).map((r) => ({ id: r.id, reportType: r.reportType, status: r.status }));
    // When the answer must go out: the answer due, or the last working day before the event when earlier.
    const view = {
      ...caseView(c, reveal),
      respondBy: respondBy(c, clock.calendar, clock.timeZone),
      ...(about ? { about: { id: about.id, subject: about.subject, status: about.status } } : {}),
      ...(reports.length ? { reports } : {}),
    };
    const { renderCaseText } = await import('../../render/case-table.js');
    return output(view, renderCaseText(view, (await ctx.config()).profile));
  },
});

/** `loket list`: the cases received in a period, by service and status. */
export const listCommand = command({
  name: 'list',
  description: 'help.list',
  options: {
    service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES },
    status: { flags: '--status <status>', help: 'opt.status', choices: STATUSES },
    activity: { flags: '--activity <form>', help: 'help.list.activity', choices: ACTIVITIES },
    reportType: { flags: '--report-type <type>', help: 'help.list.reportType', choices: REPORT_TYPES },
    channel: { flags: '--channel <channel>', help: 'help.list.channel' },
    from: { flags: '--from <date>', help: 'help.list.from' },
    to: { flags: '--to <date>', help: 'help.list.to' },
    wide: { flags: '--wide', help: 'help.wide' },
    xlsx: { flags: '--xlsx <file>', help: 'help.xlsx' },
  },
  examples: [
    'loket list --from 2026-01-01 --to 2026-03-31 --xlsx kasus-triwulan-1.xlsx',
    'loket list',
    'loket list --service sosialisasi --status registered',
    'loket list --service pengaduan --report-type pengaduan --channel lapor',
    'loket list --from 2026-03-01 --to 2026-03-31 --json',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    assertChannel('channel', input.channel);
    const from = dateOption(problems, 'from', input.from);
    const to = dateOption(problems, 'to', input.to);
    problems.throwIfAny();
    const filter = {
      service: input.service,
      status: input.status,
      activity: input.activity,
      reportType: input.reportType,
      channel: input.channel,
      from,
      to,
    };
    const store = ctx.store();
    const { first, last } = caseFilterYears(filter, Number((await ctx.today()).slice(0, 4)));
    const { renderSummaryTable } = await import('../../render/case-table.js');
    const { summaryOf } = await import('../../store/search-index.js');
    const rows: CaseSummary[] = (await store.listCases(filter, { first, last })).map(summaryOf);
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
    const rows = await ctx.store().search(words);
    const { renderSummaryTable } = await import('../../render/case-table.js');
    return output(rows, () => (rows.length ? renderSummaryTable(rows, wide ? Infinity : 100) : t('find.none', { text: words })));
  },
});

export const caseCommands = [showCommand, listCommand, findCommand];
