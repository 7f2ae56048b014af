// Registers N cases through the command line's own code (built), one `register letter` after another in
// one process, printing "ack <id>" after each; a failure is printed and exits as `loket` would.
import { runProgram } from '../../dist/src/cli/program.js';
import { printError } from '../../dist/src/cli/print.js';
import { exitCodeFor, typedError } from '../../dist/src/errors.js';
import { setLanguage } from '../../dist/src/i18n/index.js';
import { exitOnLostDatabase } from '../../dist/src/cli/lost-database.js';

const [countText, tag] = process.argv.slice(2);
await setLanguage(process.env.LOKET_LANG);
// As main.ts does when a database is in use.
exitOnLostDatabase(process.env, async (error) => (await printError(error, false, exitCodeFor(error)), exitCodeFor(error)));
for (let i = 0; i < Number(countText); i++) {
  const argv = ['register', 'letter', '--yes', '--json', '--no-receipt', '--service', 'sosialisasi', '--channel', 'surat'];
  try {
    const result = await runProgram([...argv, '--applicant', `Pemohon ${tag}-${i}`, '--subject', `Permohonan ${tag}-${i}`], '0');
    process.stdout.write(`ack ${result.output.json.id} ${tag}-${i}\n`);
  } catch (thrown) {
    const error = typedError(thrown);
    const code = exitCodeFor(error);
    await printError(error, false, code);
    process.exit(code);
  }
}
