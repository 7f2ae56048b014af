/** The reply letter of a case: numbered from the letter book the first time, printed again as it was after that. */
import { authorize } from './authorize.js';
import { assertLetterDate, lastEventDay } from '../domain/letter-date.js';
import type { Case, LetterNumber } from '../domain/model.js';
import { assertSignatory } from '../domain/signatory.js';
import { assertAllowed, letterOf, recordReply, replyKind } from '../domain/workflow.js';
import { ProblemList } from '../errors.js';
import { issueDocument, type Issued } from './issued-documents.js';
import type { Session } from './session.js';
import { signingKey } from './signing-key.js';
import { dateOrToday } from './typed-values.js';

export interface ReplyRequest {
  id: string;
  /** The letter's date (as typed); today when not given. */
  date?: string;
  /** The addressee's lines instead of the applicant. */
  addressee?: string[];
  place?: string;
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

/** Issues (or prints again) the reply; every check, and the templates, before a number is given. */
export async function replyLetter(s: Session, input: ReplyRequest): Promise<{ case: Case; letter: LetterNumber; document: Issued }> {
  await authorize(s, 'prepareLetter');
  await authorize(s, 'signLetter');
  const problems = new ProblemList();
  const profile = await s.profile();
  const today = await s.today();
  const date = dateOrToday(problems, 'date', input.date, today);
  problems.throwIfAny();
  const store = s.store();
  const current = await store.get(input.id);
  // A reply already numbered is printed again as it was (also after it was sent); a new one needs a decision.
  if (!current.reply) assertAllowed(current, 'reply');
  const report = isReportLetter(current);
  if (!current.reply) assertLetterDate('date', date, today, lastEventDay(current, 'decide') ?? current.receivedAt.slice(0, 10));
  assertSignatory(profile, 'reply');
  const signing = await signingKey(s, profile);
  const { renderReply, replyTemplate } = await import('../render/reply-letter.js');
  const { renderReportLetter } = await import('../render/report-letter.js');
  // Refuse a broken template before a number is given out.
  replyTemplate();
  if (report) (await import('../render/report-template.js')).reportTemplate();
  (await import('../render/reference.js')).referenceTemplate();
  (await import('../render/labels.js')).labels();
  const reprint = current.reply && letterOf(current.reply);
  const { case: c, letter } = reprint
    ? {
        case: await store.update(current.id, 'letter:reprint', (c) => ({ value: c, changes: { letterNumber: reprint.number } })),
        letter: reprint,
      }
    : await store.issueLetter(current.id, replyKind(current), date, profile.numbering.letter, recordReply);
  const render = report ? renderReportLetter : renderReply;
  const bytes = await render(c, letter, profile, { addressee: input.addressee, place: input.place, signing });
  const document = await issueDocument(s, {
    caseId: c.id,
    kind: report ? 'report-letter' : 'reply',
    baseName: replyBaseName(current),
    letterNumber: letter.number,
    bytes,
    signed: !!signing,
  });
  return { case: c, letter, document };
}
