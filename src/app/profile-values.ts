/** Reading and changing the office profile by dotted keys, with every change validated. */
import { scheduleProblems, WEEKDAY_KEYS, type WeeklySchedule } from '../domain/office-hours.js';
import { patternProblems } from '../domain/numbering.js';
import { isValidTimeZone } from '../domain/timezone.js';
import { InputError, ProblemList } from '../errors.js';
import { DEFAULT_ATTACHMENT_MB } from '../store/defaults.js';
import { DEFAULT_REPORT_PERIODS } from '../domain/report-types.js';
import type { Profile } from '../domain/profile.js';
import { isNip, isUnset } from '../domain/signatory.js';
import { MAIL_OPTIONAL_GROUPS, MAIL_OPTIONAL_KEYS } from '../domain/mail-settings.js';
import { profileSchema } from '../store/schema.js';
import { defaultProfile } from '../store/defaults.js';
import { complaintContacts } from '../domain/complaint-channels.js';

/** Keys a profile written by an older version may lack, with the value that then applies. */
const OPTIONAL_KEYS: Record<string, unknown> = {
  ...Object.fromEntries(
    Object.entries(DEFAULT_REPORT_PERIODS).flatMap(([type, p]) => [
      [`services.pengaduan.reportTypes.${type}.days`, p.days],
      [`services.pengaduan.reportTypes.${type}.counting`, p.counting],
    ]),
  ),
  'limits.attachmentMb': DEFAULT_ATTACHMENT_MB,
  'verification.url': '',
  'serve.publicUrl': '',
  'signing.p12': '',
  'signing.reason': '',
  'signatories.recommendation.position': '',
  'signatories.recommendation.name': '',
  'signatories.recommendation.nip': '',
  ...MAIL_OPTIONAL_KEYS,
  'complaints.addressee': '',
  personTitle: 'Sdr./Sdri.',
};

/** A channel's complaint address: any channel key (or a label of the office's own) under `complaints.channels`. */
const COMPLAINT_CHANNEL_KEY = /^complaints\.channels\.[^.]{1,60}$/;

/** Optional groups, created whole (with these values) when one of their keys is first set. */
const OPTIONAL_GROUPS: Record<string, Record<string, unknown>> = {
  limits: { attachmentMb: DEFAULT_ATTACHMENT_MB },
  verification: { url: '' },
  serve: { publicUrl: '' },
  signing: { p12: '', reason: 'Saya menyetujui dokumen ini' },
  'signatories.recommendation': { position: '', name: '', nip: '' },
  'services.pengaduan.reportTypes': DEFAULT_REPORT_PERIODS,
  ...MAIL_OPTIONAL_GROUPS,
};

/** Every key `config get/set` accepts, e.g. `signatories.reply.nip`, `officeHours.fri`. */
export function profileKeys(profile: Profile): string[] {
  const keys: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && prefix !== 'officeHours') {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else keys.push(prefix);
  };
  walk(profile, '');
  return [
    ...new Set([...keys.filter((k) => k !== 'officeHours'), ...WEEKDAY_KEYS.map((d) => `officeHours.${d}`), ...Object.keys(OPTIONAL_KEYS)]),
  ];
}

/** The profile with its complaint set-up written out (a profile made before it existed gets the values in force). */
function withComplaints(profile: Profile): Profile {
  return profile.complaints ? profile : { ...profile, complaints: complaintContacts(profile, defaultProfile().complaints!) };
}

/** The value at a dotted key; an InputError for an unknown key. */
export function getProfileValue(original: Profile, key: string): unknown {
  const profile = key.startsWith('complaints') ? withComplaints(original) : original;
  if (COMPLAINT_CHANNEL_KEY.test(key)) return profile.complaints?.channels[key.slice('complaints.channels.'.length)] ?? '';
  const keys = profileKeys(profile);
  // A group (`signatories`, `services.pengaduan`) is shown whole.
  if (!keys.includes(key) && keys.some((k) => k.startsWith(`${key}.`))) {
    return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], profile) ?? {};
  }
  if (!keys.includes(key)) throw InputError.of('key', 'input.configKey', { value: key });
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], profile) ?? OPTIONAL_KEYS[key] ?? [];
}

function parseList(raw: string, key: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) throw new TypeError(text);
    return parsed;
  }
  if (!text) return [];
  return key.startsWith('officeHours.') ? text.split(',').map((s) => s.trim()) : [text];
}

/** A copy of the profile with `key` set from its text form; numbers and lists are parsed by the key's type. */
export function setProfileValue(original: Profile, key: string, raw: string): Profile {
  const profile = key.startsWith('complaints.') ? withComplaints(original) : original;
  const current = getProfileValue(profile, key);
  const next = structuredClone(profile) as unknown as Record<string, unknown>;
  const parts = key.split('.');
  let holder = next;
  for (const [i, p] of parts.slice(0, -1).entries()) {
    // An optional group not set yet (limits) is created; anything else unknown is refused by the schema below.
    const path = parts.slice(0, i + 1).join('.');
    if (holder[p] === undefined) holder[p] = structuredClone(OPTIONAL_GROUPS[path] ?? {});
    holder = holder[p] as Record<string, unknown>;
  }
  let value: unknown;
  if (typeof current === 'number') {
    if (!/^\d+(\.\d+)?$/.test(raw.trim())) throw InputError.of(key, 'input.number', { value: raw, min: 0 });
    value = Number(raw);
  } else if (Array.isArray(current)) {
    try {
      value = parseList(raw, key);
    } catch {
      throw InputError.of(key, 'input.configList', { value: raw });
    }
  } else value = raw;
  holder[parts[parts.length - 1]!] = value;
  const result = next as unknown as Profile;
  assertProfile(result);
  return result;
}

/** Refuses a profile that would break deadlines, numbers or documents: exit 2, naming each field. */
export function assertProfile(profile: Profile): void {
  const problems = new ProblemList();
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems.add(issue.path.join('.'), 'input.configValue', { value: issue.message });
  if (!isValidTimeZone(profile.timeZone)) problems.add('timeZone', 'input.timeZone', { value: profile.timeZone });
  for (const p of scheduleProblems(profile.officeHours as WeeklySchedule)) problems.add('officeHours', 'input.interval', { value: p });
  for (const [key, s] of Object.entries(profile.signatories)) {
    if (s && !isUnset(s.nip) && !isNip(s.nip)) problems.add(`signatories.${key}.nip`, 'input.nip', { value: s.nip });
  }
  const publicUrl = profile.serve?.publicUrl.trim();
  if (publicUrl && !/^https?:\/\/[^\s?#]+$/.test(publicUrl)) problems.add('serve.publicUrl', 'web.input.publicUrl', { value: publicUrl });
  for (const [key, pattern] of Object.entries(profile.numbering)) {
    const bad = patternProblems(pattern);
    if (bad.length) problems.add(`numbering.${key}`, 'input.pattern', { value: bad.join(', ') });
  }
  problems.throwIfAny();
}

/** The top-level profile entries that differ, as audit changes ({ from, to }). */
export function profileChanges(a: Profile, b: Profile): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(b)) {
    const before: unknown = Object.entries(a).find(([k]) => k === key)?.[1];
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[key] = { from: before, to: value };
  }
  return changes;
}
