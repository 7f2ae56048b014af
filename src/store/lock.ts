/**
 * One writer at a time across processes: a lock folder `.lock` that comes into being whole, with its
 * owner record (user, process, machine, since when) and a private folder for the holder's writes,
 * prepared beside it and renamed into place; so there is never a lock without its owner. A live
 * holder is never overruled, however long it pauses (Ctrl+Z, a closed laptop lid, a slow disk):
 * others wait and then give up naming it. A lock whose process is gone from this machine is taken
 * over at once. Every file the holder writes is renamed out of its own folder inside the lock, so a
 * writer whose lock is no longer there writes nothing: the check is part of the write (see writePath).
 */
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../errors.js';

export interface LockOptions {
  /** How long to wait for another writer before giving up (ms). */
  timeoutMs: number;
  /** Test hook: pause this long before the first write while holding the lock (a writer stopped mid-change). */
  pauseBeforeWriteMs?: number;
  /** Test hook: how long a lock folder without an owner record is waited for before it is taken over. */
  ownerlessMs?: number;
}

/** Who holds a lock; written into the lock folder before it is put in place. */
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
  const ownerless = Number(env.LOKET_TEST_OWNERLESS_MS);
  return {
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600_000) : 15_000,
    ...(Number.isFinite(pause) && pause > 0 ? { pauseBeforeWriteMs: pause } : {}),
    ...(Number.isFinite(ownerless) && ownerless >= 0 ? { ownerlessMs: ownerless } : {}),
  };
}

const OWNER_FILE = 'owner.json';
// A lock folder without a readable owner record was not made by this version (which never shows
// one): an earlier loket's crash, or a hand. It is taken over once it has stayed so this long.
const OWNERLESS_MS = 1000;

interface Held {
  token: string;
  /** The holder's folder inside the lock: every write is renamed out of it. */
  writes: string;
  pauseMs?: number;
}

/** Locks this process holds now, by lock path. */
const held = new Map<string, Held>();

async function processStart(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which may itself hold spaces and brackets.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether a process of this machine is running (a lock's holder, or a temp file's writer named in its name). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

async function isAlive(owner: LockOwner): Promise<boolean> {
  if (!processAlive(owner.pid)) return false;
  if (!owner.started) return true;
  const started = await processStart(owner.pid);
  return started === undefined || started === owner.started;
}

/** The owner recorded in a lock folder, or undefined when there is none or it is unreadable. */
async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const doc = JSON.parse(await readFile(join(lockPath, OWNER_FILE), 'utf8')) as LockOwner;
    return typeof doc.token === 'string' && typeof doc.pid === 'number' ? doc : undefined;
  } catch {
    return undefined;
  }
}

const writesOf = (token: string) => `writes-${token}`;

/**
 * Moves a dead holder's lock aside and removes it. The folder moved must be the one judged dead (its
 * owner's token, or for an ownerless one its inode and change time); if a live holder's lock was
 * moved instead (it replaced the dead one in between), it is put back.
 */
async function takeOver(lockPath: string, seen: { token?: string; id: string }): Promise<boolean> {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false;
  }
  const moved = await readOwner(aside);
  const same = seen.token ? moved?.token === seen.token : !moved && (await folderId(aside)) === seen.id;
  if (!same) {
    // Put back at once; should a new lock have been made in that instant, the one moved has lost it
    // and its holder, finding its folder gone, writes nothing (exit 3).
    await rename(aside, lockPath).catch(() => rm(aside, { recursive: true, force: true }));
    return false;
  }
  await rm(aside, { recursive: true, force: true });
  return true;
}

async function folderId(path: string): Promise<string | undefined> {
  const info = await lstat(path, { bigint: true }).catch(() => undefined);
  return info && `${info.ino}:${info.ctimeNs}`;
}

/** Removes what a dead process left beside the lock: a lock it was preparing, or one it was removing. */
async function sweep(lockPath: string): Promise<void> {
  const prefix = `${basename(lockPath)}.`;
  const names = await readdir(dirname(lockPath)).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^(?:new|stale|gone)-(\d+)-/.exec(name.slice(prefix.length));
    if (name.startsWith(prefix) && m && !processAlive(Number(m[1])))
      await rm(join(dirname(lockPath), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Takes the lock, waiting up to `timeoutMs`; exit 3 naming the holder when it cannot be had. */
async function acquire(lockPath: string, user: string, options: LockOptions): Promise<Held> {
  // The token only tells holders apart (not a secret): no node:crypto, which costs every write a few milliseconds to load.
  const token = `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
  const started = await processStart(process.pid);
  const owner: LockOwner = { token, user, pid: process.pid, host: hostname(), since: '', ...(started ? { started } : {}) };
  const ready = `${lockPath}.new-${process.pid}-${token.slice(token.indexOf('.') + 1)}`;
  let written = 0;
  // The lock as it will be: the owner record and the holder's own folder for writes.
  await mkdir(join(ready, writesOf(token)), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + options.timeoutMs;
  let ownerless: { id: string; since: number } | undefined;
  try {
    for (;;) {
      // "since" says when the lock was taken, not when the wait began: renewed while waiting.
      if (Date.now() - written > 1000) {
        written = Date.now();
        await writeFile(join(ready, OWNER_FILE), JSON.stringify({ ...owner, since: new Date().toISOString() }), { mode: 0o600 });
      }
      try {
        // Atomic: the lock appears with its owner, or not at all (ENOTEMPTY/EEXIST while another holds it).
        await rename(ready, lockPath);
        return { token, writes: join(lockPath, writesOf(token)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') {
          if (code === 'ENOTDIR') throw new StoreError('store.lockNotFolder', { file: lockPath });
          throw error;
        }
      }
      const id = await folderId(lockPath);
      if (!id) continue;
      const current = await readOwner(lockPath);
      let dead = false;
      if (current) {
        ownerless = undefined;
        dead = current.host === owner.host && !(await isAlive(current));
      } else {
        // The clock is the folder's own: it does not carry over to the next lock.
        if (ownerless?.id !== id) ownerless = { id, since: Date.now() };
        dead = Date.now() - ownerless.since >= (options.ownerlessMs ?? OWNERLESS_MS);
      }
      if (dead && (await takeOver(lockPath, { token: current?.token, id }))) continue;
      if (Date.now() > deadline) {
        const seconds = Math.round(options.timeoutMs / 1000);
        if (!current) throw new StoreError('store.lockedUnknown', { file: lockPath, seconds });
        const { user: who, pid, host, since } = current;
        throw new StoreError('store.locked', { file: lockPath, user: who, pid, host, since, seconds });
      }
      await sleep(5 + Math.random() * 25);
    }
  } catch (error) {
    await rm(ready, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** Lets the lock go, if it is still ours: moved aside in one step, then removed. */
async function release(lockPath: string, token: string): Promise<void> {
  if ((await readOwner(lockPath))?.token !== token) return;
  const gone = `${lockPath}.gone-${process.pid}-${Date.now().toString(36)}`;
  if (
    await rename(lockPath, gone).then(
      () => true,
      () => false,
    )
  )
    await rm(gone, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Runs `fn` while holding the lock at `lockPath` (a folder); `user` is named to whoever waits for it.
 * With `readOnly`, a folder where no lock can be made (a read-only disk, no write permission) runs
 * `fn` without one: nobody can change what nobody can write, and a read (a backup) needs no more.
 */
export async function withLock<T>(
  lockPath: string,
  user: string,
  options: LockOptions,
  fn: () => Promise<T>,
  readOnly = false,
): Promise<T> {
  let lock: Held;
  try {
    lock = await acquire(lockPath, user, options);
  } catch (error) {
    if (readOnly && /^(EROFS|EACCES|EPERM)$/.test(String((error as NodeJS.ErrnoException).code))) return fn();
    throw error;
  }
  held.set(lockPath, { ...lock, pauseMs: options.pauseBeforeWriteMs });
  await sweep(lockPath);
  try {
    return await fn();
  } finally {
    held.delete(lockPath);
    await release(lockPath, lock.token).catch(() => undefined);
  }
}

/** Takes the test hook's pause once, before the first write under a lock. */
async function pauseOnce(entry: Held): Promise<void> {
  if (!entry.pauseMs) return;
  const ms = entry.pauseMs;
  entry.pauseMs = undefined;
  await sleep(ms);
}

/**
 * Refuses to write when a lock this process took is no longer its own (removed by hand, or taken
 * over): the store may have changed since it was read. For appends; a whole file is written through
 * `writePath`, whose check is the write itself.
 */
export async function assertLocksHeld(): Promise<void> {
  for (const [lockPath, entry] of held) {
    await pauseOnce(entry);
    if (
      !(await lstat(entry.writes).then(
        () => true,
        () => false,
      ))
    )
      throw new StoreError('store.lockLost', { file: lockPath });
  }
}

/**
 * Where to write the temp file of `path` when this process holds the lock of the folder that holds
 * it: inside its own folder in the lock, so that the rename that puts the file in place fails when
 * the lock is not its own any more. Undefined when no lock covers the path.
 */
export async function writePath(path: string): Promise<{ dir: string; lost: () => Promise<boolean>; lock: string } | undefined> {
  for (const [lockPath, entry] of held) {
    if (!path.startsWith(dirname(lockPath) + sep)) continue;
    await pauseOnce(entry);
    const lost = () =>
      lstat(entry.writes).then(
        () => false,
        () => true,
      );
    return { dir: entry.writes, lost, lock: lockPath };
  }
  return undefined;
}
