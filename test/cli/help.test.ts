import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';

function leaves(cmd: Command, path: string[] = []): [string, Command][] {
  const subs = cmd.commands.filter((c) => c.name() !== 'help');
  if (!subs.length) return [[path.join(' '), cmd]];
  return subs.flatMap((c) => leaves(c, [...path, c.name()]));
}

describe('help', () => {
  it('every command has examples in its help', async () => {
    const sink = { write: (_: string, done: () => void) => done() };
    const program = await buildProgram('0.0.0', {}, [], { env: {}, stdinIsTty: false, stdoutIsTty: false, stdout: sink, stderr: sink });
    const commands = leaves(program);
    expect(commands.length).toBeGreaterThan(25);
    for (const [name, cmd] of commands) {
      let text = '';
      cmd.configureOutput({ writeOut: (s) => (text += s) });
      cmd.outputHelp();
      expect(text, name).toContain('Contoh:');
      expect(text, name).toContain(`$ loket ${name}`);
    }
  });
});
