/** Issue 27: the mail settings asked by `init` (here given as flags), and officers' addresses for the morning report. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLoket, tempHome } from '../helpers/loket.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const run = (args: string[]) => runLoket([...args, '--json'], { home });

describe('the office mailbox set up', () => {
  it('init takes the SMTP and IMAP settings; the password is never one of them', async () => {
    const r = await run([
      'init',
      '--yes',
      '--smtp-host',
      'smtp.kantor.go.id',
      '--smtp-port',
      '465',
      '--smtp-secure',
      'tls',
      '--smtp-user',
      'persuratan@kantor.go.id',
      '--imap-host',
      'imap.kantor.go.id',
      '--imap-user',
      'persuratan@kantor.go.id',
      '--imap-done-folder',
      'Tercatat',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const mail = (await run(['config', 'get', 'mail'])).json.value;
    expect(mail).toMatchObject({
      smtp: { host: 'smtp.kantor.go.id', port: 465, secure: 'tls', user: 'persuratan@kantor.go.id', passwordFile: '' },
      imap: {
        host: 'imap.kantor.go.id',
        port: 993,
        secure: 'tls',
        user: 'persuratan@kantor.go.id',
        folder: 'INBOX',
        doneFolder: 'Tercatat',
      },
    });
    expect(JSON.stringify(mail)).not.toMatch(/password"\s*:/i);
  });

  it.each([
    [['--smtp-secure', 'ssl'], 'mail.smtp.secure'],
    [['--imap-port', 'sembilan'], 'mail.imap.port'],
  ])('init %j is refused naming the setting, nothing written', async (flags, field) => {
    const r = await run(['init', '--yes', ...flags]);
    expect(r.code).toBe(2);
    expect(r.json.error.problems.map((p: { field: string }) => p.field)).toEqual([field]);
    expect((await run(['config', 'get', 'mail'])).json.value).toEqual({});
  });

  it('the mail steps are taken by the roles that may: fetching by the counter, sending by the counter or an analyst', async () => {
    await run(['officer', 'add', 'Ratna Dewi', '--role', 'penandatangan']);
    await runLoket(['officer', 'add', 'Budi Santoso', '--role', 'analis', '--json'], { home, user: 'Ratna Dewi' });
    const as = (user: string, args: string[]) => runLoket([...args, '--json'], { home, user });
    const fetch = await as('Budi Santoso', ['mail', 'fetch']);
    expect(fetch.code).toBe(5);
    // Looking at what waits only reads: it gets as far as the unset mailbox.
    const waiting = await as('Budi Santoso', ['mail', 'waiting']);
    expect(waiting.code).toBe(2);
    expect(waiting.json.error.problems.map((p: { field: string }) => p.field)).toContain('mail.imap.host');
    expect((await as('Ratna Dewi', ['outbox', '--send'])).code).toBe(5);
    expect((await as('Budi Santoso', ['outbox', '--send'])).code).toBe(0);
  });

  it('officer add --email keeps a checked address', async () => {
    const bad = await run(['officer', 'add', 'Budi Santoso', '--email', 'budi@']);
    expect(bad.code).toBe(2);
    expect(bad.json.error.problems[0].field).toBe('--email');
    const good = await run(['officer', 'add', 'Budi Santoso', '--role', 'analis', '--email', 'budi@kasn.go.id']);
    expect(good.code, good.stderr).toBe(0);
    // The first officer an office lists is also its admin.
    expect(good.json.officers).toEqual([{ name: 'Budi Santoso', nip: '', roles: ['analis', 'admin'], email: 'budi@kasn.go.id' }]);
  });
});
