/**
 * The fast loop stays fast: a test file that spawns a process, starts a server or a browser, drives a
 * pseudo-terminal or runs only on PostgreSQL is tagged slow (`npm run test:fast` leaves it out,
 * `npm test` and CI run it). Read from the sources, so an untagged file fails here, in both loops.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { slowReasons, taggedSlow } from './helpers/slow-tag.js';

const TEST_DIR = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
  // This file names every spawning module and helper in its table, and spawns none of them.
  .filter((f) => f.endsWith('.test.ts') && f !== 'slow-tags.test.ts')
  .sort();

// Written in two parts: vitest reads the tag from any comment of a file, and this file must run in the fast loop.
const TAG = '@module' + '-tag slow';

describe('what makes a file slow, read from its source', () => {
  it.each([
    ["import { runCli, tempHome } from '../helpers/cli.js';", ['runCli']],
    ["import { BIN } from '../helpers/cli.js';", ['BIN']],
    ["import { runLoket as cli, tempHome } from '../helpers/loket.js';", []],
    ["import { tempHome } from '../helpers/cli.js';", []],
    ["import { spawn } from 'node:child_process';", ['node:child_process']],
    ["const { chromium } = await import('playwright-core');", ['playwright-core']],
    ["import { driveMenu, KEY } from '../helpers/menu-drive.js';", ['driveMenu']],
    ["import { IMAP_USER, startDovecot } from '../helpers/dovecot.js';", ['startDovecot']],
    ["import { type TestSmtp, startSmtp } from '../helpers/smtp-server.js';", ['startSmtp']],
    ["import { startServer } from '../../src/web/server.js';", ['startServer']],
    ["describe.skipIf(!DATABASE_URL)('on the server', () => {});", ['runs only on PostgreSQL']],
    ["describe.skipIf(!DATABASE_URL)('a', () => {});\ndescribe('b', () => {});", []],
    ["describe.each(E2E_STORES)('on the $name store', () => {});", []],
  ])('%s → %j', (source, reasons) => {
    expect(slowReasons(source)).toEqual(reasons);
  });

  it('the tag is read from the first line only', () => {
    expect(taggedSlow(`/** ${TAG} (spawns the bin) */\nimport x;`)).toBe(true);
    expect(taggedSlow(`/** Spawns. */\n/** ${TAG} */`)).toBe(false);
  });
});

describe('every test file that spawns or needs PostgreSQL is tagged slow', () => {
  it('found the test files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s', (file) => {
    const source = readFileSync(`${TEST_DIR}${file}`, 'utf8');
    if (!taggedSlow(source)) expect(slowReasons(source), `${file} is not tagged ${TAG}`).toEqual([]);
  });
});

describe('a file that replaces a module with vi.mock has a module graph of its own', () => {
  // vitest.config.ts lets the other files share their worker's modules; a mock there would reach them.
  const config = readFileSync(new URL('../vitest.config.ts', import.meta.url), 'utf8');
  const mocking = files.filter((file) => /\bvi\.mock\(/.test(readFileSync(`${TEST_DIR}${file}`, 'utf8')));

  it('found the files that mock', () => {
    expect(mocking.length).toBeGreaterThan(0);
  });

  it.each(mocking)('%s is in the isolated project of vitest.config.ts', (file) => {
    expect(config).toContain(`'test/${file}'`);
  });
});
