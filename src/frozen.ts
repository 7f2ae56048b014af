/** Read-only values for the caches that hand one object to every caller (holidays, the cases the status page finds). */

/** `value` and everything in it made read-only; returns it. */
export function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}
