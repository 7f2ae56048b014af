/**
 * The survey's questionnaire as data: `data/skm.json`, or the office's own copy in
 * `LOKET_HOME/templates/skm.json`, which replaces it whole. A copy is checked in full before it is
 * used: the nine elements in the regulation's order with four answers each, a wording for every
 * profile code, every text present; a broken copy is exit 2 naming each field that is wrong.
 */
import { PROFILE_CODES, PROFILE_FIELDS, SKM_ELEMENTS, type ProfileField, type SkmElement } from './domain/skm.js';
import type { Problem } from './errors.js';
import { officeData } from './office-data.js';

export interface QuestionnaireElement {
  key: SkmElement;
  name: string;
  question: string;
  /** The wording of answers 1 … 4. */
  answers: [string, string, string, string];
}

/** The questionnaire in one language. */
export interface Questionnaire {
  title: string;
  introduction: string;
  elements: QuestionnaireElement[];
  profile: Record<ProfileField, { question: string; choices: Record<string, string> }> & { layanan: { question: string } };
  suggestion: { question: string };
  thanks: string;
}

const object = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

/** What is wrong with one language's questionnaire, each as `path: what it must be`. */
function languageProblems(q: unknown, at: string): string[] {
  if (!object(q)) return [`${at}: { "title", "introduction", "elements", "profile", "suggestion", "thanks" }`];
  const out: string[] = [];
  for (const k of ['title', 'introduction', 'thanks'] as const) if (!filled(q[k])) out.push(`${at}.${k}: a text`);
  const elements = q.elements;
  if (!Array.isArray(elements) || elements.length !== SKM_ELEMENTS.length)
    out.push(`${at}.elements: the nine elements, in the regulation's order (${SKM_ELEMENTS.join(', ')})`);
  else
    elements.forEach((e: unknown, i) => {
      const path = `${at}.elements[${i}]`;
      if (!object(e)) return void out.push(`${path}: { "key", "name", "question", "answers" }`);
      if (e.key !== SKM_ELEMENTS[i]) out.push(`${path}.key: "${SKM_ELEMENTS[i]}" (element ${i + 1} of the regulation's order)`);
      for (const k of ['name', 'question'] as const) if (!filled(e[k])) out.push(`${path}.${k}: a text`);
      if (!Array.isArray(e.answers) || e.answers.length !== 4 || !e.answers.every(filled))
        out.push(`${path}.answers: the wording of answers 1, 2, 3 and 4`);
    });
  const profile = q.profile;
  if (!object(profile)) out.push(`${at}.profile: { ${[...PROFILE_FIELDS, 'layanan'].join(', ')} }`);
  else {
    for (const field of PROFILE_FIELDS) {
      const p = profile[field];
      const path = `${at}.profile.${field}`;
      if (!object(p)) {
        out.push(`${path}: { "question", "choices" }`);
        continue;
      }
      if (!filled(p.question)) out.push(`${path}.question: a text`);
      const choices = object(p.choices) ? p.choices : {};
      for (const code of PROFILE_CODES[field]) if (!filled(choices[code])) out.push(`${path}.choices.${code}: a text`);
      for (const code of Object.keys(choices))
        if (!PROFILE_CODES[field].includes(code)) out.push(`${path}.choices.${code}: not a code of the regulation's form`);
    }
    if (!object(profile.layanan) || !filled(profile.layanan.question)) out.push(`${at}.profile.layanan.question: a text`);
  }
  if (!object(q.suggestion) || !filled(q.suggestion.question)) out.push(`${at}.suggestion.question: a text`);
  return out;
}

/** What is wrong with a questionnaire file (`id` required, `en` optional), one problem per field. */
export function questionnaireProblems(data: unknown, file: string): Problem[] {
  const paths = object(data)
    ? [...languageProblems(data.id, 'id'), ...(data.en === undefined ? [] : languageProblems(data.en, 'en'))]
    : ['(root): { "id": { … } }'];
  return paths.map((value) => ({ field: file, key: 'skm.input.questionnaire', params: { value } }));
}

/** The questionnaire in use, in `lang` (Indonesian when the office's copy has no English): read again only when the office's copy changed. */
export function questionnaire(lang: 'id' | 'en' = 'id'): Questionnaire {
  const data = officeData<{ id: Questionnaire; en?: Questionnaire }>('skm.json', questionnaireProblems);
  return (lang === 'en' ? data.en : undefined) ?? data.id;
}
