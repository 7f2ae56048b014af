/**
 * One writer at a time across processes: a lock folder holding its owner (user, process, machine,
 * since when). A live holder is never overruled, however long it pauses (Ctrl+Z, a closed laptop
 * lid, a slow disk): others wait and then give up naming it. A lock whose process is gone from this
 * machine is taken over at once. Before every write the holder checks that the lock is still its own.
 */
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../errors.js';

export interface LockOptions {
  /** How long to wait for another writer before giving up (ms). */
  timeoutMs: number;
  /** Test hook: pause this long before the first write while holding the lock (a writer stopped mid-change). */
  pauseBeforeWriteMs?: number;
}

/** Who holds a lock; written into the lock folder by its holder. */
export interface LockOwner {
  token: string;
  user: string;
  pid: number;
  host: string;
  since: string;
  /** The holder's start time in clock ticks since boot (Linux), so a reused pid is not mistaken for it. */
  started?: string;
}

/** Lock timings, overridable by environment for tests and slow disks. */
export function lockOptionsFromEnv(env: NodeJS.ProcessEnv): LockOptions {
  const timeout = Number(env.LOKET_LOCK_TIMEOUT_MS);
  const pause = Number(env.LOKET_TEST_PAUSE_BEFORE_WRITE_MS);
  return {
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600_000) : 15_000,
    ...(Number.isFinite(pause) && pause > 0 ? { pauseBeforeWriteMs: pause } : {}),
  };
}

const OWNER_FILE = 'owner.json';
// How long a lock folder may stay without an owner record before it is taken for a crash between
// creating the folder and writing the record.
const OWNERLESS_MS = 1000;

/** Locks this process holds now: lock path → our token and the pause still to take (test hook). */
const held = new Map<string, { token: string; pauseMs?: number }>();

async function processStart(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which may itself hold spaces and brackets.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

async function isAlive(owner: LockOwner): Promise<boolean> {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (!owner.started) return true;
  const started = await processStart(owner.pid);
  return started === undefined || started === owner.started;
}

/** The owner recorded in a lock folder, or undefined when there is none (yet) or it is unreadable. */
async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const doc = JSON.parse(await readFile(join(lockPath, OWNER_FILE), 'utf8')) as LockOwner;
    return typeof doc.token === 'string' && typeof doc.pid === 'number' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** Moves a dead holder's lock aside (one process wins the rename) and removes it; false when it was not dead after all. */
async function takeOver(lockPath: string, seen: LockOwner | undefined): Promise<boolean> {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false;
  }
  const moved = await readOwner(aside);
  if (moved?.token !== seen?.token) {
    // Between our look and our rename another process took the lock over and now holds it: give it back.
    await rename(aside, lockPath).catch(() => undefined);
    return false;
  }
  await rm(aside, { recursive: true, force: true });
  return true;
}

async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  try {
    await mkdir(lockPath, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  await writeFile(join(lockPath, OWNER_FILE), JSON.stringify(owner), { mode: 0o600 });
  return true;
}

/** Takes the lock, waiting up to `timeoutMs`; exit 3 naming the holder when it cannot be had. */
async function acquire(lockPath: string, user: string, options: LockOptions): Promise<LockOwner> {
  // The token only tells holders apart (not a secret): no node:crypto, which costs every write a few milliseconds to load.
  const owner: LockOwner = {
    token: `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`,
    user,
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    ...(await processStart(process.pid).then((started) => (started ? { started } : {}))),
  };
  const deadline = Date.now() + options.timeoutMs;
  let ownerlessSince: number | undefined;
  for (;;) {
    if (await tryCreate(lockPath, owner)) return owner;
    const info = await lstat(lockPath).catch(() => undefined);
    if (info && !info.isDirectory()) throw new StoreError('store.lockNotFolder', { file: lockPath });
    const current = await readOwner(lockPath);
    if (current) ownerlessSince = undefined;
    else ownerlessSince ??= Date.now();
    const dead = current ? current.host === owner.host && !(await isAlive(current)) : Date.now() - ownerlessSince! >= OWNERLESS_MS;
    if (info && dead && (await takeOver(lockPath, current))) continue;
    if (Date.now() > deadline) {
      if (!current) throw new StoreError('store.lockedUnknown', { file: lockPath, seconds: Math.round(options.timeoutMs / 1000) });
      throw new StoreError('store.locked', {
        file: lockPath,
        user: current.user,
        pid: current.pid,
        host: current.host,
        since: current.since,
        seconds: Math.round(options.timeoutMs / 1000),
      });
    }
    await sleep(5 + Math.random() * 25);
  }
}

/** Runs `fn` while holding the lock at `lockPath` (a folder); `user` is named to whoever waits for it. */
export async function withLock<T>(lockPath: string, user: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const owner = await acquire(lockPath, user, options);
  held.set(lockPath, { token: owner.token, pauseMs: options.pauseBeforeWriteMs });
  try {
    return await fn();
  } finally {
    held.delete(lockPath);
    if ((await readOwner(lockPath))?.token === owner.token) await rm(lockPath, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Refuses to write when a lock this process took is no longer its own (removed by hand, or taken
 * over while this process was stopped): the store may have changed since it was read.
 */
export async function assertLocksHeld(): Promise<void> {
  for (const [lockPath, entry] of held) {
    if (entry.pauseMs) {
      const ms = entry.pauseMs;
      entry.pauseMs = undefined;
      await sleep(ms);
    }
    if ((await readOwner(lockPath))?.token !== entry.token) throw new StoreError('store.lockLost', { file: lockPath });
  }
}
