/** Indonesian messages of the skm feature. */
export const skmId = {} as const;
