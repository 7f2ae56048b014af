/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

// bin/loket.js answers these from dist/loket/start.json without loading the core; the core itself
// must print the very same bytes, in each language LOKET_LANG can choose.
const CORE = fileURLToPath(new URL('../../dist/loket/loket.cjs', import.meta.url));
const FULL_RUN = `const { run, processIo } = await import(process.argv[1]); process.exitCode = await run(process.argv.slice(2), processIo());`;

function env(lang: string | undefined): NodeJS.ProcessEnv {
  const copy = { ...process.env };
  delete copy.LOKET_LANG;
  return lang === undefined ? copy : { ...copy, LOKET_LANG: lang };
}

describe('the quick answers of bin/loket.js', () => {
  it.each([undefined, 'EN_us', 'fr'])(
    'LOKET_LANG=%s: --version, -V, --help, -h and the bare command without a terminal as the core prints them',
    (lang) => {
      for (const word of ['--version', '-V', '--help', '-h', undefined]) {
        const quick = execFileSync(process.execPath, [BIN, ...(word ? [word] : [])], { env: env(lang), encoding: 'utf8' });
        const full = execFileSync(process.execPath, ['--input-type=module', '-e', FULL_RUN, CORE, ...(word ? [word] : [])], {
          env: env(lang),
          encoding: 'utf8',
        });
        expect(quick, word).toBe(full);
        expect(quick.length, word).toBeGreaterThan(0);
      }
    },
  );

  it('the help is in the language asked for', () => {
    const en = execFileSync(process.execPath, [BIN, '--help'], { env: env('en'), encoding: 'utf8' });
    const id = execFileSync(process.execPath, [BIN, '--help'], { env: env(undefined), encoding: 'utf8' });
    expect(en).toMatch(/^Usage: loket/);
    expect(id).toMatch(/^Penggunaan: loket/);
  });
});
