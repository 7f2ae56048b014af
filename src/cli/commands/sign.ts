/** `loket sign ID`: the signatory numbers and signs the draft prepared for them. */
import { signPending } from '../../app/sign-pending.js';
import { command, ID_ARG } from '../command-spec.js';
import { certificateOutput } from './imnkk.js';
import { replyOutput } from './letters.js';

export const signCommand = command({
  name: 'sign',
  description: 'help.sign',
  args: [ID_ARG],
  examples: ['loket sign 2026-0042', 'loket sign 2026-0042 --as "Dr. Ratna Dewi, M.Si." --json'],
  async run(ctx, { id }) {
    const pending = await signPending(ctx, id);
    return pending.kind === 'reply' ? replyOutput(pending.outcome) : certificateOutput(pending.outcome);
  },
});
