/**
 * Remembers a pure function's answers for recent inputs. A draft is checked again on every
 * pause in typing and its links rarely change between checks, while URL parsing is most of what
 * the link rules cost. Bounded, oldest first out, so a long-lived worker does not grow.
 */
export function memoize<T>(fn: (input: string) => T, max = 512): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    if (cache.has(input)) return cache.get(input) as T;
    const value = fn(input);
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(input, value);
    return value;
  };
}
