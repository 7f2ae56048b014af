/** Issue 26: an unknown option is named as unknown, before any missing one; a missing required option is said to be required. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, signedOffice, tempHome } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const run = (args: string[]) => runLoket(args, { home, now: '2026-03-16T09:00:00+07:00' });

beforeAll(async () => {
  await signedOffice(home);
  expect((await run(letterArgs())).code).toBe(0);
});

describe('options refused by name', () => {
  it.each([
    [['examine', '1', '--bogus', 'x'], '--bogus: opsi tidak dikenal: --bogus'],
    [['dispose', '1', '--bogus', 'x'], '--bogus: opsi tidak dikenal: --bogus'],
    [['recap', '--bogus'], '--bogus: opsi tidak dikenal: --bogus'],
    [['register', 'letter', '--bogus', 'x'], '--bogus: opsi tidak dikenal: --bogus'],
    [['examine', '1'], '--finding: opsi --finding <text> wajib diberikan'],
    [['recap'], '--month: opsi --month <yyyy-mm> wajib diberikan'],
    [['examine', '1', '--finding'], '--finding: opsi --finding <text> memerlukan nilai'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(1);
  });

  it('in English too', async () => {
    const r = await runLoket(['recap'], { home, env: { LOKET_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--month: option --month <yyyy-mm> is required');
  });
});
