/** Document wording: the Indonesian names of services, channels, requirements and the like that letters and receipts print, from `templates/labels.json` (interface wording is interface-labels.ts). */
import { channels } from '../channels.js';
import { loadTemplate, templateDir } from './template.js';

export interface Labels {
  service: Record<string, string>;
  /** From the channel list (src/channels.ts); an older office copy of labels.json may still name some. */
  channel: Record<string, string>;
  applicantType: Record<string, string>;
  mode: Record<string, string>;
  urgency: Record<string, string>;
  attachmentRole: Record<string, string>;
  requirement: Record<string, string>;
}

let cached: { dir: string | undefined; list: ReturnType<typeof channels>; labels: Labels } | undefined;

/** The label tables (read once per templates folder, and again when the office's channel list changed). */
export function labels(): Labels {
  const list = channels();
  if (!cached || cached.dir !== templateDir() || cached.list !== list) {
    const loaded = loadTemplate<Labels>('labels');
    const named = Object.fromEntries(Object.entries(list).map(([key, c]) => [key, c.label]));
    cached = { dir: templateDir(), list, labels: { ...loaded, channel: { ...named, ...loaded.channel } } };
  }
  return cached.labels;
}

/** The label of a key in a table, or the key itself when the table has none. */
export function label(table: keyof Labels, key: string): string {
  // Own keys only: a key such as `constructor` names nothing.
  const names = labels()[table];
  return Object.hasOwn(names, key) ? (names[key] ?? key) : key;
}

/** A channel inside a sentence ("yang kami terima secara langsung"): its `via` words, else "melalui" and its name. */
export function channelPhrase(key: string): string {
  return channels()[key]?.via ?? `melalui ${label('channel', key)}`;
}
