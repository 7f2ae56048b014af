/** English messages of the skm feature: every Indonesian key has its twin. */
import type { skmId } from './skm.id.js';

export const skmEn: Record<keyof typeof skmId, string> = {
  'skm.input.future': 'the date {value} has not come yet',
  'skm.input.service': 'unknown service: "{value}"',
  'skm.input.serviceMissing': 'no service given (fill in the layanan column, or give --service for every row)',
  'skm.input.unanswered': 'this element has no answer',
  'skm.input.answer': 'an answer must be 1, 2, 3 or 4 (or a, b, c, d): "{value}"',
  'skm.input.noAnswers': 'not one element is answered (columns u1 … u9 are empty)',
  'skm.input.profile': 'not one of the choices: "{value}" (choices: {choices})',
  'skm.input.questionnaire': 'the SKM questionnaire is not valid: {value}',
  'skm.input.tokenUnknown': 'this survey link is not known; check its address',
  'skm.input.tokenUsed': 'the survey for this request has already been answered; thank you',
  'skm.input.imported': '{value} was already imported on {at} ({rows} questionnaires); the same file is not counted twice',
};
