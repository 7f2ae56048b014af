/**
 * Running a loket command line in the test's own process: the same parsing, context, handlers and
 * output formatting as `bin/loket.js`, without starting Node for each call. Spawned runs
 * (helpers/cli.ts) are kept for what only a process shows: start-up, exit codes of the real entry
 * point, crashes, locks between processes.
 */
import { runProgram } from '../../src/cli/program.js';
import { formatError, formatOutput } from '../../src/cli/format-output.js';
import { exitCodeFor, typedError } from '../../src/errors.js';
import { setLanguage } from '../../src/i18n/index.js';
import type { CliResult } from './cli.js';

export { letterArgs, tempHome, type CliResult } from './cli.js';

function parsed(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/** Runs `loket ARGS` in-process with LOKET_HOME, LOKET_NOW and LOKET_USER set; never throws on a failure. */
export async function runLoket(
  args: string[],
  options: { home: string; now?: string; user?: string; env?: Record<string, string> },
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    LOKET_HOME: options.home,
    LOKET_USER: options.user ?? 'resepsionis',
    ...(options.now ? { LOKET_NOW: options.now } : {}),
    ...options.env,
  };
  await setLanguage(env.LOKET_LANG);
  const json = args.includes('--json');
  let printed;
  let code: number;
  try {
    const result = await runProgram(args, '0.0.0-test', { env, stdinIsTty: false, stdoutIsTty: false });
    printed = result ? formatOutput(result.output, result.json, result.warnings) : { stdout: '', stderr: '' };
    code = result?.output.exitCode ?? 0;
  } catch (thrown) {
    const error = typedError(thrown);
    code = exitCodeFor(error);
    printed = formatError(error, json, code);
  }
  // As print.ts writes them: each non-empty stream ends with a newline.
  const line = (text: string) => (text && !text.endsWith('\n') ? `${text}\n` : text);
  return { code, stdout: line(printed.stdout), stderr: line(printed.stderr), json: parsed(printed.stdout) };
}

/** `init` flags that give every document a configured signatory (documents are refused without one). */
export const SIGNERS = [
  '--signer-name',
  'Dr. Ratna Dewi, M.Si.',
  '--signer-nip',
  '197001011990032001',
  '--recommendation-signer-name',
  'Dr. Ratna Dewi, M.Si.',
  '--recommendation-signer-nip',
  '197001011990032001',
  '--certificate-signer-name',
  'Prof. Agus Pramusinto',
  '--certificate-signer-nip',
  '196508171990031002',
];

/** Sets up an office whose documents can be signed (the default profile has no signatory names). */
export async function signedOffice(home: string, env: Record<string, string> = {}): Promise<void> {
  const r = await runLoket(['init', '--yes', ...SIGNERS], { home, env });
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
}
