/**
 * Where the public can complain about the service, as every receipt lists it: the addressee of a
 * written complaint and each channel's address, from the office profile. An office that changed
 * its agency but not these values gets its own address, telephone and e-mail, never the shipped
 * agency's (KASN's) addresses.
 */
import { titleCaseId } from './indonesian.js';
import type { Profile } from './profile.js';

/** The complaint set-up of a profile: the addressee and the address of each channel, by channel key. */
export interface ComplaintContacts {
  addressee: string;
  channels: Record<string, string>;
}

/**
 * The lines the shipped profile carried before these values existed: a store made then still holds
 * them in its `complaintChannels`, and they are read as "not set" rather than as the office's own.
 */
export const LEGACY_COMPLAINT_LINES = [
  'Surat resmi kepada Ketua Komisi Aparatur Sipil Negara, Jl. Let. Jend. MT. Haryono Kav. 52-53, Pancoran, Jakarta Selatan 12770',
  'Hotline telepon 021-7972098',
  'E-mail humas@kasn.go.id atau persuratan@kasn.go.id',
  'Lapor KASN: https://lapor.kasn.go.id/',
  'Whistle Blowing System: https://wbs.kasn.go.id',
  'Saran dan masukan/apresiasi: Facebook KomisiASNResmi, Instagram kasn_ri, Twitter KASN_RI',
];

/** The values derived from the office's own contact details: its head, its address, telephone and e-mail. */
export function ownComplaintContacts(profile: Pick<Profile, 'agency' | 'address' | 'phone' | 'email'>): ComplaintContacts {
  const channels: Record<string, string> = {};
  if (profile.address.trim()) channels.surat = profile.address.trim();
  if (profile.phone.trim()) channels.telepon = profile.phone.trim();
  if (profile.email.trim()) channels.email = profile.email.trim();
  return { addressee: `Pimpinan ${titleCaseId(profile.agency)}`, channels };
}

/** The words that mark a value as the shipped agency's, in a profile whose agency is another. */
const SHIPPED_MARKS = [/komisi aparatur sipil negara/i, /\bkasn\b/i, /kasn\.go\.id/i, /KomisiASN/i];

/** Whether a text names the shipped agency (KASN) or one of its addresses. */
export function namesShippedAgency(text: string): boolean {
  return SHIPPED_MARKS.some((re) => re.test(text));
}

/** Whether the profile is the shipped agency's own (whose addresses then are its addresses). */
export function isShippedAgency(profile: Pick<Profile, 'agency'>): boolean {
  return namesShippedAgency(profile.agency);
}

/** The complaint set-up in force: the profile's, else (for a profile made before it existed) the office's own. */
export function complaintContacts(profile: Profile, shipped: ComplaintContacts): ComplaintContacts {
  if (profile.complaints) return profile.complaints;
  return isShippedAgency(profile) ? shipped : ownComplaintContacts(profile);
}

/** The office's own lines, when it wrote some (`complaintChannels`) other than the old shipped ones. */
function ownLines(profile: Profile): string[] | undefined {
  const lines = profile.complaintChannels;
  const legacy = lines.length === LEGACY_COMPLAINT_LINES.length && lines.every((l, i) => l === LEGACY_COMPLAINT_LINES[i]);
  return lines.length && !legacy ? lines : undefined;
}

/**
 * The lines a receipt lists: a written complaint to the addressee at the postal address first, then
 * each channel with its address ("Telepon (hotline): 021-7972098"). `labelOf` names a channel key
 * (a key that is no channel is its own label); `letter` words the first line.
 */
export function complaintLines(
  profile: Profile,
  shipped: ComplaintContacts,
  labelOf: (key: string) => string | undefined,
  letter: (addressee: string, address: string) => string,
): string[] {
  const own = ownLines(profile);
  if (own) return own;
  const { addressee, channels } = complaintContacts(profile, shipped);
  const lines: string[] = [];
  const postal = channels.surat?.trim() || profile.address.trim();
  if (addressee.trim() && postal) lines.push(letter(addressee.trim(), postal));
  for (const [key, address] of Object.entries(channels)) {
    if (key === 'surat' || !address.trim()) continue;
    lines.push(`${labelOf(key) ?? key}: ${address.trim()}`);
  }
  return lines;
}
