/** English messages of the menu feature: every Indonesian key has its twin. */
import type { menuId } from './menu.id.js';

export const menuEn: Record<keyof typeof menuId, string> = {};
