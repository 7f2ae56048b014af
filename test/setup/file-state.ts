/**
 * Test files share their worker's modules (vitest.config.ts, isolate: false), so the state a module
 * keeps between calls is put back before each file as a fresh import would have it: a command run
 * with LOKET_LANG=en leaves the catalogue in English, and the next file expects Indonesian. It is put
 * back when this setup runs, before the file is read: a file's tables (`it.each`) are worded as the
 * file is collected, before any `beforeAll`.
 */
import { setLanguage } from '../../src/i18n/index.js';

await setLanguage('id');
