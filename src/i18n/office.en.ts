/** English messages of the office feature: every Indonesian key has its twin. */
import type { officeId } from './office.id.js';

export const officeEn: Record<keyof typeof officeId, string> = {};
