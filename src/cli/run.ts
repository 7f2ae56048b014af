/**
 * The importable entry: `run(argv, io)` parses, runs one command, prints to the given streams and
 * resolves to the exit code. Importing it does nothing; `bin/loket.js` calls it and exits.
 */
import { readPackageJson } from '../data.js';
import { exitCodeFor, typedError } from '../errors.js';
import { setLanguage } from '../i18n/index.js';
import type { Io } from './program.js';
import type { Writer } from './print.js';

export type { Io };

function version(): string {
  return readPackageJson<{ version: string }>('package.json')?.version ?? '?';
}

function writeLine(stream: Writer, text: string): Promise<void> {
  return new Promise((resolve) => stream.write(`${text}\n`, () => resolve()));
}

/** The database URL a command line names (`--database URL`, else LOKET_DATABASE_URL), if any. */
function databaseUrl(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const i = argv.indexOf('--database');
  return (i >= 0 ? argv[i + 1] : undefined) ?? env.LOKET_DATABASE_URL;
}

/** Runs one command line; never throws: every failure is printed and becomes its exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  // The version needs no parser: keep the most frequent health check at bare start-up cost.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    await writeLine(io.stdout, version());
    return 0;
  }
  await setLanguage(io.env.LOKET_LANG);
  const json = argv.includes('--json');
  const [{ runProgram }, { printError, printOutput }] = await Promise.all([import('./program.js'), import('./print.js')]);
  const url = databaseUrl(argv, io.env);
  // A database connection lost outside any awaited query ends the command as a store failure (exit 3).
  const watch = url ? await (await import('../store/open-store.js')).watchLostDatabase(url) : undefined;
  try {
    const work = runProgram(argv, version(), io);
    const result = watch
      ? await Promise.race([work, watch.lost.then((error) => Promise.reject(error instanceof Error ? error : new Error(String(error))))])
      : await work;
    if (result) await printOutput(io, result.output, result.json, result.warnings);
    return result?.output.exitCode ?? 0;
  } catch (thrown) {
    const error = typedError(thrown);
    const code = exitCodeFor(error);
    await printError(io, error, json, code);
    return code;
  } finally {
    watch?.stop();
  }
}
