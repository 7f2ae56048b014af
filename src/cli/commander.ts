/** commander, loaded through `require` (see src/cjs.ts), with its types. */
import { requireCjs } from '../cjs.js';

const commander = requireCjs('commander') as typeof import('commander');

export const { Command, Option, CommanderError } = commander;
export type Command = import('commander').Command;
export type CommanderError = import('commander').CommanderError;
