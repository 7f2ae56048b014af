/** The process's own settings, terminal and streams, as a run's Io. */
import type { Io } from './program.js';

/** The Io of this process; a reader that closed the pipe early (`loket due | head -1`) is not an error. */
export function processIo(): Io {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  return {
    env: process.env,
    stdinIsTty: !!process.stdin.isTTY,
    stdoutIsTty: !!process.stdout.isTTY,
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
