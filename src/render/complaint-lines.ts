/** The complaint channels a receipt lists, from the office profile (see domain/complaint-channels.ts). */
import { readPackageJson } from '../data.js';
import { complaintLines, type ComplaintContacts } from '../domain/complaint-channels.js';
import type { Profile } from '../domain/profile.js';
import { channels } from '../channels.js';
import { label } from './labels.js';
import { fill } from './template.js';

/** The shipped agency's complaint set-up (for a profile written before it had its own). */
function shippedContacts(): ComplaintContacts {
  return readPackageJson<Profile>('data/office-profile.json')?.complaints ?? { addressee: '', channels: {} };
}

/** The lines, the written complaint first in the template's words (`{addressee}`, `{address}`). */
export function officeComplaintLines(profile: Profile, letterWords: string): string[] {
  return complaintLines(
    profile,
    shippedContacts(),
    (key) => (channels()[key] ? label('channel', key) : undefined),
    (addressee, address) => fill(letterWords, { addressee, address }),
  );
}
