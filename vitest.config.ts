import { defineConfig } from 'vitest/config';

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
    // End-to-end tests spawn the built CLI; two workers fit the two cores of these machines.
    maxWorkers: 2,
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
