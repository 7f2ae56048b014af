/**
 * Test files share their worker's modules (vitest.config.ts, isolate: false), so the state a module
 * keeps between calls is put back before each file as a fresh import would have it: a command run
 * with LOKET_LANG=en leaves the catalogue in English, and the next file expects Indonesian.
 */
import { beforeAll } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';

beforeAll(async () => {
  await setLanguage('id');
});
