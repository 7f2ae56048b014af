/**
 * Running a loket command line in the test's own process: `run(argv, io)`, the same entry
 * `bin/loket.js` calls, with the output captured instead of printed. Spawned runs (helpers/cli.ts)
 * are kept for what only a process shows: start-up, crashes, locks between processes.
 */
import { run } from '../../src/cli/run.js';
import type { Writer } from '../../src/cli/print.js';
import type { CliResult } from './cli.js';

export { letterArgs, registrationArgs, tempHome, type CliResult } from './cli.js';

function parsed(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/** A stream that keeps what is written to it. */
function capture(): Writer & { text: string } {
  return {
    text: '',
    write(text: string, done: () => void) {
      this.text += text;
      done();
      return true;
    },
  };
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
  const stdout = capture();
  const stderr = capture();
  const code = await run(args, { env, stdinIsTty: false, stdoutIsTty: false, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text, json: parsed(stdout.text) };
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
