/** English messages of the web feature: every Indonesian key has its twin. */
import type { webId } from './web.id.js';

export const webEn: Record<keyof typeof webId, string> = {};
