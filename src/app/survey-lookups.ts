/** How the survey's use cases read a service and a profile answer people wrote in words: by the office's own names. */
import { headingKey } from '../domain/agenda-book.js';
import { SERVICES, type Service } from '../domain/model.js';
import { PROFILE_FIELDS, type ProfileField } from '../domain/skm.js';
import { profileCode, type AnswerRules } from '../domain/skm-answers.js';
import { readPackageJson } from '../data.js';
import { labels } from '../render/document-labels.js';
import { questionnaire } from '../skm-questionnaire.js';

let english: Record<string, string> | undefined;

/** The service a text names: its key, or its name in the office's labels (Indonesian or English). */
export function serviceNamed(text: string): Service | undefined {
  const key = headingKey(text);
  if (!key) return undefined;
  english ??= readPackageJson<{ service?: Record<string, string> }>('data/labels-en.json')?.service ?? {};
  return SERVICES.find((s) => [s, labels().service[s] ?? '', english?.[s] ?? ''].some((name) => headingKey(name) === key));
}

/** The profile's wording in the questionnaire in use, both languages, as the names a code may be written by. */
export function profileNamed(): AnswerRules['profileOf'] {
  const id = questionnaire('id').profile;
  const en = questionnaire('en').profile;
  const names = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, [id[f].choices, en[f].choices]])) as Record<
    ProfileField,
    Record<string, string>[]
  >;
  return (field, text) => names[field].map((labels) => profileCode(field, text, labels)).find((code) => code !== undefined);
}
