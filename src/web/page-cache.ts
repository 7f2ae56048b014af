/**
 * Pages kept with the view they were rendered from, when that view is frozen: the status page's
 * lookup hands out the same frozen view while its case and the configuration stay the same
 * (app/public-status.ts), so a page asked for again is not rendered again. Kept in a WeakMap: a
 * view no longer handed out takes its pages with it.
 */

/** A kept page, and its UTF-8 bytes once an answer sent them: encoded once, not on every request. */
interface Kept {
  page: string;
  bytes?: Buffer;
}

const pages = new WeakMap<object, Map<string, Kept>>();
/** The variants kept per view (language, chosen or not, the address as typed): a handful in use. */
const VARIANTS = 8;

/** The variant of a page: its language, whether the address chose it, and the path as asked. */
export function pageVariant(lang: string, chosen: boolean, path: string): string {
  return `${lang} ${chosen} ${path}`;
}

/** The page kept for `view` and `variant`, if one is. */
export function keptPage(view: object, variant: string): string | undefined {
  return pages.get(view)?.get(variant)?.page;
}

/** The UTF-8 bytes of the page kept for `view` and `variant`, if one is: the same Buffer each time. */
export function keptBytes(view: object, variant: string): Buffer | undefined {
  const kept = pages.get(view)?.get(variant);
  return kept && (kept.bytes ??= Buffer.from(kept.page, 'utf8'));
}

/** The page of `view` for `variant`, rendered by `make` unless kept; a view that is not frozen is rendered each time. */
export async function cachedPage(view: object, variant: string, make: () => Promise<string>): Promise<string> {
  if (!Object.isFrozen(view)) return make();
  const page = keptPage(view, variant);
  if (page !== undefined) return page;
  const made = await make();
  let kept = pages.get(view);
  if (!kept) pages.set(view, (kept = new Map()));
  if (kept.size >= VARIANTS) kept.delete(kept.keys().next().value!);
  kept.set(variant, { page: made });
  return made;
}
