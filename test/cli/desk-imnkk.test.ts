/**
 * IM-NKK from the menu (the prompts stand in, the store is real): the requirements that arrived start
 * the clock, a held visit dated ahead and a plenary whose criteria do not add up are refused at their
 * question, and the certificate with its recommendation letter is issued, its text shown.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { runLoket, signedOffice } from '../helpers/loket.js';

const answers: string[] = [];
const refused: string[] = [];
vi.mock('../../src/cli/prompts.js', () => {
  const next = () => answers.shift() ?? '';
  return {
    isBack: () => false,
    askSelect: vi.fn(async () => next()),
    askChecks: vi.fn(async () => next().split(',').filter(Boolean)),
    askText: vi.fn(async (_message: string, options: { default?: string; validate?: (v: string) => unknown } = {}) => {
      for (;;) {
        const value = next() || options.default || '';
        const verdict = value && options.validate ? await options.validate(value) : true;
        if (verdict === true) return value;
        refused.push(String(verdict));
      }
    }),
  };
});

const { createContext } = await import('../../src/cli/context.js');
const { imnkkStep } = await import('../../src/cli/desk/imnkk.js');
const { letterStep } = await import('../../src/cli/desk/letters.js');
const { t } = await import('../../src/i18n/index.js');

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const NOW = '2026-11-27T09:00:00+07:00';
let id = '';

beforeAll(async () => {
  await signedOffice(home);
  const r = await runLoket(
    ['register', 'letter', '--yes', '--json', '--no-receipt', '--service', 'imnkk', '--channel', 'surat'].concat([
      '--applicant',
      'Pemerintah Kabupaten Contoh',
      '--subject',
      'Permohonan Pengukuran IM-NKK',
      '--received-at',
      '2026-11-02T09:00',
    ]),
    { home, now: NOW },
  );
  id = r.json.id;
}, 60_000);

describe('IM-NKK in the menu', () => {
  const said: string[] = [];
  const screen = () => {
    const ctx = createContext({ home, as: 'Budi Santoso' }, { env: { LOKET_NOW: NOW }, stdinIsTty: true, stdoutIsTty: false });
    return {
      ctx,
      officer: 'Budi Santoso',
      say: async (s: string) => void said.push(s),
      warn: async () => undefined,
      clear: async () => undefined,
    };
  };
  const step = async (run: (m: ReturnType<typeof screen>) => Promise<void>) => {
    const m = screen();
    try {
      await run(m);
    } finally {
      await m.ctx.close();
    }
  };
  const get = async () => (await runLoket(['show', id, '--json'], { home, now: NOW })).json;

  it('records the four requirements that arrived; the clock starts on the day they came, asked in people’s dates', async () => {
    answers.push(
      'ethics-regulation,sinden-account,operator-letter,self-assessment',
      'Perbup No. 12 Tahun 2025',
      'pemkab-contoh',
      '800/12/2026',
    );
    answers.push('01/11/2026', '20/11/2026');
    await step(async (m) => imnkkStep(m, 'imnkkRequirements', await m.ctx.store().get(id)));
    expect(refused).toEqual([t('input.requirementBeforeReceipt', { value: '01/11/2026', received: '02/11/2026' })]);
    const c = await get();
    expect(c.imnkk).toMatchObject({
      clockStart: '2026-11-20',
      requirements: { sindenAccount: 'pemkab-contoh', selfAssessment: '2026-11-20' },
    });
    expect(said.at(-1)).toContain(t('imnkk.clock', { id, start: '20 November 2026', due: '' }).split(',')[0] ?? '');
  });

  it('refuses a held visit dated ahead at its question, then records it', async () => {
    refused.length = 0;
    answers.push('held', '30/11/2026', '26/11/2026', 'luring', 'Budi, Ani', '');
    await step(async (m) => imnkkStep(m, 'imnkkVisit', await m.ctx.store().get(id)));
    expect(refused).toEqual([t('menu.input.visitFuture', { value: '30/11/2026', today: '27/11/2026' })]);
    expect((await get()).imnkk.verifications).toEqual([{ date: '2026-11-26', mode: 'luring', team: ['Budi', 'Ani'] }]);
  });

  it('refuses criteria that do not add up to the score, then records the plenary', async () => {
    refused.length = 0;
    answers.push('27/11/2026', '12/KEP/2026', '218', '60,58,50,49', '60,58,50,50', 'Perkuat internalisasi; Lengkapi bukti');
    await step(async (m) => imnkkStep(m, 'imnkkPlenary', await m.ctx.store().get(id)));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('217');
    expect((await get()).imnkk.plenary).toMatchObject({
      score: 218,
      index: 0.73,
      category: 'Tinggi',
      criteria: [60, 58, 50, 50],
      recommendations: ['Perkuat internalisasi', 'Lengkapi bukti'],
    });
  });

  it('issues the certificate and its letter (an office without roles signs at once), their text on the screen', async () => {
    said.length = 0;
    answers.push('');
    await step(async (m) => letterStep(m, 'certificate', await m.ctx.store().get(id)));
    const c = await get();
    expect(c.imnkk.certificate.code).toMatch(/^[0-9A-Z]{4}-/);
    const shown = said.join('\n');
    expect(shown).toContain(c.imnkk.certificate.code);
    expect(shown).toContain('Pemerintah Kabupaten Contoh');
    expect(shown).toContain(c.reply.letterNumber);
  }, 30_000);
});
