/** The mail servers' passwords: the environment first, else a file only its owner can read, never the profile. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mailPassword } from '../../src/mail/password.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-pw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string, mode: number) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
};

describe('mail passwords', () => {
  it('come from LOKET_SMTP_PASSWORD / LOKET_IMAP_PASSWORD before any file', () => {
    const path = file('a', 'dari-berkas\n', 0o600);
    expect(mailPassword('smtp', { user: 'u', passwordFile: path }, { LOKET_SMTP_PASSWORD: 'dari-env' })).toBe('dari-env');
    expect(mailPassword('imap', { user: 'u', passwordFile: path }, { LOKET_SMTP_PASSWORD: 'dari-env' })).toBe('dari-berkas');
  });

  it('are read from a 0600 file without its last newline', () => {
    expect(mailPassword('smtp', { user: 'u', passwordFile: file('b', 'rahasia dengan spasi\r\n', 0o600) }, {})).toBe(
      'rahasia dengan spasi',
    );
  });

  it('are not needed without a login', () => {
    expect(mailPassword('smtp', { user: '', passwordFile: '' }, {})).toBeUndefined();
  });

  it.each([
    ['readable by others', () => file('c', 'x', 0o644), 'mail.smtp.passwordFile', 'mail.passwordFileOpen'],
    ['readable by the group', () => file('d', 'x', 0o640), 'mail.smtp.passwordFile', 'mail.passwordFileOpen'],
    ['missing', () => join(dir, 'tidak-ada'), 'mail.smtp.passwordFile', 'mail.passwordFileUnreadable'],
    ['a folder', () => dir, 'mail.smtp.passwordFile', 'mail.passwordFileUnreadable'],
    ['empty', () => file('e', '\n', 0o600), 'mail.smtp.passwordFile', 'mail.passwordFileEmpty'],
    ['not named, nor in the environment', () => '', 'LOKET_SMTP_PASSWORD', 'mail.passwordMissing'],
  ])('a file %s is exit 2 naming %s, and the password is never in the message', (_, make, field, key) => {
    const passwordFile = make();
    let error: unknown;
    try {
      mailPassword('smtp', { user: 'u', passwordFile }, {});
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ problems: [{ field, key }] });
    expect(JSON.stringify(error)).not.toMatch(/"x"/);
  });
});
