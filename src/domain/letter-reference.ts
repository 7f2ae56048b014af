/** How an outgoing letter cites what it answers: the applicant's letter as registered, or the visit. */
import type { Case } from './model.js';

export type LetterReference =
  { kind: 'visit'; date: string } | { kind: 'written'; medium: 'letter' | 'email'; number?: string; date?: string; received: string };

/**
 * The applicant's request as an answer cites it: a walk-in by the day of the visit; a letter (also one
 * handed over at the desk) or an e-mail by its own number and date, and by the day it was received
 * when it bore no date.
 */
export function letterReference(c: Case): LetterReference {
  const received = c.receivedAt.slice(0, 10);
  if (c.kind === 'walkin') return { kind: 'visit', date: received };
  return { kind: 'written', medium: c.channel === 'email' ? 'email' : 'letter', number: c.letter?.number, date: c.letter?.date, received };
}
