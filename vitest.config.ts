import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the built CLI; two workers fit the two cores of these machines.
    maxWorkers: 2,
    tags: [
      {
        name: 'slow',
        description:
          'spawns processes or starts servers (the built bin, PostgreSQL, Dovecot, SMTP, Chromium, a pseudo-terminal): run by npm test and CI, left out of npm run test:fast',
      },
    ],
  },
});
