/** The entry point: parse, run one command, print, and map the outcome to the exit code. */
import { readPackageJson } from '../data.js';
import { exitCodeFor, typedError } from '../errors.js';
import { setLanguage } from '../i18n/index.js';

function version(): string {
  return readPackageJson<{ version: string }>('package.json')?.version ?? '?';
}

async function main(argv: string[]): Promise<number> {
  // The version needs no parser: keep the most frequent health check at bare start-up cost.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    await new Promise((resolve) => process.stdout.write(`${version()}\n`, resolve));
    return 0;
  }
  await setLanguage(process.env.LOKET_LANG);
  const [{ runProgram }, { printError, printOutput }] = await Promise.all([import('./program.js'), import('./print.js')]);
  const json = argv.includes('--json');
  if (process.env.LOKET_DATABASE_URL || argv.includes('--database')) {
    const { exitOnLostDatabase } = await import('./lost-database.js');
    exitOnLostDatabase(process.env, async (error) => (await printError(error, json, exitCodeFor(error)), exitCodeFor(error)));
  }
  try {
    const result = await runProgram(argv, version());
    if (result) await printOutput(result.output, result.json, result.warnings);
    return result?.output.exitCode ?? 0;
  } catch (thrown) {
    const error = typedError(thrown);
    const code = exitCodeFor(error);
    await printError(error, json, code);
    return code;
  }
}

process.exit(await main(process.argv.slice(2)));
