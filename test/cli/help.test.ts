/** The help of every command, in both interface languages: examples, and no catalogue key or internal word left in it. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { isMessageKey, setLanguage } from '../../src/i18n/index.js';
import { STATUSES } from '../../src/domain/model.js';

function leaves(cmd: Command, path: string[] = []): [string, Command][] {
  const subs = cmd.commands.filter((c) => c.name() !== 'help');
  const own: [string, Command][] = [[path.join(' '), cmd]];
  return subs.length ? [...own, ...subs.flatMap((c) => leaves(c, [...path, c.name()]))] : own;
}

async function helpTexts(lang: 'id' | 'en'): Promise<[string, string, boolean][]> {
  await setLanguage(lang);
  const sink = { write: (_: string, done: () => void) => done() };
  const program = await buildProgram('0.0.0', {}, [], { env: {}, stdinIsTty: false, stdoutIsTty: false, stdout: sink, stderr: sink });
  return leaves(program).map(([name, cmd]) => {
    let text = '';
    cmd.configureOutput({ writeOut: (s) => (text += s) });
    cmd.outputHelp();
    return [name, text, cmd.commands.length === 0];
  });
}

afterAll(() => setLanguage('id'));

describe.each(['id', 'en'] as const)('help in %s', (lang) => {
  it('every command has examples, and no help line shows a catalogue key', async () => {
    const texts = await helpTexts(lang);
    expect(texts.length).toBeGreaterThan(40);
    for (const [name, text, leaf] of texts) {
      if (leaf) {
        expect(text, name).toContain(lang === 'id' ? 'Contoh:' : 'Examples:');
        expect(text, name).toContain(`$ loket ${name}`);
      }
      const keys = (text.match(/\b[a-z][a-zA-Z]*(\.[a-zA-Z-]+)+\b/g) ?? []).filter((w) => isMessageKey(w));
      expect(keys, name).toEqual([]);
      // The alias is understood, not advertised; commander's English "default" never shows.
      expect(text, name).not.toMatch(/analyse\|analyze|\(default: "/);
    }
  });

  it.runIf(lang === 'id')('Indonesian help names choices as the tables print them, never by their English keys', async () => {
    for (const [name, text] of await helpTexts('id')) {
      const options = text.split(/\n(?:Contoh|Examples):/)[0] ?? '';
      for (const status of STATUSES) expect(options, `${name}: ${status}`).not.toMatch(new RegExp(`\\b${status}\\b`));
      expect(options, name).not.toMatch(/\bdefault\b|<yes\|no>|\(yes \| no\)/);
    }
  });
});
