/** The mail settings through `config set` and `config get`: created whole, checked, and no password ever among them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLoket, tempHome } from '../helpers/loket.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const cli = (...args: string[]) => runLoket(args, { home, now: '2026-11-27T09:00:00+07:00' });

describe('mail settings in the profile', () => {
  it('config set creates the SMTP and IMAP groups with their defaults and parses ports as numbers', async () => {
    expect((await cli('config', 'get', 'mail.smtp.port', '--json')).json).toEqual({ key: 'mail.smtp.port', value: 587 });
    expect((await cli('config', 'get', 'mail.imap.folder', '--json')).json).toEqual({ key: 'mail.imap.folder', value: 'INBOX' });
    for (const [key, value] of [
      ['mail.smtp.host', 'smtp.kantor.go.id'],
      ['mail.smtp.port', '465'],
      ['mail.smtp.secure', 'tls'],
      ['mail.smtp.user', 'persuratan@kantor.go.id'],
      ['mail.imap.host', 'imap.kantor.go.id'],
      ['mail.imap.doneFolder', 'Tercatat'],
      ['mail.imap.passwordFile', '/etc/loket/imap-password'],
    ]) {
      const r = await cli('config', 'set', key!, value!);
      expect(r.code, r.stderr).toBe(0);
    }
    const mail = (await cli('config', 'get', 'mail', '--json')).json;
    expect(mail).toEqual({
      key: 'mail',
      value: {
        smtp: { host: 'smtp.kantor.go.id', port: 465, secure: 'tls', user: 'persuratan@kantor.go.id', passwordFile: '' },
        imap: {
          host: 'imap.kantor.go.id',
          port: 993,
          secure: 'tls',
          user: '',
          passwordFile: '/etc/loket/imap-password',
          folder: 'INBOX',
          doneFolder: 'Tercatat',
        },
      },
    });
    // Who changed what is recorded with the configuration.
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    expect(config.events.at(-1)).toMatchObject({
      action: 'config:set',
      changes: { 'mail.imap.passwordFile': { from: '', to: '/etc/loket/imap-password' } },
    });
  });

  it('refuses a security mode, a port or an address it cannot use, naming the key; nothing written', async () => {
    await cli('config', 'set', 'mail.smtp.host', 'smtp.kantor.go.id');
    const before = readFileSync(join(home, 'config.json'), 'utf8');
    const bad = [
      ['mail.smtp.secure', 'ssl', 'mail.smtp.secure'],
      ['mail.smtp.port', '70000', 'mail.smtp.port'],
      ['mail.imap.port', 'imap', 'mail.imap.port'],
      ['mail.cc', '["arsip"]', 'mail.cc.0'],
      ['mail.imap.folder', '', 'mail.imap.folder'],
      ['mail.smtp.password', 'rahasia', '<key>'],
    ];
    for (const [key, value, field] of bad) {
      const r = await cli('config', 'set', key!, value!, '--json');
      expect(r.code, `${key} ${value}`).toBe(2);
      expect(r.json.error.problems.map((p: { field: string }) => p.field)).toContain(field);
    }
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(before);
  });

  it('ships subject rules for the three services, and takes the office its own per service', async () => {
    expect((await cli('config', 'get', 'mail.rules.imnkk', '--json')).json.value).toContain('im-nkk');
    const r = await cli('config', 'set', 'mail.rules.pengaduan', '["pengaduan","keberatan"]');
    expect(r.code, r.stderr).toBe(0);
    const rules = (await cli('config', 'get', 'mail.rules', '--json')).json.value;
    expect(rules.pengaduan).toEqual(['pengaduan', 'keberatan']);
    // The other services keep the shipped words.
    expect(rules.sosialisasi).toContain('narasumber');
  });
});
