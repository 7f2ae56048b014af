/** The words that cite the applicant's request in a letter's opening, from `templates/reference.json`. */
import { weekday } from '../domain/dates.js';
import { DAYS_ID, formatDateId } from '../domain/indonesian.js';
import type { LetterReference } from '../domain/letter-reference.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface ReferenceTemplate {
  letter: string;
  email: string;
  number: string;
  date: string;
  received: string;
  visit: string;
}

const PLACEHOLDERS = ['letterNumber', 'letterDate', 'receivedDate', 'receivedDay'] as const;

/** The reference template, refused (exit 2) when it names an unknown placeholder. */
export function referenceTemplate(): ReferenceTemplate {
  const tpl = loadTemplate<ReferenceTemplate>('reference');
  assertTemplate('reference', tpl, PLACEHOLDERS);
  return tpl;
}

/** "surat Saudara Nomor 800.1/0457/BKPSDM/2026 tanggal 16 Maret 2026", "kunjungan Saudara pada hari Senin tanggal 16 Maret 2026", … */
export function referenceText(ref: LetterReference, tpl = referenceTemplate()): string {
  if (ref.kind === 'visit') return fill(tpl.visit, { receivedDay: DAYS_ID[weekday(ref.date)], receivedDate: formatDateId(ref.date) });
  const parts = [ref.medium === 'email' ? tpl.email : tpl.letter];
  if (ref.number) parts.push(fill(tpl.number, { letterNumber: ref.number }));
  parts.push(
    ref.date ? fill(tpl.date, { letterDate: formatDateId(ref.date) }) : fill(tpl.received, { receivedDate: formatDateId(ref.received) }),
  );
  return parts.join(' ');
}
