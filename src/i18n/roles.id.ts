/** Indonesian messages of the roles feature. */
export const rolesId = {} as const;
