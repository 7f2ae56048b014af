/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, registrationArgs } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A loader hook that records every module URL the process loads, ES modules and CommonJS alike.
const hook = join(dir, 'hook.mjs');
writeFileSync(
  hook,
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.LOKET_MODULE_LOG, url + '\\n'); return next(url, context); }
`,
);
const cjsHook = join(dir, 'hook.cjs');
writeFileSync(
  cjsHook,
  `const M = require('module'); const fs = require('fs'); const orig = M._load;
M._load = function (request, parent, isMain) { fs.appendFileSync(process.env.LOKET_MODULE_LOG, 'require:' + request + '\\n'); return orig.apply(this, arguments); };
`,
);

function loaded(args: string[]): string {
  const log = join(dir, `log-${args.join('-').replace(/\W/g, '')}.txt`);
  writeFileSync(log, '');
  execFileSync(process.execPath, ['--no-warnings', '--experimental-loader', hook, '-r', cjsHook, BIN, ...args], {
    env: { ...process.env, LOKET_HOME: join(dir, 'home'), LOKET_NOW: '2026-11-27T09:00:00+07:00', LOKET_MODULE_LOG: log },
  });
  return readFileSync(log, 'utf8');
}

describe('start-up loads only what a command needs', () => {
  // What ships is one bundled core (dist/loket/core.cjs) and a chunk per heavy part: the chunks are
  // seen by their file names, the packages left in node_modules by theirs.
  const CHUNKS = ['documents.cjs', 'database.cjs', 'prompts.cjs', 'mail.cjs', 'web.cjs'];
  it.each([
    [['calendar', 'due', '2026-03-13', '--working-days', '5']],
    [['register', 'letter', '--yes', '--no-receipt', '--service', 'pengaduan', '--channel', 'surat', '--applicant', 'A', '--subject', 'B']],
    [['due', '--json']],
  ])('%j: the core, and no heavy chunk, pdfkit, date-holidays or exceljs', (args) => {
    const modules = loaded(args);
    expect(modules).toContain('core.cjs');
    for (const heavy of [
      ...CHUNKS,
      'pdfkit',
      'date-holidays',
      '@inquirer',
      'fontkit',
      'exceljs',
      'node-forge',
      '@signpdf',
      'postgres',
      'commander/',
    ])
      expect(modules, heavy).not.toContain(heavy);
  });

  // A registration loads node:crypto by require for its tracking code's random bytes (~0.2 ms); the morning report does not.
  it('the morning report on an existing store loads no node:crypto (a few ms)', () => {
    const register = registrationArgs('pengaduan', 'A', 'B');
    loaded(register);
    expect(loaded(['due', '--json'])).not.toMatch(/^(require:)?(node:)?crypto$/m);
    expect(loaded(register)).toMatch(/^require:node:crypto$/m);
  });

  it.each([['--version'], ['--help']])('%s loads not even the core (bin/loket.js answers it)', (word) => {
    const modules = loaded([word]);
    expect(modules).toContain('bin/loket.js');
    expect(modules).not.toContain('dist/loket/');
  });

  it('a receipt loads pdfkit but neither fontkit, all of crypto-js (standard fonts, no encryption) nor the QR renderers', () => {
    const modules = loaded([
      'register',
      'letter',
      '--yes',
      '--service',
      'pengaduan',
      '--channel',
      'surat',
      '--applicant',
      'A',
      '--subject',
      'B',
    ]);
    expect(modules).toContain('pdfkit');
    expect(modules).toContain('documents.cjs');
    expect(modules).not.toContain('database.cjs');
    expect(modules).not.toContain('require:fontkit\n');
    expect(modules).toContain('require:crypto-js/md5\n');
    expect(modules).not.toContain('require:./aes\n');
    // The QR encoder alone, inside the documents chunk (no file of qrcode is read): its PNG renderer
    // (pngjs) and the others are for pictures a PDF never holds.
    expect(modules).not.toContain('qrcode');
    expect(readFileSync(join(BIN, '../../dist/loket/documents.cjs'), 'utf8')).toContain('node_modules/qrcode/lib/core/qrcode.js');
    expect(modules).not.toContain('pngjs');
    expect(modules).not.toContain('require:./renderer/');
  });
});
