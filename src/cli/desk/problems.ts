/**
 * What the menu says when an answer is refused: the reason in the interface language, dates as people
 * write them (25/11/2026, never 2026-11-25), and no command-line flag or command where the message
 * the command line gives names one (its menu twin is said instead).
 */
import { InputError, isCancelled, NotAllowedError, StoreError, type Params, type Problem } from '../../errors.js';
import { t, tOr, type MessageKey } from '../../i18n/index.js';

/** Messages that name a flag or a command, and the twin a menu user reads. */
const TWINS: Partial<Record<MessageKey, MessageKey>> = {
  'input.date': 'menu.input.date',
  'input.instant': 'menu.input.instant',
  'input.dateTime': 'menu.input.dateTime',
  'input.transitionAnswered': 'menu.input.transitionAnswered',
  'input.notDisposed': 'menu.input.notDisposed',
  'input.replyFirst': 'menu.input.replyFirst',
  'input.visitFuture': 'menu.input.visitFuture',
  'input.imnkkWaiting': 'menu.input.imnkkWaiting',
  'input.alreadySigned': 'menu.input.alreadySigned',
  'input.noDraft': 'menu.input.noDraft',
  'input.unknownOfficer': 'menu.input.unknownOfficer',
  'input.chooseOne': 'menu.input.chooseOne',
  'input.reportDecide': 'menu.input.reportDecide',
  'input.reportDecideFlag': 'menu.input.reportDecide',
  'input.viaNoneAppreciation': 'menu.input.viaNoneAppreciation',
  'input.onlyPengaduan': 'menu.input.onlyPengaduan',
  'input.anonymousNamed': 'menu.input.anonymousNamed',
  'input.signatoryMissing': 'menu.input.signatoryMissing',
  'input.fileTooLarge': 'menu.input.fileTooLarge',
  'roles.notOfficer': 'menu.roles.notOfficer',
  'roles.ownerOnly': 'menu.roles.ownerOnly',
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A stored date or instant as people write it: 25/11/2026, 25/11/2026 09.00; anything else as it is. */
export function peopleDate(value: string): string {
  const d = DATE_RE.exec(value);
  if (d) return `${d[3]}/${d[2]}/${d[1]}`;
  const i = INSTANT_RE.exec(value);
  return i ? `${i[3]}/${i[2]}/${i[1]} ${i[4]}.${i[5]}` : value;
}

/** A date typed or stored, written as the menu's prompts show it (for a default to accept). */
export function promptDate(isoDate: string): string {
  return peopleDate(isoDate);
}

/** The parameters of a message as a menu user reads them: dates written out, stored keys by their names. */
function readable(params: Params | undefined): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = typeof value === 'string' ? peopleDate(value) : value;
  for (const [name, prefix] of [
    ['status', 'status'],
    ['action', 'step'],
    ['need', 'step'],
  ] as const)
    if (params?.[name] !== undefined) out[name] = tOr(`${prefix}.${String(params[name])}`, String(params[name]));
  return out;
}

/** A profile key (`signatories.recommendation.name`) as the words it stands for: which part of which signatory. */
function signatoryWords(key: string): Params {
  const [, document = '', part = ''] = key.split('.');
  return { part: tOr(`menu.signatoryPart.${part}`, part), document: tOr(`menu.signatoryOf.${document}`, document) };
}

/** One refused answer as the menu says it. */
export function problemText(p: Problem): string {
  const params = p.key === 'input.signatoryMissing' ? signatoryWords(String(p.params?.key ?? '')) : readable(p.params);
  return t(TWINS[p.key] ?? p.key, params);
}

/** Lines telling why a step was refused, each problem named by the question it answers. */
export function refusalLines(error: unknown, labelOf: (field: string) => string | undefined = () => undefined): string[] {
  if (error instanceof InputError)
    return [
      t('menu.refused'),
      ...error.problems.map((p) => {
        const label = labelOf(p.field);
        return `  ${label ? `${label}: ` : ''}${problemText(p)}`;
      }),
    ];
  if (error instanceof NotAllowedError) return [t('error.notAllowed'), `  ${t(TWINS[error.key] ?? error.key, readable(error.params))}`];
  if (error instanceof StoreError) return [t('error.store'), `  ${t(error.key, error.params)}`];
  if (isCancelled(error)) return [t('error.cancelled')];
  throw error;
}
