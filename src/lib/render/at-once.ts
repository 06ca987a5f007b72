/**
 * Work over a list, a few items at a time: while one item waits on the disk or on Node's thread pool,
 * the next is taken. Results come back in the list's order. The first fault ends it: no further item is
 * taken, and the fault is thrown.
 */
export async function eachAtOnce<T, R>(items: readonly T[], atOnce: number, make: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await make(items[i]!, i);
      } catch (error) {
        next = items.length;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}
