/**
 * A case's screen: the case as `show` writes it, and the next steps its state and the officer's roles
 * allow (domain/next-steps.ts). Each step asks only what it needs and calls the use case the command
 * line calls; the screen is read again after it, so the next step follows.
 */
import { checklists } from '../../app/checklists.js';
import { showCase } from '../../app/show-case.js';
import { nextSteps, suggestedStep, type NextStep } from '../../domain/next-steps.js';
import { judgeStep } from '../../domain/roles.js';
import { t } from '../../i18n/index.js';
import { askSelect, isBack, type Choice } from '../prompts.js';
import { guarded, tell, type Screen } from './screen.js';

type Extra = 'history' | 'receipt' | 'slip' | 'disposition' | 'back';

/** The case as `show` writes it, without its history (which has its own item). */
async function caseText(m: Screen, id: string): Promise<string> {
  const view = await showCase(m.ctx, { id });
  const { renderCaseText } = await import('../../render/case-table.js');
  const text = renderCaseText({ ...view, events: [] }, await m.ctx.profile());
  return text.replace(new RegExp(`\\n+${t('col.history').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '');
}

/** The case's screen until the officer goes back. */
export async function openCase(m: Screen, id: string): Promise<void> {
  for (;;) {
    await m.ctx.refresh();
    const c = await m.ctx.store().get(id);
    const officers = (await m.ctx.profile()).officers ?? [];
    await tell(m, ['', await caseText(m, c.id)]);
    const steps = nextSteps(c, officers, m.officer, checklists());
    const choices: Choice<NextStep | Extra>[] = [
      ...steps.map((s) => ({ value: s, name: t(`menu.step.${s}`) })),
      { value: 'history', name: t('menu.case.history') },
      ...(judgeStep('receipt', officers, m.officer, false).allowed ? [{ value: 'receipt' as const, name: t('menu.receipt') }] : []),
      // The visitor's answer slip, printed again (slip 12): only a case answered at the counter has one.
      ...(c.answer?.note && c.answer.via === 'langsung' && judgeStep('slip', officers, m.officer, false).allowed
        ? [{ value: 'slip' as const, name: t('menu.case.slip') }]
        : []),
      ...(c.disposition && judgeStep('dispositionSheet', officers, m.officer, false).allowed
        ? [{ value: 'disposition' as const, name: t('menu.case.disposition') }]
        : []),
      { value: 'back', name: t('menu.backItem') },
    ];
    let chosen: NextStep | Extra;
    try {
      chosen = await askSelect(
        t(steps.length ? 'menu.case.next' : 'menu.case.nothing', { id: c.id }),
        choices,
        suggestedStep(c, steps) ?? 'back',
        {
          back: true,
          pageSize: choices.length,
        },
      );
    } catch (error) {
      if (isBack(error)) return;
      throw error;
    }
    if (chosen === 'back') return;
    await guarded(m, () => runStep(m, chosen, c.id));
  }
}

async function runStep(m: Screen, chosen: NextStep | Extra, id: string): Promise<void> {
  const c = await m.ctx.store().get(id);
  switch (chosen) {
    case 'history': {
      const { caseHistory } = await import('../../app/show-case.js');
      const { renderHistory } = await import('../../render/history.js');
      return tell(m, renderHistory(await caseHistory(m.ctx, id), await m.ctx.profile()));
    }
    case 'receipt': {
      const { reprintReceipt } = await import('../../app/register.js');
      const { deliver } = await import('../deliver.js');
      const { receipt } = await reprintReceipt(m.ctx, id);
      return tell(m, t('register.receipt', { path: await deliver(receipt) }));
    }
    case 'slip': {
      const { reprintSlip } = await import('../../app/send.js');
      const { deliver } = await import('../deliver.js');
      const { slip } = await reprintSlip(m.ctx, id);
      return tell(m, t('workflow.slip', { file: await deliver(slip) }));
    }
    case 'disposition': {
      const { dispositionSheet } = await import('../../app/disposition-sheet.js');
      const { deliver } = await import('../deliver.js');
      const { document } = await dispositionSheet(m.ctx, id);
      return tell(m, t('workflow.dispositionFile', { file: await deliver(document) }));
    }
    case 'prepareReply':
    case 'sign':
    case 'send':
    case 'inform':
    case 'certificate':
      return (await import('./letters.js')).letterStep(m, chosen, c);
    case 'imnkkRequirements':
    case 'imnkkVisit':
    case 'imnkkPlenary':
      return (await import('./imnkk.js')).imnkkStep(m, chosen, c);
    case 'back':
      return;
    default:
      return (await import('./steps.js')).caseStep(m, chosen, c);
  }
}
