/** Indonesian messages of the menu feature. */
export const menuId = {} as const;
