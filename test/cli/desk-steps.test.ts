/**
 * Steps of the menu an office found wanting (the prompts stand in, the store is real): the settings
 * changed in another terminal are seen by a running menu, a visitor who only asked is answered with
 * information at the counter (issue 26 point 11), and the signatory reads the draft before signing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { registrationArgs, runLoket, signedOffice } from '../helpers/loket.js';

const answers: string[] = [];
/** Every question asked, with the choices a list offered. */
const asked: { message: string; choices?: string[] }[] = [];
/** What a question's own check said of an answer (the prompt shows it and asks again). */
const refused: { message: string; verdict: string }[] = [];
/** The answer to every question once `answers` runs out (undefined: such a question is a failure). */
let otherwise: string | undefined;
vi.mock('../../src/cli/prompts.js', () => {
  const next = (message: string, choices?: { value: string }[]) => {
    asked.push({ message, ...(choices ? { choices: choices.map((c) => c.value) } : {}) });
    const a = answers.shift() ?? otherwise;
    if (a === undefined) throw new Error(`unexpected question: ${message}`);
    return a;
  };
  return {
    isBack: () => false,
    askSelect: vi.fn(async (message: string, choices: { value: string }[]) => next(message, choices)),
    askChecks: vi.fn(async (message: string) => next(message).split(',').filter(Boolean)),
    askText: vi.fn(async (message: string, options: { default?: string; validate?: (v: string) => unknown } = {}) => {
      for (;;) {
        const value = next(message) || options.default || '';
        const verdict = options.validate ? await options.validate(value) : true;
        if (verdict === true) return value;
        refused.push({ message, verdict: String(verdict) });
      }
    }),
  };
});

const { createContext } = await import('../../src/cli/context.js');
const { openCase } = await import('../../src/cli/desk/case-screen.js');
const { letterStep } = await import('../../src/cli/desk/letters.js');
const { guarded } = await import('../../src/cli/desk/screen.js');
const { t } = await import('../../src/i18n/index.js');
const { waitingLines } = await import('../../src/cli/commands/mail.js');
const { problemText } = await import('../../src/cli/desk/problems.js');
const { initProfile } = await import('../../src/cli/init-profile.js');
const { defaultProfile } = await import('../../src/store/defaults.js');

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const NOW = '2026-11-27T09:00:00+07:00';
const as = (user: string) => (args: string[]) => runLoket(args, { home, now: NOW, user });
async function ok(run: (args: string[]) => ReturnType<typeof runLoket>, args: string[]) {
  const r = await run([...args, '--json']);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}
const admin = as('Siti Aminah');
let walkin = '';
let letter = '';

beforeAll(async () => {
  await signedOffice(home);
  // The first officer listed is also the admin.
  await ok(admin, ['officer', 'add', 'Siti Aminah', '--role', 'penerima']);
  await ok(admin, ['officer', 'add', 'Kepala Biro', '--role', 'disposisi']);
  await ok(admin, ['officer', 'add', 'Budi Santoso', '--role', 'analis']);
  await ok(admin, ['officer', 'add', 'Ratna Dewi', '--role', 'penandatangan']);
  walkin = (
    await ok(admin, [
      'register',
      'walkin',
      '--yes',
      '--no-receipt',
      '--visitor',
      'Andi Tamu',
      '--service',
      'sosialisasi',
      '--purpose',
      'Tanya syarat narasumber',
    ])
  ).id;
  letter = (await ok(admin, registrationArgs('sosialisasi', 'Dinas Kominfo Kab. Contoh', 'Permohonan narasumber'))).id;
  await ok(as('Kepala Biro'), ['dispose', letter, '--to', 'Budi Santoso']);
  const budi = as('Budi Santoso');
  await ok(budi, ['analyse', letter, '--feasible', 'yes', '--mode', 'luring']);
  await ok(budi, ['decide', letter, '--approve', '--schedule', '2026-12-10T09:00', '--contact', 'Budi Santoso, 0812-1111-2222']);
  // One who only prepares gets a draft: it waits for the signatory.
  await ok(budi, ['reply', letter]);
}, 60_000);

const said: string[] = [];
const screen = (officer: string) => {
  const ctx = createContext({ home, as: officer }, { env: { LOKET_NOW: NOW }, stdinIsTty: true, stdoutIsTty: false });
  return { ctx, officer, say: async (s: string) => void said.push(s), warn: async () => undefined, clear: async () => undefined };
};
async function step(officer: string, run: (m: ReturnType<typeof screen>) => Promise<void>) {
  const m = screen(officer);
  try {
    await run(m);
  } finally {
    await m.ctx.close();
  }
}
const get = async (id: string) => (await runLoket(['show', id, '--json'], { home, now: NOW })).json;

describe('a running menu reads the office’s settings afresh', () => {
  it('sees a signatory set in another terminal at its next step, as the command line would', async () => {
    await step('Siti Aminah', async (m) => {
      expect((await m.ctx.profile()).signatories.reply.name).toBe('Dr. Ratna Dewi, M.Si.');
      await ok(admin, ['config', 'set', 'signatories.reply.name', 'Dr. Baru Menjabat']);
      let seen = '';
      await guarded(m, async () => void (seen = (await m.ctx.profile()).signatories.reply.name));
      expect(seen).toBe('Dr. Baru Menjabat');
    });
    await ok(admin, ['config', 'set', 'signatories.reply.name', 'Dr. Ratna Dewi, M.Si.']);
  });
});

describe('a visitor who only asked, answered with information in the menu', () => {
  it('is offered to the counter (and to the analyst), not to the signatory', async () => {
    for (const [officer, offered] of [
      ['Siti Aminah', true],
      ['Budi Santoso', true],
      ['Ratna Dewi', false],
    ] as const) {
      asked.length = 0;
      answers.push('back');
      await step(officer, (m) => openCase(m, walkin));
      expect(asked[0]?.choices?.includes('inform'), officer).toBe(offered);
    }
  });

  it('closes the case with the note, prints the slip and offers the survey; the slip can be printed again', async () => {
    said.length = 0;
    asked.length = 0;
    answers.push('langsung', 'Syarat narasumber dijelaskan lisan', 'tidak');
    await step('Siti Aminah', async (m) => letterStep(m, 'inform', await m.ctx.store().get(walkin)));
    expect(asked.map((q) => q.message)).toEqual([t('menu.ask.via'), t('menu.ask.informationNote'), t('menu.survey.offer')]);
    expect(asked[0]?.choices?.[0]).toBe('langsung');
    expect(asked[0]?.choices).not.toContain('none');
    const c = await get(walkin);
    expect(c).toMatchObject({
      status: 'answered',
      answer: { via: 'langsung', note: 'Syarat narasumber dijelaskan lisan', information: true, by: 'Siti Aminah' },
    });
    expect(said.join('\n')).toContain(t('workflow.slip', { file: '' }).trim());
    // The answered case's screen: the slip again, and no step left to the counter.
    said.length = 0;
    asked.length = 0;
    answers.push('slip', 'back');
    await step('Siti Aminah', (m) => openCase(m, walkin));
    expect(asked[0]?.choices).toEqual(['history', 'receipt', 'slip', 'back']);
    expect(said.join('\n')).toContain(t('workflow.slip', { file: '' }).trim());
  }, 30_000);
});

describe('the signatory reads the draft before it is numbered', () => {
  it('shows the draft’s text, and going back gives no number', async () => {
    said.length = 0;
    answers.push('tidak');
    await step('Ratna Dewi', async (m) => letterStep(m, 'sign', await m.ctx.store().get(letter)));
    const shown = said.join('\n');
    expect(shown).toContain('Dinas Kominfo Kab. Contoh');
    expect(shown).toContain(t('menu.backNothingSaved'));
    const c = await get(letter);
    expect(c.reply).toBeUndefined();
    expect(c.draft).toMatchObject({ kind: 'reply', by: 'Budi Santoso' });
  }, 30_000);

  it('signs after the text was shown: the number comes only then', async () => {
    said.length = 0;
    answers.push('ya');
    await step('Ratna Dewi', async (m) => letterStep(m, 'sign', await m.ctx.store().get(letter)));
    const c = await get(letter);
    expect(c.reply.letterNumber).toBeTruthy();
    const shown = said.join('\n');
    // The draft's text stands before the question was answered; the number after it.
    expect(shown.indexOf('Dinas Kominfo Kab. Contoh')).toBeLessThan(shown.indexOf(c.reply.letterNumber));
  }, 30_000);
});

describe('what the menu says, in words a receptionist reads', () => {
  const waiting = [
    { from: 'humas@contoh.go.id', subject: 'Undangan', reason: 'unplaced' },
    { from: 'dinas@contoh.go.id', subject: 'Berkas besar', reason: 'tooLarge', size: 2.7 * 1024 * 1024 },
  ] as Parameters<typeof waitingLines>[0];

  it('names no command-line option in the mailbox, and writes sizes with the decimal comma', () => {
    const menu = waitingLines(waiting, 1, 'menu').join('\n');
    expect(menu).not.toMatch(/`loket|--service/);
    expect(menu).toContain(t('menu.mail.why.unplaced'));
    expect(menu).toContain('2,7 MB');
    // The command line keeps its own wording, the option it names included.
    expect(waitingLines(waiting, 1, 'command').join('\n')).toContain(t('mail.why.unplaced'));
  });

  it('says a file over the limit without the command to change it', () => {
    const text = problemText({ field: 'file', key: 'input.fileTooLarge', params: { value: 'a.pdf', mb: 60, max: 50 } });
    expect(text).not.toContain('`loket');
    expect(text).toContain('60 MB');
  });

  it('keeps the welcome and the refused visit date within 100 columns', () => {
    expect(t('menu.firstRun').length).toBeLessThanOrEqual(100);
    // After the prompt's "> ".
    expect(t('menu.input.visitFuture', { value: '30/11/2026', today: '27/11/2026' }).length).toBeLessThanOrEqual(98);
  });

  it('asks an empty signatory name or NIP once more at set-up; Enter again leaves it for later', async () => {
    refused.length = 0;
    asked.length = 0;
    otherwise = '';
    try {
      const profile = await initProfile({ interactive: true } as never, {}, defaultProfile());
      expect(profile.signatories.reply.name).toBe('');
    } finally {
      otherwise = undefined;
    }
    expect(refused.map((r) => r.message)).toEqual(expect.arrayContaining([t('init.ask.signerName'), t('init.ask.signerNip')]));
    expect(new Set(refused.map((r) => r.verdict))).toEqual(new Set([t('init.signerEmpty')]));
    // Asked twice each, then left.
    expect(asked.filter((q) => q.message === t('init.ask.signerName'))).toHaveLength(2);
  });

  it('warns at set-up when a document could not be signed', async () => {
    const other = tempHome();
    try {
      const r = await runLoket(['init', '--yes'], { home: other.home });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(t('warn.signatoryUnset', { document: t('signatory.document.reply'), parts: 'nama, NIP' }));
      const signed = tempHome();
      try {
        await signedOffice(signed.home);
        expect((await runLoket(['init', '--yes'], { home: signed.home })).stderr).not.toContain(t('signatory.document.reply'));
      } finally {
        signed.cleanup();
      }
    } finally {
      other.cleanup();
    }
  });
});
