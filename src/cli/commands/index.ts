/** Every command group, registered on the program. Handlers import their heavy parts lazily. */
import type { Command } from 'commander';
import type { Runner } from '../program.js';
import { registerAdmin } from './admin.js';
import { registerCalendar } from './calendar.js';
import { registerCases } from './cases.js';
import { registerRegister } from './register.js';

/** Adds all command groups to the program. */
export function registerCommands(program: Command, run: Runner): void {
  registerAdmin(program, run);
  registerCalendar(program, run);
  registerRegister(program, run);
  registerCases(program, run);
}
