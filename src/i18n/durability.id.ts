/** Indonesian messages of the durability feature. */
export const durabilityId = {} as const;
