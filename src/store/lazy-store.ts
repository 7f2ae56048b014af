/**
 * A store that loads its implementation on first use: the database store (and its client) costs a
 * command nothing until it touches the store, and nothing at all when no database URL is set. The
 * address is masked here, where every command can show it without loading the database code.
 */
import type { Store } from './store.js';

/** A Store whose methods wait for `load()`; `location` is known before anything is loaded. */
export function lazyStore(location: string, load: () => Promise<Store>): Store {
  let loaded: Promise<Store> | undefined;
  const target = () => (loaded ??= load());
  return new Proxy({} as Store, {
    get(_, prop) {
      if (prop === 'location') return location;
      if (prop === 'then') return undefined;
      if (prop === 'close') return async () => (loaded ? (await loaded).close() : undefined);
      return async (...args: unknown[]) => {
        const store = (await target()) as unknown as Record<string | symbol, (...a: unknown[]) => unknown>;
        return store[prop]!(...args);
      };
    },
  });
}

/** The URL with its password replaced by `***` (or as given, when it is not a URL). */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
