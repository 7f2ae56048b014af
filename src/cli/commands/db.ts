/** `loket db migrate|import`: setting up the shared PostgreSQL store and moving an office into it. */
import { importFolderIntoDatabase, makeServeLogin, migrateDatabase } from '../../app/database.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { output } from '../output.js';

/** `loket db migrate`: creates or upgrades the tables (each workstation's loket checks the version). */
export const dbMigrateCommand = command({
  name: 'migrate',
  description: 'help.db.migrate',
  examples: ['loket db migrate', 'loket --database postgres://loket@db.kantor.local/loket db migrate --json'],
  async run(ctx) {
    const { location: database, from, to } = await migrateDatabase(ctx);
    return output({ database, from, to }, t(from === to ? 'db.current' : 'db.migrated', { database, from, to }));
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
    const { location: database, from, check } = await importFolderIntoDatabase(ctx, input.from);
    const { cases, letters, attachments } = check;
    return output({ from, database, cases, letters, attachments }, t('db.imported', { from, database, cases, letters, attachments }));
  },
});

/** `loket db serve-login NAME`: the login `loket serve` connects with, which reads only what the public pages show. */
export const dbServeLoginCommand = command({
  name: 'serve-login',
  description: 'help.db.serveLogin',
  args: [{ name: 'login', syntax: '<login>', help: 'arg.login' }],
  examples: ['loket db serve-login loket_web', 'loket --database postgres://loket@db.kantor.local/loket db serve-login loket_web --json'],
  async run(ctx, { login }) {
    const { newPassword } = await import('../new-password.js');
    const { location: database } = await makeServeLogin(ctx, login, await newPassword(ctx, login));
    return output({ database, login }, t('db.serveLogin', { database, login }));
  },
});

export const dbGroup = group({
  name: 'db',
  description: 'help.db',
  examples: ['loket db migrate', 'loket db import --from /srv/loket', 'loket db serve-login loket_web'],
  commands: [dbMigrateCommand, dbImportCommand, dbServeLoginCommand],
});
