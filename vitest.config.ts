import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm run test:fast` sets LOKET_TEST_RAM: the stores the tests make go to a RAM file system when the
// machine has one with room (/dev/shm). Creating and renaming files on these machines' virtual disk cost
// up to a fifth of the loop's wall time (22.8/26.2 s against 17.9/20.4 s while the host was quick; within
// the noise when it was slow); durability is tested by `npm test` and CI, which keep the system's
// temporary folder.
function ramTemp(): Record<string, string> {
  if (!process.env.LOKET_TEST_RAM) return {};
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize < 2 ** 30) return {};
    // One folder per run, removed when the run ends: what a test leaves behind does not stay in memory.
    const dir = mkdtempSync('/dev/shm/loket-tests-');
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { TMPDIR: dir };
  } catch {
    return {};
  }
}

// The whole suite's slow files mostly wait (on PostgreSQL, Dovecot, Chromium, the processes they spawn),
// so it runs half as many workers again as there are cores: on these 2-core machines, npm test took
// 87.9 / 98.5 / 107.4 s with three workers and 115.2 / 118.3 s with two (2026-12-04, `node -e 0`
// 50–70 ms; four workers, 97.8 / 104.2 s, were no quicker and load the machine more). The fast
// loop (LOKET_TEST_RAM set) is all computation in its workers: one per core (11.0 / 11.2 s with two
// workers against 11.7 / 11.8 s with three).
function workers(): number {
  const cores = availableParallelism();
  return process.env.LOKET_TEST_RAM ? cores : Math.max(2, Math.round(cores * 1.5));
}

// Files that replace a module with vi.mock need a module graph of their own; every other file shares
// its worker's, which saves each file importing src and the libraries again (about half of test:fast).
const MOCKING = [
  'test/cli/desk-steps.test.ts',
  'test/cli/desk-form.test.ts',
  'test/cli/desk-imnkk.test.ts',
  'test/cli/interactive.test.ts',
  'test/cli/desk-morning.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['test/setup/file-state.ts'],
    maxWorkers: workers(),
    env: ramTemp(),
    // Each file's transformed code kept on disk (node_modules/.experimental-vitest-cache), keyed by its
    // content: a run after the first transforms only what changed. Two pairs of test:fast run in turn
    // on 2026-12-03: 37.2 / 38.4 s without against 30.3 / 30.3 s with (CPU 64–67 s against 54 s).
    experimental: { fsModuleCache: true },
    tags: [
      {
        name: 'slow',
        description:
          'spawns processes or starts servers (the built bin, PostgreSQL, Dovecot, SMTP, Chromium, a pseudo-terminal): run by npm test and CI, left out of npm run test:fast',
      },
    ],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
