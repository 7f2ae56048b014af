// A writer for the lock's fault-injection test: runs loket commands through the command line's own
// code (built), one per line read from stdin, and answers each with one line on stdout:
// "ack <id> <tag>" (exit 0) or "fail <exit code> <tag> <message>". A line is
// "<stop-at> <home> register <tag>", "<stop-at> <home> receipt <tag>" (a registration with its receipt)
// or "<stop-at> <home> dispose <id> <tag>"; with the preload
// test/helpers/stop-at-fs.mjs, a stop-at above 0 stops this process before that file operation of
// the command (the preload counts what is under LOKET_HOME: a folder that holds the homes).
import { createInterface } from 'node:readline';
import { runProgram } from '../../dist/src/cli/program.js';
import { formatError } from '../../dist/src/cli/format-output.js';
import { exitCodeFor, typedError } from '../../dist/src/errors.js';
import { setLanguage } from '../../dist/src/i18n/index.js';

await setLanguage('en');
const say = (line) => process.stdout.write(`${line}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [stop, home, verb, ...rest] = line.trim().split(' ');
  globalThis.loketStopAt?.(Number(stop));
  const tag = rest.at(-1);
  const argv =
    verb === 'register' || verb === 'receipt'
      ? [
          'register',
          'letter',
          '--yes',
          '--json',
          ...(verb === 'receipt' ? [] : ['--no-receipt']),
          '--service',
          'sosialisasi',
          '--channel',
          'surat',
          '--applicant',
          `Pemohon ${tag}`,
          '--subject',
          `Permohonan ${tag}`,
        ]
      : ['dispose', rest[0], '--to', `Petugas ${tag}`, '--instruction', `Instruksi ${tag}`, '--json'];
  try {
    const result = await runProgram(['--home', home, ...argv], '0', { env: process.env, stdinIsTty: false, stdoutIsTty: false });
    say(`ack ${result.output.json.id} ${tag}`);
  } catch (thrown) {
    const error = typedError(thrown);
    say(`fail ${exitCodeFor(error)} ${tag} ${formatError(error, false, exitCodeFor(error)).stderr.replace(/\s+/g, ' ')}`);
  }
}
