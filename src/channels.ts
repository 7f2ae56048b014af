/**
 * The channels a case can arrive through, as data: `data/channels.json`, or the office's own copy in
 * `LOKET_HOME/templates/channels.json` (which replaces the shipped list whole). Each has its
 * Indonesian and English name, may be limited to some services, and may protect reporters' identity.
 */
import { SERVICES, type Service } from './domain/model.js';
import { InputError, type Problem } from './errors.js';
import { officeData } from './office-data.js';

export interface ChannelInfo {
  label: string;
  en?: string;
  services?: Service[];
  protectIdentity?: boolean;
  /** How a letter names the channel inside a sentence: "melalui e-mail", "secara langsung". */
  via?: string;
}

export type Channels = Record<string, ChannelInfo>;

const KEY_RE = /^[a-z0-9-]{1,40}$/;

/** What is wrong with a channel list, one problem per field. */
export function channelProblems(data: unknown, file: string): Problem[] {
  const problem = (value: string): Problem => ({ field: file, key: 'input.channelsFile', params: { value } });
  const channels = (data as { channels?: unknown } | null)?.channels;
  if (!channels || typeof channels !== 'object' || Array.isArray(channels)) return [problem('channels: { "key": { "label": "…" } }')];
  const problems: Problem[] = [];
  for (const [key, raw] of Object.entries(channels as Record<string, unknown>)) {
    const c = raw as Partial<Record<keyof ChannelInfo, unknown>> | null;
    if (!KEY_RE.test(key)) problems.push(problem(`channels.${key}: a-z, 0-9, -`));
    if (!c || typeof c.label !== 'string' || !c.label.trim()) problems.push(problem(`channels.${key}.label`));
    if (c?.en !== undefined && typeof c.en !== 'string') problems.push(problem(`channels.${key}.en`));
    if (c?.via !== undefined && (typeof c.via !== 'string' || !c.via.trim())) problems.push(problem(`channels.${key}.via`));
    if (c?.services !== undefined && !(Array.isArray(c.services) && c.services.every((s) => SERVICES.includes(s as Service))))
      problems.push(problem(`channels.${key}.services: ${SERVICES.join(', ')}`));
    if (c?.protectIdentity !== undefined && typeof c.protectIdentity !== 'boolean')
      problems.push(problem(`channels.${key}.protectIdentity: true | false`));
  }
  if (!Object.keys(channels).length) problems.push(problem('channels: {}'));
  return problems;
}

/** The channel list in use (read again only when the office's copy changed); a broken copy is an InputError naming the field. */
export function channels(): Channels {
  return officeData<{ channels: Channels }>('channels.json', channelProblems).channels;
}

/** The channels a service can be received through, in the list's order. */
export function channelsFor(service: Service | undefined): string[] {
  return Object.entries(channels())
    .filter(([, c]) => !service || !c.services || c.services.includes(service))
    .map(([key]) => key);
}

/** Every channel's key, in the list's order (what `--channel` takes, with the channels' names). */
export function channelKeys(): string[] {
  return Object.keys(channels());
}

/** The channel `key` of the list, looked up by the list's own keys (`constructor` or `toString` is no channel). */
export function channelInfo(key: string): ChannelInfo | undefined {
  const list = channels();
  return Object.hasOwn(list, key) ? list[key] : undefined;
}

/** Refuses (exit 2, naming `field`) a channel the office's list does not have. */
export function assertChannel(field: string, value: string | undefined): void {
  if (value !== undefined && !channelInfo(value))
    throw InputError.of(field, 'input.oneOf', { value, choices: Object.keys(channels()).join(', ') });
}
