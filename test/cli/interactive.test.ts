import { render } from '@inquirer/testing';
import { input } from '@inquirer/prompts';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const answers: string[] = [];
const asked: string[] = [];
vi.mock('../../src/cli/prompts.js', () => {
  const next = (message: string) => {
    asked.push(message);
    const a = answers.shift();
    if (a === undefined) throw new Error(`unexpected question: ${message}`);
    return Promise.resolve(a);
  };
  return { askText: vi.fn(next), askSelect: vi.fn(next) };
});

const { askMissing } = await import('../../src/cli/ask-missing.js');
const { WALKIN_OPTIONS } = await import('../../src/cli/register-options.js');
const { parseRegistration } = await import('../../src/app/registration-checks.js');
const { runMenu } = await import('../../src/cli/menu.js');
const { emailOption, validatorOf } = await import('../../src/app/typed-values.js');
const { t } = await import('../../src/i18n/index.js');

beforeEach(() => {
  answers.length = 0;
  asked.length = 0;
});

describe('the walk-in flow in a terminal', () => {
  it('asks only what the flags did not give, in order, and the answers make a valid registration', async () => {
    answers.push('Bawaslu Kota Contoh', '0812-3456-7890', 'sosialisasi', 'Konsultasi netralitas ASN', '', '', '', 'ya', 'tidak', '');
    const raw = await askMissing(WALKIN_OPTIONS, { visitor: 'Siti Aminah' });
    expect(asked).toEqual([
      t('ask.institution'),
      t('ask.contact'),
      t('ask.service'),
      t('ask.purpose'),
      t('ask.activity'),
      t('ask.eventDate'),
      t('ask.eventPlace'),
      t('ask.broughtLetter'),
      t('ask.showedId'),
      t('ask.idDoc'),
    ]);
    expect(raw).toEqual({
      visitor: 'Siti Aminah',
      institution: 'Bawaslu Kota Contoh',
      contact: '0812-3456-7890',
      service: 'sosialisasi',
      purpose: 'Konsultasi netralitas ASN',
      broughtLetter: true,
    });
    const { input: reg } = parseRegistration(
      { ...raw, service: 'sosialisasi' },
      'walkin',
      Date.parse('2026-11-27T09:00:00Z'),
      'siti',
      'Asia/Jakarta',
      50 * 1024 * 1024,
    );
    expect(reg).toMatchObject({ kind: 'walkin', channel: 'langsung', service: 'sosialisasi', subject: 'Konsultasi netralitas ASN' });
  });

  it('asks nothing when every field was given', async () => {
    const given = {
      visitor: 'A',
      institution: 'B',
      contact: '0812345678',
      service: 'pengaduan',
      reportType: 'saran',
      protectIdentity: false,
      about: '2026-0001',
      concerning: 'Loket',
      purpose: 'C',
      idDoc: '/tmp/x',
    };
    expect(await askMissing(WALKIN_OPTIONS, given)).toEqual(given);
    expect(asked).toEqual([]);
  });
});

describe('the menu', () => {
  it('without a terminal shows the help instead of prompting', async () => {
    const quiet = async () => undefined;
    const io = { run: quiet, say: quiet, warn: quiet, clear: quiet, session: () => ({}) as never };
    const out = await runMenu({ interactive: false } as never, 'Usage: loket', io);
    expect(out.text).toBe('Usage: loket');
    expect(asked).toEqual([]);
  });
});

describe('inline validation in a real prompt (@inquirer/testing)', () => {
  it('shows the Indonesian message for a bad e-mail and accepts a good one', async () => {
    const { answer, events, getScreen } = await render(input, { message: t('ask.email'), validate: validatorOf(emailOption) });
    events.type('bukan-email');
    events.keypress('enter');
    await vi.waitFor(() => expect(getScreen()).toContain('bukan alamat e-mail yang sah'));
    events.keypress({ name: 'backspace' });
    for (let i = 0; i < 20; i++) events.keypress({ name: 'backspace' });
    events.type('humas@contoh.go.id');
    events.keypress('enter');
    await expect(answer).resolves.toBe('humas@contoh.go.id');
  });
});
