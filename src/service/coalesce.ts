/**
 * Concurrent calls with one key share one run of `work`: the first starts it, the others wait
 * for the same promise; the key is free again as soon as it settles.
 */
export function createCoalescer<T>() {
  const running = new Map<string, Promise<T>>();
  return (key: string, work: () => Promise<T>): Promise<T> => {
    let shared = running.get(key);
    if (!shared) {
      shared = work().finally(() => running.delete(key));
      running.set(key, shared);
    }
    return shared;
  };
}
