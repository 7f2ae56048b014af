/** `loket show`, `loket list` and `loket find`: looking cases up. */
import type { Command } from '../commander.js';
import { SERVICES, STATUSES } from '../../domain/model.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { caseView } from '../case-view.js';
import { choiceOption, dateOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';
import type { CaseSummary } from '../../store/store.js';

/** Registers show, list and find. */
export function registerCases(program: Command, run: Runner): void {
  examples(program.command('show').description(t('help.show')).argument('<id>', '2026-0042'), [
    'loket show 2026-0042',
    'loket show 2026-0042 --json',
  ]).action(
    run(async (ctx, [id]) => {
      const view = caseView(await ctx.store().get(id!));
      const { renderCaseText } = await import('../../render/case-table.js');
      return output(view, renderCaseText(view));
    }),
  );

  examples(
    program
      .command('list')
      .description(t('help.list'))
      .option('--service <key>', SERVICES.join(' | '))
      .option('--status <status>', STATUSES.join(' | '))
      .option('--from <date>', t('help.list.from'))
      .option('--to <date>', t('help.list.to')),
    ['loket list', 'loket list --service sosialisasi --status registered', 'loket list --from 2026-03-01 --to 2026-03-31 --json'],
  ).action(
    run(async (ctx, _args, opts) => {
      const problems = new ProblemList();
      const service = choiceOption(problems, '--service', opts.service as string | undefined, SERVICES);
      const status = choiceOption(problems, '--status', opts.status as string | undefined, STATUSES);
      const from = dateOption(problems, '--from', opts.from as string | undefined);
      const to = dateOption(problems, '--to', opts.to as string | undefined);
      problems.throwIfAny();
      const store = ctx.store();
      const thisYear = Number((await ctx.today()).slice(0, 4));
      const firstYear = from ? Number(from.slice(0, 4)) : to ? Number(to.slice(0, 4)) : thisYear;
      const lastYear = to ? Number(to.slice(0, 4)) : from ? thisYear : thisYear;
      const years = (await store.years()).filter((y) => y >= firstYear && y <= Math.max(lastYear, firstYear));
      const { renderSummaryTable } = await import('../../render/case-table.js');
      const { summaryOf } = await import('../../store/search-index.js');
      const rows: CaseSummary[] = [];
      for (const year of years) {
        for (const c of await store.casesOfYear(year)) {
          const received = c.receivedAt.slice(0, 10);
          if ((service && c.service !== service) || (status && c.status !== status)) continue;
          if ((from && received < from) || (to && received > to)) continue;
          rows.push(summaryOf(c));
        }
      }
      return output(rows, () => (rows.length ? renderSummaryTable(rows) : t('list.none')));
    }),
  );

  examples(program.command('find').description(t('help.find')).argument('<text...>', t('help.find.text')), [
    'loket find kominfo',
    'loket find 005/123/2026 --json',
    'loket find 2026-0042',
  ]).action(
    run(async (ctx, [text]) => {
      const words = Array.isArray(text) ? text.join(' ') : String(text);
      const rows = await ctx.store().search(words);
      const { renderSummaryTable } = await import('../../render/case-table.js');
      return output(rows, () => (rows.length ? renderSummaryTable(rows) : t('find.none', { text: words })));
    }),
  );
}
