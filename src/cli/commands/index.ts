/** Every command group, registered on the program. Handlers import their heavy parts lazily. */
import type { Command } from 'commander';
import type { Runner } from '../program.js';
import { registerCalendar } from './calendar.js';

/** Adds all command groups to the program. */
export function registerCommands(program: Command, run: Runner): void {
  registerCalendar(program, run);
}
