/**
 * The reply letter of a case: prepared by an officer (a draft, marked KONSEP, no number), then
 * numbered from the letter book and signed by a signatory; printed again as it was after that. An
 * officer who holds both roles (or an office that lists no officers) does both in one step.
 */
import { recordDraft, signed } from '../domain/drafts.js';
import { assertLetterDate, lastEventDay } from '../domain/letter-date.js';
import type { Case, LetterNumber } from '../domain/model.js';
import { holds } from '../domain/roles.js';
import { assertSignatory } from '../domain/signatory.js';
import { formatInstant } from '../domain/timezone.js';
import { assertAllowed, letterOf, recordReply, replyKind } from '../domain/workflow.js';
import { InputError, ProblemList } from '../errors.js';
import type { SigningKey } from '../render/pdf-signing.js';
import { authorize, authorizeAny } from './authorize.js';
import { issueDocument, type Issued } from './issued-documents.js';
import type { Session } from './session.js';
import { signingKey } from './signing-key.js';
import { surveyLink } from './survey-link.js';
import { dateOrToday } from './typed-values.js';

export interface ReplyRequest {
  id: string;
  /** The letter's date (as typed); today when not given. */
  date?: string;
  /** The addressee's lines instead of the applicant. */
  addressee?: string[];
  place?: string;
}

/** What a reply step produced: the signed letter with its number, or the draft waiting for its signatory. */
export type ReplyOutcome =
  | { signed: true; case: Case; letter: LetterNumber; document: Issued }
  | { signed: false; case: Case; draft: { path: string; bytes: Uint8Array } };

/** The words a draft carries across every page, and where its number will stand. */
export const DRAFT_MARK = 'KONSEP';
const DRAFT_NUMBER = '....................';

/** Where a draft of `date` stands as a letter: no number yet, its place dotted for the signatory's. */
export function draftNumber(date: string): LetterNumber {
  return { number: DRAFT_NUMBER, seq: 0, year: Number(date.slice(0, 4)), date };
}

/** A report is answered by its own letter: the answer to it (tanggapan), or thanks for an appreciation not examined. */
function isReportLetter(c: Case): boolean {
  return c.service === 'pengaduan' && c.decision?.outcome !== 'incomplete';
}

/** The name of the reply's file, without extension: also what `--out` defaults to. */
export function replyBaseName(c: Case): string {
  if (!isReportLetter(c)) return `surat-jawaban-${c.id}`;
  return `${c.report?.type === 'apresiasi' && !c.report.conclusion ? 'surat-terima-kasih' : 'surat-tanggapan'}-${c.id}`;
}

/** Every check of a new letter, and its templates read, before a number is given or a draft recorded. */
async function checkedLetter(s: Session, current: Case, input: ReplyRequest): Promise<string> {
  const problems = new ProblemList();
  const profile = await s.profile();
  const today = await s.today();
  const date = dateOrToday(problems, 'date', input.date, today);
  problems.throwIfAny();
  assertAllowed(current, 'reply');
  assertLetterDate('date', date, today, lastEventDay(current, 'decide') ?? current.receivedAt.slice(0, 10));
  assertSignatory(profile, 'reply');
  const { replyTemplate } = await import('../render/reply-letter.js');
  replyTemplate();
  if (isReportLetter(current)) (await import('../render/report-template.js')).reportTemplate();
  (await import('../render/reference.js')).referenceTemplate();
  (await import('../render/survey-block.js')).surveyLinkTemplate();
  (await import('../render/document-labels.js')).labels();
  return date;
}

/** The letter's PDF: signed and numbered, or (no number yet) the draft marked across every page. */
async function render(s: Session, c: Case, letter: LetterNumber, options: ReplyRequest & { signing?: SigningKey; watermark?: string }) {
  const { renderReply } = await import('../render/reply-letter.js');
  const { renderReportLetter } = await import('../render/report-letter.js');
  const draw = isReportLetter(c) ? renderReportLetter : renderReply;
  return draw(c, letter, await s.profile(), {
    addressee: options.addressee,
    place: options.place,
    signing: options.signing,
    watermark: options.watermark,
    survey: await surveyLink(s, c.id),
  });
}

/** Prepares the reply: recorded on the case as a draft (no number, not issued) and printed marked KONSEP. */
export async function prepareReply(s: Session, input: ReplyRequest): Promise<ReplyOutcome & { signed: false }> {
  await authorize(s, 'prepareLetter');
  const current = await s.store().get(input.id);
  if (current.reply) throw InputError.of('id', 'input.alreadySigned', { id: current.id, number: current.reply.letterNumber });
  const date = await checkedLetter(s, current, input);
  const at = formatInstant(s.now(), (await s.profile()).timeZone);
  const draft = {
    kind: 'reply' as const,
    by: s.user,
    at,
    date,
    ...(input.addressee?.length ? { addressee: input.addressee } : {}),
    ...(input.place ? { place: input.place } : {}),
  };
  const c = await s.store().update(current.id, 'letter:draft', (c) => recordDraft(c, draft));
  const bytes = await render(s, c, draftNumber(date), { ...input, watermark: DRAFT_MARK });
  const path = await s.store().keepDraft(c.id, `konsep-${replyBaseName(c)}.pdf`, bytes);
  return { signed: false, case: c, draft: { path, bytes } };
}

/** The reply's draft drawn again as it was prepared (marked KONSEP, no number), for the signatory to read; nothing is recorded. */
export async function drawReplyDraft(s: Session, c: Case): Promise<Uint8Array> {
  const draft = c.draft?.kind === 'reply' ? c.draft : undefined;
  if (!draft) throw InputError.of('id', 'input.noDraft', { id: c.id });
  const date = draft.date ?? (await s.today());
  return render(s, c, draftNumber(date), { id: c.id, date, addressee: draft.addressee, place: draft.place, watermark: DRAFT_MARK });
}

/** Numbers and signs the reply (from its draft when one was prepared), or prints a signed one again as it was. */
export async function signReply(s: Session, input: ReplyRequest): Promise<ReplyOutcome & { signed: true }> {
  const store = s.store();
  const current = await store.get(input.id);
  const profile = await s.profile();
  // A reply already numbered is printed again as it was (also after it was sent), for whoever wrote or signed it.
  const reprint = current.reply && letterOf(current.reply);
  await (reprint ? authorizeAny(s, ['signLetter', 'prepareLetter']) : authorize(s, 'signLetter'));
  const draft = current.draft?.kind === 'reply' ? current.draft : undefined;
  // One who only signs signs what was prepared: the choices of the draft stand unless given again.
  if (!reprint && !draft && !holds(profile.officers ?? [], s.user, 'analis'))
    throw InputError.of('id', 'input.noDraft', { id: current.id });
  const chosen: ReplyRequest = {
    ...input,
    date: input.date ?? draft?.date,
    addressee: input.addressee ?? draft?.addressee,
    place: input.place ?? draft?.place,
  };
  const date = reprint ? reprint.date : await checkedLetter(s, current, chosen);
  const signing = await signingKey(s, profile);
  const { case: c, letter } = reprint
    ? {
        case: await store.update(current.id, 'letter:reprint', (c) => ({ value: c, changes: { letterNumber: reprint.number } })),
        letter: reprint,
      }
    : await store.issueLetter(current.id, replyKind(current), date, profile.numbering.letter, (c, l) => signed(recordReply(c, l), s.user));
  const bytes = await render(s, c, letter, { ...chosen, signing });
  const document = await issueDocument(s, {
    caseId: c.id,
    kind: isReportLetter(current) ? 'report-letter' : 'reply',
    baseName: replyBaseName(current),
    letterNumber: letter.number,
    bytes,
    signed: !!signing,
  });
  return { signed: true, case: c, letter, document };
}

/**
 * `reply`: what the acting officer's roles allow. One who prepares and signs (or an office without an
 * officer list) gets the numbered letter at once; one who only prepares, a draft; one who only signs
 * signs the draft prepared for them.
 */
export async function replyLetter(s: Session, input: ReplyRequest): Promise<ReplyOutcome> {
  const officers = (await s.profile()).officers ?? [];
  const current = await s.store().get(input.id);
  if (current.reply || holds(officers, s.user, 'penandatangan')) return signReply(s, input);
  return prepareReply(s, input);
}
