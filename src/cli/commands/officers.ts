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
  },
  examples: [
    'loket officer add "Siti Aminah" --role penerima',
    'loket officer add "Budi Santoso" --nip 198501012010011001 --role analis --role disposisi',
    'loket officer add "Budi Santoso" --role analis --email budi.santoso@kantor.go.id',
  ],
  async run(ctx, { name, nip, role, email }) {
    const { officer, officers } = await addOfficer(ctx, { name, nip, roles: role, email });
    return output({ officers }, t('officer.added', { name, roles: officer.roles.join(', ') }));
  },
});

/** `loket officer list`. */
export const officerListCommand = command({
  name: 'list',
  description: 'help.officer.list',
  examples: ['loket officer list', 'loket officer list --json'],
  async run(ctx) {
    const officers = await listOfficers(ctx);
    const lines = officers.map((o) => `${o.name}${o.nip ? ` (NIP ${o.nip})` : ''}: ${o.roles.join(', ')}${o.email ? ` · ${o.email}` : ''}`);
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
