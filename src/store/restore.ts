/**
 * Restoring a backup into a file store: a logical backup (or a file backup of an earlier version) is
 * written into a temp folder inside the data folder, attachments checked against their SHA-256; the
 * temp folder is checked as a whole store, and only then moved into place. A backup that is cut,
 * tampered with, or names a path outside the store changes nothing.
 */
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, StoreError, type Finding } from '../errors.js';
import { BACKUP_FORMAT, FILE_BACKUP_VERSION, SAFE_PATH, backupLines } from './backup.js';
import { ensureDir, openDurableSink, processAlive, type DurableSink } from './durable-file.js';
import { fileRestoreSink } from './file-backup.js';
import { LOGICAL_VERSIONS, readLogicalBackup, recordsOf } from './logical-backup.js';
import { StorePaths } from './paths.js';

function notBackup(source: string, problem: string): InputError {
  return InputError.of('file', 'input.notBackup', { value: `${source} (${problem})` });
}

/** Writes every file of the backup under `dir`; an InputError naming the problem when it is not a sound backup. */
async function unpack(source: string, dir: string, passphrase?: string): Promise<number> {
  const lines = backupLines(source, passphrase);
  const head = (await lines.next()).value as Record<string, unknown> | undefined;
  if (head?.format !== BACKUP_FORMAT) throw notBackup(source, 'format');
  if (head.version === 1) return unpackV1(source, head, dir);
  if (LOGICAL_VERSIONS.includes(head.version) && head.t === 'head') {
    const sink = fileRestoreSink(new StorePaths(dir));
    const counts = await readLogicalBackup(source, lines, sink, head.version);
    await sink.finish();
    return recordsOf(counts);
  }
  if (head.version !== FILE_BACKUP_VERSION || head.t !== 'head') throw notBackup(source, `version ${String(head.version)}`);
  let sink: DurableSink | undefined;
  let current = '';
  let files = 0;
  for await (const raw of lines) {
    const line = raw as Record<string, unknown> | undefined;
    if (line?.t === 'file' && !sink && typeof line.path === 'string' && SAFE_PATH.test(line.path)) {
      current = line.path;
      sink = await openDurableSink(join(dir, current));
    } else if (line?.t === 'data' && sink && typeof line.b64 === 'string') {
      await sink.write(Buffer.from(line.b64, 'base64'));
    } else if (line?.t === 'sum' && sink) {
      const got = await sink.finish();
      if (got.sha256 !== line.sha256 || got.size !== line.size) throw notBackup(source, `${current}: SHA-256`);
      sink = undefined;
      files++;
    } else if (line?.t === 'end' && !sink) {
      if (line.files !== files) throw notBackup(source, 'file count');
      return files;
    } else {
      throw notBackup(source, current ? `after ${current}` : 'line');
    }
  }
  throw notBackup(source, 'cut short: no end');
}

/** Backups of the first format: one JSON document (small stores only; kept readable for old copies). */
async function unpackV1(source: string, head: Record<string, unknown>, dir: string): Promise<number> {
  const files = head.files as Record<string, { encoding?: string; content?: unknown }> | undefined;
  if (!files || typeof files !== 'object') throw notBackup(source, 'files');
  for (const [path, file] of Object.entries(files)) {
    if (!SAFE_PATH.test(path) || (file.encoding !== 'utf8' && file.encoding !== 'base64') || typeof file.content !== 'string')
      throw notBackup(source, path);
    const sink = await openDurableSink(join(dir, path));
    await sink.write(Buffer.from(file.content, file.encoding));
    await sink.finish();
  }
  return Object.keys(files).length;
}

/** Moves a checked restore from `dir` into the store: attachments first, the cases last. */
async function moveIntoPlace(paths: StorePaths, dir: string): Promise<void> {
  for (const sub of await readdir(join(dir, 'attachments')).catch(() => [] as string[])) {
    await ensureDir(join(paths.attachments, sub));
    for (const name of await readdir(join(dir, 'attachments', sub))) {
      const target = join(paths.attachments, sub, name);
      if (
        !(await stat(target).then(
          () => true,
          () => false,
        ))
      )
        await rename(join(dir, 'attachments', sub, name), target);
    }
  }
  if (
    await stat(join(dir, 'config.json')).then(
      () => true,
      () => false,
    )
  )
    await rename(join(dir, 'config.json'), paths.config);
  // The target holds no cases (checked by the caller); an old store folder there has at most meta and stamps.
  const old = `${paths.data}.old-${process.pid}`;
  const hadData = await rename(paths.data, old).then(
    () => true,
    () => false,
  );
  await rename(join(dir, 'store'), paths.data);
  if (hadData) await rm(old, { recursive: true, force: true });
}

/**
 * Removes what an interrupted restore left in the data folder: its temp folder (`.restore-PID-…`, or
 * an earlier version's `.restore-…`) and an old store folder set aside (`store.old-PID`), when the
 * process that made it is gone. The caller holds the lock, so no other restore is running.
 */
async function sweepRestores(paths: StorePaths): Promise<void> {
  for (const name of await readdir(paths.home).catch(() => [] as string[])) {
    const m = /^(?:\.restore-(?:(\d+)-)?|store\.old-(\d+)$)/.exec(name);
    const pid = Number(m?.[1] ?? m?.[2]);
    if (m && !(pid && processAlive(pid))) await rm(join(paths.home, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Restores `source` into the store at `paths`. `check` runs the store check on a folder and returns
 * its findings; any finding, or any problem with the backup, leaves the store as it was.
 */
export async function restoreBackup(
  paths: StorePaths,
  source: string,
  check: (home: string) => Promise<Finding[]>,
  passphrase?: string,
): Promise<number> {
  await ensureDir(paths.home);
  await sweepRestores(paths);
  const dir = await mkdtemp(join(paths.home, `.restore-${process.pid}-`));
  try {
    await ensureDir(join(dir, 'store'));
    const files = await unpack(source, dir, passphrase);
    const findings = await check(dir);
    if (findings.length) throw new StoreError('store.restoreCheckFailed', { file: source, count: findings.length }, findings);
    await moveIntoPlace(paths, dir);
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
