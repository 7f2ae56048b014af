/**
 * The Hal of each letter a case sends, as the letter itself states it (the same templates, filled
 * with the same values), for the subject of the e-mail that carries it.
 */
import { formatDateId } from '../domain/indonesian.js';
import type { Case } from '../domain/model.js';
import { label } from './document-labels.js';
import { recommendationTemplate } from './recommendation-letter.js';
import { replyTemplate } from './reply-letter.js';
import { reportTemplate } from './report-template.js';
import { fill } from './template.js';

/** The Hal of the reply letter (surat jawaban) of a decided case. */
export function replyHal(c: Case): string {
  const outcome = c.decision?.outcome;
  if (!outcome) throw new Error(`case ${c.id} has no decision to reply to`);
  return fill(replyTemplate().hal[outcome], {
    serviceName: label('service', c.service),
    letterNumber: c.letter?.number ?? '',
    letterDate: c.letter?.date ? formatDateId(c.letter.date) : '',
    subject: c.subject,
    receivedDate: formatDateId(c.receivedAt.slice(0, 10)),
    reason: c.decision?.reason ?? '',
    caseId: c.id,
    mode: label('mode', c.analysis?.mode ?? c.event?.mode ?? 'luring'),
  });
}

/** The Hal of the answer to a report, or of the thank-you letter for an appreciation. */
export function reportHal(c: Case): string {
  return reportTemplate().letter.hal[c.report?.type ?? 'pengaduan'];
}

/** The Hal of the recommendation letter that goes with an IM-NKK certificate. */
export function recommendationHal(): string {
  return recommendationTemplate().hal;
}
