/** Indonesian names of services, channels, requirements and the like, from `templates/labels.json`. */
import { loadTemplate, templateDir } from './template.js';

export interface Labels {
  service: Record<string, string>;
  channel: Record<string, string>;
  applicantType: Record<string, string>;
  mode: Record<string, string>;
  urgency: Record<string, string>;
  attachmentRole: Record<string, string>;
  requirement: Record<string, string>;
}

let cached: { dir: string | undefined; labels: Labels } | undefined;

/** The label tables (read once per templates folder). */
export function labels(): Labels {
  if (!cached || cached.dir !== templateDir()) cached = { dir: templateDir(), labels: loadTemplate<Labels>('labels') };
  return cached.labels;
}

/** The label of a key in a table, or the key itself when the table has none. */
export function label(table: keyof Labels, key: string): string {
  return labels()[table][key] ?? key;
}
