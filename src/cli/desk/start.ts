/**
 * The start screen: who is at the desk, the counters their roles give (each opening its list), and
 * the work of the desk: registering at the counter, the morning report, finding or opening a case.
 * It is built again after every step, so its counters always say what waits now.
 */
import { officerDesk } from '../../app/desk.js';
import type { DeskList } from '../../domain/desk-lists.js';
import { findOfficer } from '../../domain/officers.js';
import { holds } from '../../domain/roles.js';
import { isCancelled } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { dateText } from '../../render/interface-labels.js';
import { askSelect, isBack, type Choice } from '../prompts.js';
import { openCaseByNumber, openImnkk, openList, findAndOpen } from './lists.js';
import { guarded, tell, type Screen } from './screen.js';

type Item = `list:${string}` | 'imnkk' | 'walkin' | 'letter' | 'report' | 'find' | 'open' | 'quit';

/** The start screen until the officer quits; Ctrl+C inside a screen comes back here, at the start screen it quits. */
export async function startScreen(m: Screen): Promise<void> {
  for (;;) {
    // The officer list, the signatories, the limits: as they are now, not as they were when the menu opened.
    await m.ctx.refresh();
    const desk = await officerDesk(m.ctx, m.officer);
    const profile = await m.ctx.profile();
    const officers = profile.officers ?? [];
    const roles = findOfficer(profile, m.officer)?.roles.map((r) => t(`role.${r}`)) ?? [];
    await tell(m, [
      '',
      t('menu.start.header', { name: m.officer, roles: roles.join(', ') || '-', date: dateText(await m.ctx.today(), true) }),
    ]);
    const counter = (l: DeskList): Choice<Item> => ({ value: `list:${l.key}`, name: t(`menu.count.${l.key}`, { n: l.count }) });
    const counters = desk.lists.map(counter);
    if (desk.imnkk) counters.push({ value: 'imnkk', name: t('menu.count.imnkk', { n: desk.imnkk.length }) });
    const counterWork: Choice<Item>[] = holds(officers, m.officer, 'penerima')
      ? [
          { value: 'walkin', name: t('menu.walkin') },
          { value: 'letter', name: t('menu.letter') },
        ]
      : [];
    const items: Choice<Item>[] = [
      // The counter's own work comes first at the counter; everyone else opens on what waits for them.
      ...(counterWork.length && !holds(officers, m.officer, 'analis') ? [...counterWork, ...counters] : [...counters, ...counterWork]),
      { value: 'report', name: t('menu.due') },
      { value: 'find', name: t('menu.find') },
      { value: 'open', name: t('menu.show') },
      { value: 'quit', name: t('menu.quit') },
    ];
    let item: Item;
    try {
      item = await askSelect(t('menu.title'), items, undefined, { back: true, pageSize: items.length });
    } catch (error) {
      if (isBack(error)) continue;
      throw error;
    }
    if (item === 'quit') return;
    try {
      await open(m, item);
    } catch (error) {
      // Ctrl+C inside a screen: what it was asking is dropped, the start screen again.
      if (!isCancelled(error)) throw error;
      m.ctx.warnings.splice(0);
      await m.say(t('error.cancelled'));
    }
  }
}

async function open(m: Screen, item: Item): Promise<void> {
  if (item.startsWith('list:')) {
    const key = item.slice('list:'.length);
    if (key === 'mail') return openMail(m);
    return openList(m, key);
  }
  switch (item) {
    case 'imnkk':
      return openImnkk(m);
    case 'walkin':
    case 'letter':
      return void (await guarded(m, async () => (await import('./registration.js')).registerAtCounter(m, item)));
    case 'report':
      return void (await guarded(m, async () => (await import('./morning.js')).morningReport(m)));
    case 'find':
      return findAndOpen(m);
    case 'open':
      return openCaseByNumber(m);
  }
}

/**
 * The counter's mailbox: the messages waiting, then (when the officer asks) a fetch that registers
 * what can be placed and asks the service of each message the subject rules cannot place, as
 * `loket mail fetch` does in a terminal.
 */
async function openMail(m: Screen): Promise<void> {
  const { askService, fetchLines, waitingLines } = await import('../commands/mail.js');
  const { fetchMail } = await import('../../app/mail-fetch.js');
  await guarded(m, async () => {
    // The menu's own words: no command-line option or setting is named to the counter.
    const { waiting, registered } = await fetchMail(m.ctx, { dryRun: true });
    await tell(m, waitingLines(waiting, registered.length, 'menu'));
    const fetch = await askSelect(t('menu.mail.fetchNow'), [
      { value: 'yes', name: t('value.yes') },
      { value: 'no', name: t('value.no') },
    ]);
    if (fetch !== 'yes') return;
    const choose = await askService(m.ctx);
    const result = await fetchMail(m.ctx, { mailReceipt: true, ...(choose ? { choose } : {}) });
    await tell(m, fetchLines(result, 'menu'));
  });
}
