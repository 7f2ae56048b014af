import { afterAll, describe, expect, it } from 'vitest';
import { choiceKey, choicesInHelp, type ChoiceWords } from '../../src/cli/choice-words.js';
import { STATUSES, SUBSTANTIATED } from '../../src/domain/model.js';
import { setLanguage } from '../../src/i18n/index.js';

const CHANNELS = ['surat', 'email', 'langsung', 'wbs'];
const status: ChoiceWords = { catalogue: 'status' };
const substantiated: ChoiceWords = { catalogue: 'substantiated', also: { ya: 'yes', tidak: 'no', sebagian: 'partly' } };

afterAll(() => setLanguage('id'));

describe('a choice typed as people type it', () => {
  it.each<[ChoiceWords | undefined, readonly string[], string, string | undefined]>([
    [status, STATUSES, 'registered', 'registered'],
    [status, STATUSES, 'terdaftar', 'registered'],
    [status, STATUSES, '  Terdaftar ', 'registered'],
    [status, STATUSES, 'arsip  impor', 'archived'],
    [status, STATUSES, 'selesai', undefined],
    [substantiated, SUBSTANTIATED, 'terbukti sebagian', 'partly'],
    [substantiated, SUBSTANTIATED, 'ya', 'yes'],
    [substantiated, SUBSTANTIATED, 'sebagian', 'partly'],
    [{ labels: 'mode' }, ['luring', 'daring'], 'Daring (dalam jaringan)', 'daring'],
    [{ labels: 'channel' }, CHANNELS, 'Surat', 'surat'],
    [{ labels: 'channel' }, CHANNELS, 'e-mail', 'email'],
    [{ labels: 'channel' }, CHANNELS, 'Datang  langsung', 'langsung'],
    [{ labels: 'channel' }, CHANNELS, 'WHISTLE BLOWING SYSTEM', 'wbs'],
    [{ labels: 'channel' }, CHANNELS, 'In person', 'langsung'],
    [{ labels: 'channel' }, CHANNELS, 'Letter', 'surat'],
    [{ labels: 'channel' }, CHANNELS, 'fax', undefined],
    [undefined, ['a', 'b'], 'A', 'a'],
    [undefined, ['a', 'b'], 'constructor', undefined],
  ])('%j of %j: %j → %j', (words, choices, typed, expected) => {
    expect(choiceKey(words, choices, typed)).toBe(expected);
  });

  it('in English the English word is understood too, and the Indonesian one still', async () => {
    await setLanguage('en');
    expect(choiceKey(status, STATUSES, 'disposed')).toBe('disposed');
    expect(choiceKey(status, STATUSES, 'didisposisi')).toBe('disposed');
    expect(choicesInHelp(status, STATUSES.slice(0, 2))).toEqual(['registered', 'disposed']);
    await setLanguage('id');
    expect(choicesInHelp(status, STATUSES.slice(0, 2))).toEqual(['terdaftar', 'didisposisi']);
  });
});
