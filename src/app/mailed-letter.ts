/**
 * What the answer e-mail of a case carries: the letter the office issued (the reply, the answer to a
 * report, the thank-you letter, or the recommendation letter with its IM-NKK certificate), read back
 * as the store kept it: the same bytes that were printed, signed when they were signed.
 */
import type { Case } from '../domain/model.js';
import { InputError } from '../errors.js';
import type { MailedDocument } from '../mail/compose-letter.js';
import type { MailFile } from '../mail/case-mailing.js';
import { kindOfName } from '../store/kept-documents.js';
import type { IssuedDocument } from '../store/store.js';
import type { Session } from './session.js';

export interface MailedLetter {
  kind: MailedDocument;
  letter: { number: string; hal: string; signed: boolean; with?: MailedDocument[] };
  files: MailFile[];
}

/** The letter that answers the case, with its PDFs; exit 2 when it was never issued (`loket reply ID` first). */
export async function mailedLetter(s: Session, c: Case): Promise<MailedLetter> {
  const number = c.reply?.letterNumber;
  if (!number) throw InputError.of('status', 'input.replyFirst', { id: c.id });
  const store = s.store();
  // The letter as last issued under its number (a reprint with other bytes is kept as a new version).
  const issued = (await store.documents(c.id)).filter((d) => d.letterNumber === number);
  const latest = (...kinds: string[]) => issued.filter((d) => kinds.includes(d.kind ?? kindOfName(d.name))).at(-1);
  const read = async (d: IssuedDocument): Promise<MailFile> => ({ name: d.name, bytes: await store.readDocument(c.id, d.name) });
  const hal = await import('../render/letter-hal.js');

  if (c.imnkk?.certificate?.letterNumber === number) {
    const recommendation = latest('recommendation');
    const certificate = latest('certificate');
    if (!recommendation || !certificate)
      throw InputError.of('id', 'mail.notIssued', { id: c.id, command: `loket imnkk certificate ${c.id}` });
    return {
      kind: 'recommendation',
      letter: { number, hal: hal.recommendationHal(), signed: recommendation.signed && certificate.signed, with: ['certificate'] },
      files: [await read(recommendation), await read(certificate)],
    };
  }
  const letter = latest('reply', 'report-letter');
  if (!letter) throw InputError.of('id', 'mail.notIssued', { id: c.id, command: `loket reply ${c.id}` });
  const report = (letter.kind ?? kindOfName(letter.name)) === 'report-letter';
  const thanks = report && c.report?.type === 'apresiasi' && !c.report.conclusion;
  return {
    kind: report ? (thanks ? 'thanks' : 'report') : 'reply',
    letter: { number, hal: report ? hal.reportHal(c) : hal.replyHal(c), signed: letter.signed },
    files: [await read(letter)],
  };
}
