/** Indonesian messages of the counter feature. */
export const counterId = {} as const;
