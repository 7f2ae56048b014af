/** Running the built CLI (`bin/loket.js`) as a user would, against a temporary LOKET_HOME. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/loket.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (undefined when it is not JSON). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A fresh LOKET_HOME folder; `cleanup` removes it. */
export function tempHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'loket-test-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/** Runs `loket ARGS` with LOKET_HOME, LOKET_NOW and LOKET_USER set; never throws on a non-zero exit. */
export function runCli(
  args: string[],
  options: { home: string; now?: string; user?: string; env?: Record<string, string> },
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOKET_HOME: options.home,
    LOKET_USER: options.user ?? 'resepsionis',
    ...(options.now ? { LOKET_NOW: options.now } : {}),
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}

/** Flags of a letter received by post for `service`, without a receipt: what most tests register first. */
export function registrationArgs(service: 'sosialisasi' | 'imnkk' | 'pengaduan', applicant: string, subject: string): string[] {
  return [
    'register',
    'letter',
    '--yes',
    '--no-receipt',
    '--service',
    service,
    '--channel',
    'surat',
    '--applicant',
    applicant,
    '--subject',
    subject,
  ];
}

/** Flags of a minimal valid letter registration (with --json), merged with `extra`. */
export function letterArgs(extra: string[] = []): string[] {
  return [...registrationArgs('sosialisasi', 'Dinas Kominfo Kab. Contoh', 'Permohonan narasumber'), '--json', ...extra];
}
