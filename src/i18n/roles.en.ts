/** English messages of the roles feature: every Indonesian key has its twin. */
import type { rolesId } from './roles.id.js';

export const rolesEn: Record<keyof typeof rolesId, string> = {};
