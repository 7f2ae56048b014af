/**
 * nodemailer, imapflow and html-to-text are loaded only by the mail modules, and only when they
 * mail: no other module names them, and none imports them at the top (a command that does not mail
 * must not pay for them at start-up).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the mail libraries', () => {
  it.each(['nodemailer', 'imapflow', 'html-to-text'])('%s is imported lazily, from src/mail only', (lib) => {
    const users: string[] = [];
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      const named = new RegExp(`['"]${lib}(/[^'"]*)?['"]`).test(text);
      if (!named) continue;
      users.push(relative(SRC, file));
      // A type import costs nothing at run time; a value import must be `await import(...)`.
      const staticValue = new RegExp(`^import\\s+(?!type\\b)[^;]*from\\s+['"]${lib}`, 'm').test(text);
      expect(staticValue, `${file} imports ${lib} at the top`).toBe(false);
    }
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) expect(u.startsWith('mail/')).toBe(true);
  });
});
