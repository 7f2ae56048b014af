/** The line that says an answer went out: when, and whether within its deadline. */
import type { Case } from '../domain/model.js';
import { t } from '../i18n/index.js';
import { storedTimeText } from '../render/interface-labels.js';

/** "Jawaban kasus … disampaikan …, tepat waktu (tenggat …)", or late. */
export function sentLine(c: Case, zone: { timeZone: string; zoneLabel: string }): string {
  const answer = c.answer;
  return t(answer?.onTime ? 'workflow.sentOnTime' : 'workflow.sentLate', {
    id: c.id,
    at: answer ? storedTimeText(answer.at, zone) : '-',
    due: c.answerDue ? storedTimeText(c.answerDue, zone) : '-',
  });
}
