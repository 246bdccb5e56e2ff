/**
 * Work done once per content set and shared by every page that needs it. A build renders hundreds or thousands of
 * pages from one set; work over all entries repeated on each entry page would grow with the square of the entries.
 */
const memos = new WeakMap<object, Map<string, unknown>>();

/** `compute()` the first time `key` is asked of `owner`, the same value after. Callers must not mutate it. */
export function memo<T>(owner: object, key: string, compute: () => T): T {
  let known = memos.get(owner);
  if (!known) {
    known = new Map();
    memos.set(owner, known);
  }
  if (!known.has(key)) known.set(key, compute());
  return known.get(key) as T;
}
