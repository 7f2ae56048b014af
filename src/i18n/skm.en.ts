/** English messages of the skm feature: every Indonesian key has its twin. */
import type { skmId } from './skm.id.js';

export const skmEn: Record<keyof typeof skmId, string> = {};
