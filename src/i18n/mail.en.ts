/** English messages of the mail feature: every Indonesian key has its twin. */
import type { mailId } from './mail.id.js';

export const mailEn: Record<keyof typeof mailId, string> = {};
