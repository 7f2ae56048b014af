/** The random names of the survey's records: tokens people type or scan, and response ids that tell no order. */
import type { SurveyResponse } from '../domain/skm.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

async function randomBytes(n: number): Promise<Buffer> {
  // node:crypto only when a survey record is made: it is not free to load.
  return (await import('node:crypto')).randomBytes(n);
}

/** A token of 20 lower-case base-32 characters (100 random bits): short enough for a printed link, never guessed. */
export async function newSurveyToken(): Promise<string> {
  return [...(await randomBytes(20))].map((b) => BASE32[b & 31]).join('');
}

/** A response's id: 128 random bits in hex. */
export async function newResponseId(): Promise<string> {
  return (await randomBytes(16)).toString('hex');
}

/** Responses by day, then by their random id: the order they came in is not kept. */
export function sortResponses<T extends Pick<SurveyResponse, 'date' | 'id'>>(responses: T[]): T[] {
  return responses.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
}
