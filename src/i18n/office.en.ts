/** English messages of the office feature: every Indonesian key has its twin. */
import type { officeId } from './office.id.js';

export const officeEn: Record<keyof typeof officeId, string> = {
  'calendar.provisional':
    '* The dates of Idulfitri and Iduladha (and their cuti bersama) are confirmed later by the Minister of Religious Affairs; if they move, record it with `loket calendar open` and `loket calendar close`.',
};
