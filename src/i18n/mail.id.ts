/** Indonesian messages of the mail feature. */
export const mailId = {} as const;
