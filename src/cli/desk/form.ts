/**
 * The menu's questions: asked in order, each answer checked as it is given against the answers before
 * it, and then handed whole to one use case. What the use case still refuses is said with its reason
 * and only those questions are asked again, each with what was typed on the line to correct: nothing
 * typed is lost. Esc (back) or Ctrl+C during the questions leaves nothing written.
 */
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { askChecks, askSelect, askText, type Choice } from '../prompts.js';
import { problemText, refusalLines } from './problems.js';

export type Answer = string | boolean | string[];
export type Answers = Record<string, Answer | undefined>;
type Check = (value: string, answers: Answers) => string | true | Promise<string | true>;

/** One question of a step. */
export interface Question {
  key: string;
  kind: 'text' | 'select' | 'yesno' | 'checks';
  message: string;
  /** How a refusal names it (the message without its example, when not given). */
  label?: string;
  when?: (answers: Answers) => boolean;
  required?: boolean | ((answers: Answers) => boolean);
  /** What Enter accepts as it is (texts), or the choice the cursor starts on. */
  default?: (answers: Answers) => string | undefined;
  choices?: (answers: Answers) => Choice<string>[];
  /** A list that may be left unanswered: "(lewati)" comes first. */
  skippable?: boolean;
  /** For yes/no: "no" first, so that a hurried Enter says no. */
  noFirst?: boolean;
  check?: Check;
  /** The fields of the use case's problems that this question answers (its key when not given). */
  fields?: readonly string[];
}

/** What the form needs from the screen: saying something. */
export interface Say {
  (text: string): Promise<void>;
}

const labelOf = (q: Question) => q.label ?? q.message.replace(/\s*\([^)]*\)\s*$/, '');

async function ask(q: Question, answers: Answers, previous: Answer | undefined): Promise<Answer | undefined> {
  const back = { back: true };
  if (q.kind === 'yesno') {
    const choices: Choice<string>[] = [
      { value: 'ya', name: t('value.yes') },
      { value: 'tidak', name: t('value.no') },
    ];
    const start = previous === undefined ? undefined : previous ? 'ya' : 'tidak';
    return (await askSelect(q.message, q.noFirst ? choices.reverse() : choices, start, back)) === 'ya';
  }
  if (q.kind === 'checks') {
    const ticked = Array.isArray(previous) ? previous : [];
    const choices = (q.choices?.(answers) ?? []).map((c) => ({ ...c, checked: ticked.includes(c.value) }));
    const required = typeof q.required === 'function' ? q.required(answers) : !!q.required;
    const values = await askChecks(q.message, choices, { ...back, required });
    return values.length ? values : undefined;
  }
  if (q.kind === 'select') {
    const choices = q.choices?.(answers) ?? [];
    const all = q.skippable ? [{ value: '', name: t('ask.skip') }, ...choices] : choices;
    const start = typeof previous === 'string' ? previous : q.default?.(answers);
    const value = await askSelect(q.message, all, start, back);
    return value || undefined;
  }
  const required = typeof q.required === 'function' ? q.required(answers) : !!q.required;
  const check = q.check;
  const value = await askText(q.message, {
    ...back,
    required,
    ...(typeof previous === 'string' ? { prefill: previous } : { default: q.default?.(answers) }),
    ...(check ? { validate: (v: string) => check(v, answers) } : {}),
  });
  return value || undefined;
}

/** Asks every question not answered yet whose `when` holds, in order. */
export async function fill(questions: readonly Question[], answers: Answers, asked: Set<string>, previous: Answers = {}): Promise<void> {
  for (const q of questions) {
    if (asked.has(q.key) || (q.when && !q.when(answers))) continue;
    answers[q.key] = await ask(q, answers, previous[q.key]);
    asked.add(q.key);
  }
}

/**
 * Asks the questions and runs `submit` with the answers; a refusal of some answers (an InputError
 * naming their fields) is said and those questions asked again, up to a few times. A refusal no
 * question can answer is thrown.
 */
export async function runForm<T>(
  questions: readonly Question[],
  submit: (answers: Answers) => Promise<T>,
  say: Say,
  answers: Answers = {},
): Promise<T> {
  const asked = new Set(Object.keys(answers));
  let previous: Answers = {};
  for (let round = 0; ; round++) {
    await fill(questions, answers, asked, previous);
    try {
      return await submit(answers);
    } catch (error) {
      if (!(error instanceof InputError) || round >= 5) throw error;
      const fields = new Set(error.problems.map((p) => p.field));
      const redo = questions.filter((q) => (q.fields ?? [q.key]).some((f) => fields.has(f)) && asked.has(q.key));
      if (!redo.length) throw error;
      const label = (field: string) => {
        const q = questions.find((x) => (x.fields ?? [x.key]).includes(field));
        return q && labelOf(q);
      };
      await say([t('menu.askAgain'), ...refusalLines(error, label).slice(1)].join('\n'));
      previous = {};
      for (const q of redo) {
        previous[q.key] = answers[q.key];
        delete answers[q.key];
        asked.delete(q.key);
      }
    }
  }
}

/** A check for a text answer from a parse that records problems (typed-values.ts): its first message, in the menu's words. */
export function checkWith(parse: (problems: import('../../errors.js').ProblemList, field: string, value: string) => unknown): Check {
  return async (value) => {
    const { ProblemList } = await import('../../errors.js');
    const problems = new ProblemList();
    parse(problems, '', value);
    const p = problems.items[0];
    return p ? problemText(p) : true;
  };
}

/** The problem of one field in what a trial of the whole input found (the rule the use case applies), or true. */
export function fieldVerdict(field: string, trial: () => void): string | true {
  try {
    trial();
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const p = error.problems.find((x) => x.field === field);
    return p ? problemText(p) : true;
  }
}
