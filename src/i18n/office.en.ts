/** English messages of the office feature: every Indonesian key has its twin. */
import type { officeId } from './office.id.js';

export const officeEn: Record<keyof typeof officeId, string> = {
  'calendar.provisional':
    '* The dates of Idulfitri and Iduladha (and their cuti bersama) are confirmed later by the Minister of Religious Affairs; if they move, record it with `loket calendar open` and `loket calendar close`.',
  'warn.logoMissing':
    'Note: the letterhead logo ({value}) cannot be found; documents are printed without it. Set it again with `loket config set logo FILE`.',
  'warn.profileLeftover': 'Note: {key} still names the shipped agency: "{value}". Change it with `loket config set {key} ...`.',
  'init.ask.complaintAddressee': 'Written complaints are addressed to (position)',
  'init.ask.complaintPhone': 'Complaint telephone (hotline)',
  'init.ask.complaintEmail': 'Complaint e-mail',
  'init.ask.complaintWeb': 'Online complaint site (Lapor), empty for none',
  'init.ask.complaintWbs': 'Whistle Blowing System site, empty for none',
  'init.ask.copies': 'Copies (tembusan) of outgoing letters, separated by semicolons (;)',
  'init.ask.verificationUrl': 'Certificate check address (QR), with {code}',
  'init.ask.publicUrl': 'Address of the public page, loket serve (may be empty)',
};
