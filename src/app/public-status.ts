/** The public status of a case, found by its tracking code: what `GET /status/{code}` shows. */
import type { Checklists } from '../domain/requirements.js';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import { publicView, type PublicView } from '../domain/public-view.js';
import { officeCalendar } from '../reference/holidays.js';
import type { Store } from '../store/store.js';

/** The public view of the case whose tracking code was typed; undefined alike for a code that cannot be one and an unknown one. */
export async function publicStatus(store: Store, checklists: Checklists, typed: string): Promise<PublicView | undefined> {
  const code = normalizeTrackingCode(typed);
  // A malformed code is looked up all the same (it finds nothing): the answer and its work are those of an unknown one.
  const c = await store.findByTrackingCode(code ?? typed.slice(0, 64));
  if (!c || !code) return undefined;
  const config = await store.config();
  const calendar = officeCalendar(config.calendar, () => undefined);
  return publicView(c, { checklists, calendar, timeZone: config.profile.timeZone });
}
