/**
 * The letters of a case from the menu: the reply prepared and its text read on the screen before any
 * number is given, the signatory's signing, the answer sent (and, after a walk-in answered at the
 * counter, the visitor's survey), and the IM-NKK certificate with its recommendation letter. Each
 * through the use case the command line calls (app/reply.ts, sign-pending.ts, send.ts, certificate.ts).
 */
import { issueImnkkCertificate } from '../../app/certificate.js';
import { prepareReply } from '../../app/reply.js';
import { sendAnswer } from '../../app/send.js';
import { drawPending, signPending, type SignedPending } from '../../app/sign-pending.js';
import { dateOption } from '../../app/typed-values.js';
import { assertCertificateReady } from '../../domain/imnkk.js';
import { assertLetterDate, lastEventDay } from '../../domain/letter-date.js';
import type { Case } from '../../domain/model.js';
import type { NextStep } from '../../domain/next-steps.js';
import { holds } from '../../domain/roles.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { recordDocumentText, type DocumentText } from '../../render/document-text.js';
import { storedTimeText, uiLabel } from '../../render/interface-labels.js';
import { deliver } from '../deliver.js';
import { askSelect } from '../prompts.js';
import { fieldVerdict, runForm, type Answers, type Question } from './form.js';
import { promptDate } from './problems.js';
import { SCREEN_WIDTH, tell, type Screen } from './screen.js';

const text = (a: Answers, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);

/** Runs one of the letter steps on the case. */
export async function letterStep(m: Screen, step: NextStep, c: Case): Promise<void> {
  if (step === 'prepareReply') return prepare(m, c);
  if (step === 'sign') return sign(m, c);
  if (step === 'send') return send(m, c, false);
  if (step === 'inform') return send(m, c, true);
  if (step === 'certificate') return certificate(m, c);
  throw new Error(`not a letter step: ${step}`);
}

/** The text of documents as a screen shows them: each titled, its pages marked. */
export function documentScreen(documents: DocumentText[]): string[] {
  const rule = '─'.repeat(SCREEN_WIDTH - 2);
  return documents.flatMap((d) => [
    '',
    rule,
    d.title,
    rule,
    ...d.pages.flatMap((lines, i) => [...(i ? ['', t('menu.draft.page', { n: i + 1 })] : []), ...lines]),
    rule,
  ]);
}

/** A letter's date: as typed (25/11/2026), today by default, checked as the letter step checks it. */
function letterDateQuestion(m: Screen, today: string, rule: (date: string) => void): Question {
  return {
    key: 'date',
    kind: 'text',
    message: t('menu.ask.letterDate'),
    default: () => promptDate(today),
    fields: ['date'],
    check: (value) => {
      const problems = new ProblemList();
      const date = dateOption(problems, 'date', value);
      return fieldVerdict('date', () => {
        problems.throwIfAny();
        if (date) rule(date);
      });
    },
  };
}

async function yes(message: string): Promise<boolean> {
  const answer = await askSelect(
    message,
    [
      { value: 'ya', name: t('value.yes') },
      { value: 'tidak', name: t('value.no') },
    ],
    undefined,
    { back: true },
  );
  return answer === 'ya';
}

async function prepare(m: Screen, c: Case): Promise<void> {
  const today = await m.ctx.today();
  const notBefore = lastEventDay(c, 'decide') ?? c.receivedAt.slice(0, 10);
  const questions = [letterDateQuestion(m, today, (date) => assertLetterDate('date', date, today, notBefore))];
  const { result, documents } = await runForm(
    questions,
    (a) => recordDocumentText(() => prepareReply(m.ctx, { id: c.id, date: text(a, 'date') })),
    m.say,
  );
  await tell(m, [...documentScreen(documents), t('menu.draft.saved', { id: c.id, file: result.draft.path })]);
  const officers = (await m.ctx.profile()).officers ?? [];
  if (holds(officers, m.officer, 'penandatangan') && (await yes(t('menu.ask.signNow')))) return signNow(m, c.id);
  await tell(m, t('menu.draft.waiting'));
}

async function sign(m: Screen, c: Case): Promise<void> {
  const profile = await m.ctx.profile();
  if (c.draft)
    await tell(
      m,
      t(c.draft.kind === 'certificate' ? 'menu.sign.preparedCertificate' : 'menu.sign.preparedReply', {
        by: c.draft.by,
        at: storedTimeText(c.draft.at, profile),
      }),
    );
  // The signatory reads what they sign before a number is given, as the one who prepared it did.
  const { documents } = await recordDocumentText(() => drawPending(m.ctx, c.id));
  await tell(m, documentScreen(documents));
  if (!(await yes(t('menu.ask.signConfirm')))) return tell(m, t('menu.backNothingSaved'));
  return signNow(m, c.id);
}

async function signNow(m: Screen, id: string): Promise<void> {
  const { result, documents } = await recordDocumentText(() => signPending(m.ctx, id));
  await tell(m, [...documentScreen(documents), ...(await signedLines(result))]);
}

/** What a signing step tells: the number and the files, or the certificate's code. */
async function signedLines(pending: SignedPending): Promise<string[]> {
  const outcome = pending.outcome;
  if (!outcome.signed) return [];
  const c = outcome.case;
  if (pending.kind === 'reply' && 'document' in outcome)
    return [t('workflow.replied', { id: c.id, number: outcome.letter.number, file: await deliver(outcome.document) })];
  if ('code' in outcome)
    return [
      t('imnkk.certificate', {
        id: c.id,
        code: outcome.code,
        certificate: await deliver(outcome.certificate),
        recommendation: await deliver(outcome.recommendation),
      }),
    ];
  return [];
}

/** How an answer goes out, with the one a case's channel suggests first. */
type Via = 'langsung' | 'email' | 'pos' | 'lapor' | 'wbs' | 'none';

function viaChoices(c: Case, information: boolean): Via[] {
  // The complaint portals answer only reports; "without a letter" only closes an appreciation, never answers a question.
  const portals: Via[] = c.service === 'pengaduan' ? ['lapor', 'wbs'] : [];
  const none: Via[] = c.report?.type === 'apresiasi' && !information ? ['none'] : [];
  const all: Via[] = ['langsung', 'email', 'pos', ...portals, ...none];
  const suggested: Via =
    c.kind === 'walkin' ? 'langsung' : c.channel === 'email' || c.channel === 'lapor' || c.channel === 'wbs' ? c.channel : 'pos';
  return [suggested, ...all.filter((v) => v !== suggested)];
}

/** How a way of answering reads in the list: the channel's own name for a portal, the counter's words for the rest. */
function viaName(v: Via): string {
  if (v === 'lapor' || v === 'wbs') return uiLabel('channel', v);
  return t(`menu.via.${v}`);
}

/**
 * The answer going out (send.ts): after a letter, or at the counter with what the visitor was told;
 * `information`: a request that only asked, answered with information before any decision (send --note).
 */
async function send(m: Screen, c: Case, information: boolean): Promise<void> {
  const profile = await m.ctx.profile();
  const atCounter = (a: Answers) => information || (a.via === 'langsung' && c.kind === 'walkin') || a.via === 'none';
  const questions: Question[] = [
    {
      key: 'via',
      kind: 'select',
      message: t('menu.ask.via'),
      choices: () => viaChoices(c, information).map((v) => ({ value: v, name: viaName(v) })),
    },
    {
      key: 'note',
      kind: 'text',
      message: t(information ? 'menu.ask.informationNote' : 'menu.ask.answerNote'),
      required: true,
      when: atCounter,
    },
  ];
  let via = '';
  const { case: done, slip } = await runForm(
    questions,
    (a) => {
      via = text(a, 'via') ?? '';
      return sendAnswer(m.ctx, { id: c.id, via, note: text(a, 'note') });
    },
    m.say,
  );
  const answer = done.answer;
  const lines = [
    t(answer?.onTime ? 'workflow.sentOnTime' : 'workflow.sentLate', {
      id: done.id,
      at: answer ? storedTimeText(answer.at, profile) : '-',
      due: done.answerDue ? storedTimeText(done.answerDue, profile) : '-',
    }),
  ];
  if (slip) lines.push(t('workflow.slip', { file: await deliver(slip) }));
  await tell(m, lines);
  // A visitor answered at the counter is offered the survey there and then.
  if (done.kind === 'walkin' && via === 'langsung') await (await import('./survey.js')).offerSurvey(m, done.service, done.id);
}

async function certificate(m: Screen, c: Case): Promise<void> {
  const today = await m.ctx.today();
  const questions = [letterDateQuestion(m, today, (date) => assertCertificateReady(c, date, today))];
  const { result, documents } = await runForm(
    questions,
    (a) => recordDocumentText(() => issueImnkkCertificate(m.ctx, { id: c.id, date: text(a, 'date') })),
    m.say,
  );
  if (result.signed) {
    const lines = await signedLines({ kind: 'certificate', outcome: result });
    return tell(m, [...documentScreen(documents), ...lines]);
  }
  await tell(m, [
    ...documentScreen(documents),
    t('menu.certificate.drafted', { id: c.id, certificate: result.drafts.certificate, recommendation: result.drafts.recommendation }),
    t('menu.draft.waiting'),
  ]);
}
