/** `loket officer add|list|remove`: who works in the office and in which roles. */
import { addOfficer, listOfficers, removeOfficer } from '../../app/officers.js';
import { OFFICER_ROLES } from '../../domain/officers.js';
import { t } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { output } from '../output.js';

/** `loket officer add NAME [--nip N] [--role R]...`: an officer added or updated. */
export const officerAddCommand = command({
  name: 'add',
  description: 'help.officer.add',
  args: [{ name: 'name', syntax: '<name>', help: 'arg.officer' }],
  options: {
    nip: { flags: '--nip <nip>', help: 'help.officer.nip' },
    role: { flags: '--role <role>', help: 'help.officer.role', choices: OFFICER_ROLES, list: true },
    email: { flags: '--email <address>', help: 'help.officer.email' },
    login: { flags: '--login <login>', help: 'help.officer.login' },
  },
  examples: [
    'loket officer add "Siti Aminah" --role penerima',
    'loket officer add "Budi Santoso" --nip 198501012010011001 --role analis --role disposisi',
    'loket officer add "Siti Aminah" --role penerima --login siti',
    'loket officer add "Budi Santoso" --role analis --email budi.santoso@kantor.go.id',
  ],
  async run(ctx, { name, nip, role, login, email }) {
    // Asked only where a login can be made: the files refuse one whatever the password.
    const password = login !== undefined && ctx.database ? await (await import('../new-password.js')).newPassword(ctx, login) : undefined;
    const { officer, officers } = await addOfficer(ctx, { name, nip, roles: role, email, login, password });
    const roles = officer.roles.join(', ');
    return output(
      { officers },
      officer.login ? t('officer.addedLogin', { name, roles, login: officer.login }) : t('officer.added', { name, roles }),
    );
  },
});

/** `loket officer list`. */
export const officerListCommand = command({
  name: 'list',
  description: 'help.officer.list',
  examples: ['loket officer list', 'loket officer list --json'],
  async run(ctx) {
    const officers = await listOfficers(ctx);
    const lines = officers.map(
      (o) =>
        `${o.name}${o.nip ? ` (NIP ${o.nip})` : ''}: ${o.roles.join(', ')}${o.email ? ` · ${o.email}` : ''}${o.login ? ` (${t('officer.login', { login: o.login })})` : ''}`,
    );
    return output(officers, officers.length ? lines : t('officer.none'));
  },
});

/** `loket officer remove NAME`. */
export const officerRemoveCommand = command({
  name: 'remove',
  description: 'help.officer.remove',
  args: [{ name: 'name', syntax: '<name>', help: 'arg.officer' }],
  examples: ['loket officer remove "Siti Aminah"'],
  async run(ctx, { name }) {
    return output({ officers: await removeOfficer(ctx, name) }, t('officer.removed', { name }));
  },
});

export const officerGroup = group({
  name: 'officer',
  description: 'help.officer',
  examples: ['loket officer list', 'loket officer add "Siti Aminah" --role penerima'],
  commands: [officerAddCommand, officerListCommand, officerRemoveCommand],
});
