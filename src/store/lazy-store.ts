/**
 * A store that loads its implementation on first use: the database store (and its client) costs a
 * command nothing until it touches the store, and nothing at all when no database URL is set. The
 * address is masked here, where every command can show it without loading the database code.
 */
import { OPTIONAL_STORE_METHODS, type Store } from './store.js';

/** A Store whose methods wait for `load()`; `location` is known before anything is loaded. */
export function lazyStore(location: string, load: () => Promise<Store>): Store {
  let loaded: Promise<Store> | undefined;
  const target = () => (loaded ??= load());
  return new Proxy({} as Store, {
    get(_, prop) {
      if (prop === 'location') return location;
      // Asked without waiting, and answered only by a store in memory: never by one loaded on first use.
      if (prop === 'then' || OPTIONAL_STORE_METHODS.has(prop)) return undefined;
      // Nothing read yet is nothing to forget: the store is not loaded for it.
      if (prop === 'forgetConfig') return async () => (loaded ? (await loaded).forgetConfig() : undefined);
      if (prop === 'close') return async () => (loaded ? (await loaded).close() : undefined);
      return async (...args: unknown[]) => {
        const store = (await target()) as unknown as Record<string | symbol, (...a: unknown[]) => unknown>;
        return store[prop]!(...args);
      };
    },
  });
}

/**
 * The address with every password replaced by `***`: the one before the host (with or without a
 * scheme, parsed or not) and a `password=` parameter.
 */
export function maskUrl(url: string): string {
  let shown = url;
  if (/^postgres(ql)?:\/\//i.test(url))
    try {
      const u = new URL(url);
      if (u.password) u.password = '***';
      if (u.searchParams.has('password')) u.searchParams.set('password', '***');
      shown = u.toString();
    } catch {
      // Not a URL: masked as text below.
    }
  // user:password@host after the scheme, if any; the password may hold ':' and '/'.
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(shown)?.[0] ?? '';
  const rest = shown
    .slice(scheme.length)
    .replace(/^([^:@/]*):([^@]*)@/, (all, user: string, pass: string) => (pass === '***' ? all : `${user}:***@`));
  return (scheme + rest).replace(/([?&]password=)[^&]*/gi, '$1***');
}
