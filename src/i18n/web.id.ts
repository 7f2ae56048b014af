/** Indonesian messages of the web feature. */
export const webId = {} as const;
