/**
 * Placing a fetched message in a service by the words of its subject. A subject that names no
 * service, or names more than one, is not guessed: the message waits for the counter.
 */
import { SERVICES, type Service } from './model.js';
import type { MailRules } from './mail-settings.js';

export type Placement = { service: Service; word: string } | { service?: undefined; candidates: Service[] };

/** Lower case, without diacritics, every run of other characters one space, padded: words compare whole. */
function words(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

/** The service whose keyword (a word or a phrase, whole words only) the subject holds, when exactly one does. */
export function placeBySubject(subject: string, rules: MailRules): Placement {
  const text = words(subject);
  const hits: { service: Service; word: string }[] = [];
  for (const service of SERVICES) {
    const word = (rules[service] ?? []).find((w) => words(w).trim() && text.includes(words(w)));
    if (word) hits.push({ service, word });
  }
  return hits.length === 1 ? hits[0]! : { candidates: hits.map((h) => h.service) };
}
