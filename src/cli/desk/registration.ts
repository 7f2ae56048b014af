/**
 * Registering at the counter from the menu: the questions `register walkin` and `register letter`
 * declare, each answer checked as it is given against the answers before it by the registration's own
 * rules (a letter dated after the day it came is refused at its question, not after the last one), then
 * the same handler as the command line. What it still refuses is asked again; nothing typed is lost.
 */
import { parseRegistration } from '../../app/registration-checks.js';
import { dateOption, dateTimeOption, emailOption, fileOption, phoneOption } from '../../app/typed-values.js';
import { checklists } from '../../app/checklists.js';
import { nextSteps } from '../../domain/next-steps.js';
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Profile } from '../../domain/profile.js';
import { attachmentLimitBytes } from '../../store/defaults.js';
import { choiceName } from '../choice-words.js';
import type { AskCheck, OptionSpecs } from '../command-spec.js';
import { textOf } from '../output.js';
import { LETTER_OPTIONS, WALKIN_OPTIONS } from '../register-options.js';
import { readInput } from '../typed-options.js';
import { checkWith, runForm, type Answers, type Question } from './form.js';
import { problemText } from './problems.js';
import { tell, type Screen } from './screen.js';

type Fields = Record<string, unknown>;

const CHECKS: Record<AskCheck, ReturnType<typeof checkWith>> = {
  date: checkWith(dateOption),
  dateTime: checkWith(dateTimeOption),
  email: checkWith(emailOption),
  phone: checkWith(phoneOption),
  file: checkWith(fileOption),
};

/** The answers as a command line's options: a "no" is an option not given. */
function fieldsOf(answers: Answers): Fields {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== false));
}

/** The declared questions of a registration as the menu asks them, each with `check` for what it is given. */
export function registrationQuestions(
  options: OptionSpecs,
  check: (key: string, value: string, answers: Answers) => string | true | Promise<string | true>,
): Question[] {
  return Object.entries(options).flatMap(([key, option]): Question[] => {
    const ask = option.ask;
    if (!ask) return [];
    const message = t(ask.question);
    const when = ask.when ? (a: Answers) => ask.when?.(fieldsOf(a)) ?? true : undefined;
    if (!option.flags.includes('<')) return [{ key, kind: 'yesno', message, ...(ask.noFirst ? { noFirst: true } : {}), when }];
    const values = ask.options ? (a: Answers) => ask.options?.(fieldsOf(a)) ?? [] : option.choices ? () => option.choices ?? [] : undefined;
    if (values) {
      const named = (v: string) => (option.words ? choiceName(option.words, v) : v);
      return [
        {
          key,
          kind: 'select',
          message,
          skippable: !!ask.skippable,
          when,
          choices: (a) => values(a).map((v) => ({ value: v, name: named(v) })),
        },
      ];
    }
    const required = ask.required;
    return [
      {
        key,
        kind: 'text',
        message,
        when,
        required: typeof required === 'function' ? (a: Answers) => required(fieldsOf(a)) : !!required,
        check: (value, a) => check(key, value, a),
      },
    ];
  });
}

/**
 * The check of one registration answer: its own form (a date, a telephone number…), then the
 * registration's rules with the answers before it (a letter not dated after the day it came, an event
 * not before it); a field not asked yet is not missing yet.
 */
export function registrationCheck(
  options: OptionSpecs,
  kind: 'walkin' | 'letter',
  at: { nowMs: number; user: string; profile: Profile },
): (key: string, value: string, answers: Answers) => Promise<string | true> {
  const inline = Object.fromEntries(Object.entries(options).map(([key, o]) => [key, o.ask?.check]));
  return async (key, value, answers) => {
    const kindCheck = inline[key];
    const basic = kindCheck ? await CHECKS[kindCheck](value, answers) : true;
    if (basic !== true) return basic;
    try {
      const { profile } = at;
      parseRegistration({ ...fieldsOf(answers), [key]: value }, kind, at.nowMs, at.user, profile.timeZone, attachmentLimitBytes(profile));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const p = error.problems.find((x) => x.field === key && x.key !== 'input.required');
      if (p) return problemText(p);
    }
    return true;
  };
}

/** Registers a walk-in or a letter, then opens the new case when the officer has a next step on it (deciding at the counter). */
export async function registerAtCounter(m: Screen, kind: 'walkin' | 'letter'): Promise<void> {
  const options: OptionSpecs = kind === 'walkin' ? WALKIN_OPTIONS : LETTER_OPTIONS;
  const profile = await m.ctx.profile();
  const check = registrationCheck(options, kind, { nowMs: m.ctx.now(), user: m.ctx.user, profile });
  const commands = await import('../commands/register.js');
  const command = kind === 'walkin' ? commands.registerWalkinCommand : commands.registerLetterCommand;
  const out = await runForm(
    registrationQuestions(options, check),
    async (answers) => {
      const input = readInput({ options: command.options }, fieldsOf(answers), []);
      return command.run(m.ctx, input as never);
    },
    m.say,
  );
  await tell(m, textOf(out));
  const id = (out.json as { id?: string }).id;
  if (!id) return;
  const c = await m.ctx.store().get(id);
  // Papers were just asked for; a step beyond them (deciding at the counter) opens the case.
  const steps = nextSteps(c, profile.officers ?? [], m.officer, checklists()).filter((step) => step !== 'requirements');
  if (steps.length) await (await import('./case-screen.js')).openCase(m, id);
}
