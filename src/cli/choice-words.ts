/**
 * The words a person may type for a choice: its key, or the word the tables print for it
 * (`list --status terdaftar`), in Indonesian and in the interface language; and the words help shows.
 */
import { channelInfo } from '../channels.js';
import { id as indonesian } from '../i18n/id.js';
import { isMessageKey, t } from '../i18n/index.js';
import { label, type Labels } from '../render/document-labels.js';
import { uiLabel } from '../render/interface-labels.js';

/** Where a choice's names come from: a label table (whose keys are themselves Indonesian words), or the catalogue. */
export type ChoiceWords =
  | { readonly labels: keyof Labels }
  | {
      readonly catalogue: 'status' | 'activity' | 'reportType' | 'substantiated' | 'value' | 'via';
      /** Short words also understood (`--substantiated ya` for "terbukti"). */
      readonly also?: Readonly<Record<string, string>>;
    };

/** The name of a choice in the interface language, as the tables print it. */
export function choiceName(words: ChoiceWords, key: string): string {
  if ('labels' in words) return uiLabel(words.labels, key);
  const name = `${words.catalogue}.${key}`;
  return isMessageKey(name) ? t(name) : key;
}

/** The Indonesian name of a choice, whatever the interface language. */
function indonesianName(words: ChoiceWords, key: string): string {
  if ('labels' in words) return label(words.labels, key);
  const name = `${words.catalogue}.${key}`;
  return isMessageKey(name) ? indonesian[name] : key;
}

/** A channel's English name, understood in either interface language (the channel list names both). */
function englishChannel(words: ChoiceWords, key: string): string | undefined {
  return 'labels' in words && words.labels === 'channel' ? channelInfo(key)?.en : undefined;
}

const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The key a typed word stands for, or undefined when it names none of the choices. */
export function choiceKey(words: ChoiceWords | undefined, choices: readonly string[], typed: string): string | undefined {
  const wanted = fold(typed);
  for (const key of choices) {
    if (fold(key) === wanted) return key;
    if (words && [choiceName(words, key), indonesianName(words, key), englishChannel(words, key)].some((n) => n && fold(n) === wanted))
      return key;
  }
  const also = words && 'catalogue' in words ? words.also?.[wanted] : undefined;
  return also && choices.includes(also) ? also : undefined;
}

/** The choices as help lists them: the words the tables print (a label table's keys are those words). */
export function choicesInHelp(words: ChoiceWords | undefined, choices: readonly string[]): string[] {
  return words && 'catalogue' in words ? choices.map((key) => choiceName(words, key)) : [...choices];
}
