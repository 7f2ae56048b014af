/**
 * Message catalogues joined without copying them: each part's prototype is the next one, so a
 * lookup finds the first part that has the key (the order a spread gives precedence, reversed).
 * Spreading the ~1,300 messages of ten parts into one object cost ~5 ms at every start-up; linking
 * them costs microseconds. `key in joined` and `for…in` see every part; Object.keys only the first.
 */
type Joined<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? Head & Joined<Rest>
  : unknown;

/** The parts as one catalogue, the first part's messages before the second's, and so on. */
export function joinCatalogues<const T extends readonly object[]>(...parts: T): Joined<T> {
  let joined: object | null = null;
  for (let i = parts.length - 1; i >= 0; i--) joined = Object.setPrototypeOf(parts[i], joined) as object;
  return joined as Joined<T>;
}
