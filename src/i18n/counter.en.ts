/** English messages of the counter feature: every Indonesian key has its twin. */
import type { counterId } from './counter.id.js';

export const counterEn: Record<keyof typeof counterId, string> = {};
