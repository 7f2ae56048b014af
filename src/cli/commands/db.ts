/** `loket db migrate|import`: setting up the shared PostgreSQL store and moving an office into it. */
import { StoreError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import type { Context } from '../context.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { output } from '../output.js';
import { InputError } from '../../errors.js';

/** The database store of this run; exit 2 when no database URL is set. */
async function database(ctx: Context) {
  if (!ctx.database) throw InputError.of('--database', 'input.noDatabase');
  const { PgStore } = await import('../../store/pg-store.js');
  return new PgStore({ url: ctx.database, user: ctx.user, now: ctx.now, env: ctx.env });
}

/** `loket db migrate`: creates or upgrades the tables (each workstation's loket checks the version). */
export const dbMigrateCommand = command({
  name: 'migrate',
  description: 'help.db.migrate',
  examples: ['loket db migrate', 'loket --database postgres://loket@db.kantor.local/loket db migrate --json'],
  async run(ctx) {
    const store = await database(ctx);
    try {
      const { from, to } = await store.migrate();
      return output(
        { database: store.location, from, to },
        t(from === to ? 'db.current' : 'db.migrated', { database: store.location, from, to }),
      );
    } finally {
      await store.close();
    }
  },
});

/** `loket db import --from DIR`: a file store copied into an empty database, both checked, their counts compared. */
export const dbImportCommand = command({
  name: 'import',
  description: 'help.db.import',
  options: { from: { flags: '--from <dir>', help: 'help.db.from', required: true } },
  examples: [
    'loket db import --from ~/.local/share/loket',
    'loket --database postgres://loket@db.kantor.local/loket db import --from /srv/loket --json',
  ],
  async run(ctx, input) {
    const dir = resolve(input.from);
    // A data folder has its store/ (cases, letter books, meta.json): anything else is a typo.
    if (!existsSync(join(dir, 'store', 'meta.json'))) throw InputError.of('from', 'input.notDataFolder', { value: dir });
    const store = await database(ctx);
    const { FileStore } = await import('../../store/file-store.js');
    const { lockOptionsFromEnv, withLock } = await import('../../store/lock.js');
    const files = new FileStore({ home: dir, user: ctx.user, now: ctx.now, lock: lockOptionsFromEnv(ctx.env) });
    try {
      // The folder is held still (its lock) while it is checked and copied.
      return await withLock(files.paths.lock, ctx.user, lockOptionsFromEnv(ctx.env), async () => {
        const before = await files.check();
        if (before.findings.length) throw new StoreError('store.checkFailed', { count: before.findings.length }, before.findings);
        const { fileBackupSource } = await import('../../store/file-backup.js');
        const { copyInto } = await import('../../store/logical-backup.js');
        const { loadIntoDatabase } = await import('../../store/pg/backup.js');
        const sql = await store.sql();
        await store.guard(() => loadIntoDatabase(sql, store.location, (sink) => copyInto(fileBackupSource(files), sink), before));
        const after = await store.check();
        return output(
          { from: dir, database: store.location, cases: after.cases, letters: after.letters, attachments: after.attachments },
          t('db.imported', {
            from: dir,
            database: store.location,
            cases: after.cases,
            letters: after.letters,
            attachments: after.attachments,
          }),
        );
      });
    } finally {
      await store.close();
    }
  },
});

export const dbCommands = [
  group({
    name: 'db',
    description: 'help.db',
    examples: ['loket db migrate', 'loket db import --from /srv/loket'],
    commands: [dbMigrateCommand, dbImportCommand],
  }),
];
