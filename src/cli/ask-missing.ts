/** Asking in a terminal for the options a command declares as questions and the user did not give. */
import { t } from '../i18n/index.js';
import { choiceName } from './choice-words.js';
import type { AskCheck, OptionSpecs } from './command-spec.js';
import { dateOption, dateTimeOption, emailOption, fileOption, phoneOption, validatorOf } from '../app/typed-values.js';
import { askSelect, askText } from './prompts.js';

const CHECKS: Record<AskCheck, (value: string) => string | true> = {
  date: validatorOf(dateOption),
  dateTime: validatorOf(dateTimeOption),
  email: validatorOf(emailOption),
  phone: validatorOf(phoneOption),
  file: validatorOf(fileOption),
};

/** The known values with every missing question answered, in the order the options are declared. */
export async function askMissing(
  options: OptionSpecs,
  given: Readonly<Record<string, unknown>>,
  only?: readonly string[],
): Promise<Record<string, unknown>> {
  const known: Record<string, unknown> = { ...given };
  for (const [key, option] of Object.entries(options)) {
    const ask = option.ask;
    if (!ask || known[key] !== undefined || (ask.when && !ask.when(known)) || (only && !only.includes(key))) continue;
    if (!option.flags.includes('<')) {
      // A switch is asked as yes or no.
      const choices = [
        { value: 'ya', name: t('value.yes') },
        { value: 'tidak', name: t('value.no') },
      ];
      const yes = await askSelect(t(ask.question), ask.noFirst ? choices.reverse() : choices);
      if (yes === 'ya') known[key] = true;
      continue;
    }
    let answer: string;
    const values = ask.options?.(known) ?? option.choices;
    if (values) {
      const words = option.words;
      const named = (value: string) => (words ? choiceName(words, value) : value);
      const choices = values.map((value) => ({ value, name: named(value) }));
      answer = await askSelect(t(ask.question), ask.skippable ? [{ value: '', name: t('ask.skip') }, ...choices] : choices);
    } else {
      const required = typeof ask.required === 'function' ? ask.required(known) : ask.required;
      answer = await askText(t(ask.question), { required, validate: ask.check && CHECKS[ask.check] });
    }
    if (answer) known[key] = answer;
  }
  return known;
}
