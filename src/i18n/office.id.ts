/** Indonesian messages of the office feature. */
export const officeId = {} as const;
