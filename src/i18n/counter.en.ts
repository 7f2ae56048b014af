/** English messages of the counter feature: every Indonesian key has its twin. */
import type { counterId } from './counter.id.js';

export const counterEn: Record<keyof typeof counterId, string> = {
  'input.attachmentUnknown': 'there is no attachment "{value}"; name the file or give its number: {names}',
  'input.attachmentTwoRoles': 'attachment {value} cannot be both the TOR and the identity card',
  'help.register.torAttachment': 'the attachment (file name or number, e.g. of --from-eml) that is the TOR',
  'help.register.idAttachment': 'the attachment (file name or number) that is the identity card',
  'warn.officeClosedDays':
    'Note: the office is closed at {at}; the request is still recorded as received that day, and its period counts from the day received (due {due}).',
  'warn.officeClosedWaiting':
    'Note: the office is closed at {at}; the request is still recorded as received then. Its period counts from the day every requirement is complete.',
  'due.lateOnlyMinutes': '{m} min late',
  'due.lateOnlyHours': '{h} h late',
};
