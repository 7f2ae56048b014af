/** Command handlers called directly with typed input, as another program (or the menu) would. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { registerLetterCommand, registerWalkinCommand } from '../../src/cli/commands/register.js';
import { decideCommand, disposeCommand } from '../../src/cli/commands/workflow.js';
import { dueCommand } from '../../src/cli/commands/reports.js';
import { showCommand } from '../../src/cli/commands/cases.js';
import { tempHome } from '../helpers/cli.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const ctx = (now: string) =>
  createContext(
    { json: true },
    { env: { LOKET_HOME: home, LOKET_NOW: now, LOKET_USER: 'resepsionis' }, stdinIsTty: false, stdoutIsTty: false },
  );

describe('handlers take typed input and return data', () => {
  it('register, dispose and the morning report', async () => {
    const letter = await registerLetterCommand.run(ctx('2026-03-02T09:00:00+07:00'), {
      service: 'sosialisasi',
      channel: 'surat',
      applicant: 'Dinas Kominfo',
      subject: 'Permohonan narasumber',
      receipt: false,
      mailReceipt: true,
    });
    expect(letter.json).toMatchObject({ id: '2026-0001', answerDue: '2026-03-09', receipt: null });
    const walkin = await registerWalkinCommand.run(ctx('2026-03-02T09:00:00+07:00'), {
      visitor: 'Siti',
      service: 'sosialisasi',
      purpose: 'Konsultasi sosialisasi',
      receipt: false,
    });
    expect(walkin.json).toMatchObject({ id: '2026-0002', kind: 'walkin' });
    await disposeCommand.run(ctx('2026-03-02T10:00:00+07:00'), { id: '2026-0001', to: 'Budi Santoso', urgency: 'segera' });
    expect((await showCommand.run(ctx('2026-03-02T10:00:00+07:00'), { id: '2026-0001' })).json).toMatchObject({
      status: 'disposed',
      officer: 'Budi Santoso',
    });
    const due = await dueCommand.run(ctx('2026-03-10T09:00:00+07:00'), { within: '3', exitCode: true });
    expect(due.exitCode).toBe(4);
    // The walk-in was due an office hour after its visit, the letter at the end of 9 March.
    expect(due.json).toMatchObject({ overdue: [{ id: '2026-0002' }, { id: '2026-0001', lateWorkingDays: 1 }] });
  });

  it('refusals name the input fields; the command line turns them into flags', async () => {
    await registerLetterCommand.run(ctx('2026-03-02T09:00:00+07:00'), {
      service: 'sosialisasi',
      channel: 'surat',
      applicant: 'A',
      subject: 'B',
      receipt: false,
      mailReceipt: true,
    });
    await expect(decideCommand.run(ctx('2026-03-02T10:00:00+07:00'), { id: '2026-0001', approve: true })).rejects.toMatchObject({
      problems: [{ field: 'schedule' }, { field: 'contact' }],
    });
  });
});
