/** One writer at a time across processes: a lock folder beside the store, with stale-lock recovery. */
import { setTimeout as sleep } from 'node:timers/promises';
import { requireCjs } from '../cjs.js';
import { StoreError } from '../errors.js';

export interface LockOptions {
  /** How long to wait for another writer before giving up (ms). */
  timeoutMs: number;
  /** After how long without a heartbeat a lock left by a dead process is taken over (ms, at least 2000). */
  staleMs: number;
}

/** Lock timings, overridable by environment for tests and slow disks. */
export function lockOptionsFromEnv(env: NodeJS.ProcessEnv): LockOptions {
  return {
    timeoutMs: Number(env.LOKET_LOCK_TIMEOUT_MS) || 15_000,
    staleMs: Math.max(Number(env.LOKET_LOCK_STALE_MS) || 10_000, 2000),
  };
}

/** Runs `fn` while holding the lock on `target` (a folder); exit 3 when the lock cannot be had in time. */
export async function withLock<T>(target: string, lockPath: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lockfile = requireCjs('proper-lockfile') as typeof import('proper-lockfile');
  let compromised: Error | undefined;
  const deadline = Date.now() + options.timeoutMs;
  let release: (() => Promise<void>) | undefined;
  while (!release) {
    try {
      release = await lockfile.lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: options.staleMs,
        update: Math.min(1000, options.staleMs / 2),
        retries: 0,
        onCompromised: (error) => {
          compromised = error;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() > deadline) throw new StoreError('store.locked', { file: lockPath, seconds: Math.round(options.timeoutMs / 1000) });
      await sleep(5 + Math.random() * 25);
    }
  }
  try {
    const result = await fn();
    if (compromised) throw new StoreError('store.lockLost', { file: lockPath });
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}
