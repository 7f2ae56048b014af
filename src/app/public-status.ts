/** The public status of a case, found by its tracking code: what `GET /status/{code}` shows. */
import type { Checklists } from '../domain/requirements.js';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import { publicView, type PublicView } from '../domain/public-view.js';
import { officeCalendar } from '../reference/holidays.js';
import type { ConfigDoc } from '../store/schema.js';
import type { Store } from '../store/store.js';

// The view of a frozen case (the file store hands the same one out while its block is unchanged),
// built once for a configuration and checklists and frozen, so the page made from it can be kept too.
const views = new WeakMap<object, { config: ConfigDoc; checklists: Checklists; view: PublicView }>();

/**
 * The view `publicStatus` would give, without waiting: when the store holds the case as it is now and
 * its view was built for the configuration it holds (undefined: ask publicStatus). A status page
 * asked for again is answered with no promise in between (kept-status.ts).
 */
export function keptPublicStatus(store: Store, checklists: Checklists, typed: string): PublicView | undefined {
  const code = normalizeTrackingCode(typed);
  const c = code ? store.keptByTrackingCode?.(code) : undefined;
  const known = c && views.get(c);
  return known && known.config === store.keptConfig?.() && known.checklists === checklists ? known.view : undefined;
}

/** The public view of the case whose tracking code was typed; undefined alike for a code that cannot be one and an unknown one. */
export async function publicStatus(store: Store, checklists: Checklists, typed: string): Promise<PublicView | undefined> {
  const code = normalizeTrackingCode(typed);
  // A malformed code is looked up all the same (it finds nothing): the answer and its work are those of an unknown one.
  const c = await store.findByTrackingCode(code ?? typed.slice(0, 64));
  if (!c || !code) return undefined;
  const config = await store.config();
  const known = views.get(c);
  if (known?.config === config && known.checklists === checklists) return known.view;
  const calendar = officeCalendar(config.calendar, () => undefined);
  const view = publicView(c, { checklists, calendar, timeZone: config.profile.timeZone });
  if (!Object.isFrozen(c)) return view;
  views.set(c, { config, checklists, view: Object.freeze(view) });
  return view;
}
