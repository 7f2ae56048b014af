/** English messages of the durability feature: every Indonesian key has its twin. */
import type { durabilityId } from './durability.id.js';

export const durabilityEn: Record<keyof typeof durabilityId, string> = {};
