/**
 * Runs `start` over `items` with at most `limit` running at once, each started as soon as a slot
 * frees (not in windows: the harness prepares the next request while the target answers the
 * others), and hands each result to `each` in item order, as soon as every earlier one has been
 * handed over. Judging in item order keeps a seed's report the same however the answers interleave.
 * A `start` or `each` that throws stops new starts; the first error is thrown once the running
 * ones have settled.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  start: (item: T, index: number) => Promise<R>,
  each: (result: R, index: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let next = 0;
  let handed = 0;
  let running = 0;
  let failure: { error: unknown } | undefined;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      try {
        while (!failure && results.has(handed)) {
          const result = results.get(handed)!;
          results.delete(handed);
          each(result, handed);
          handed += 1;
        }
      } catch (error) {
        failure ??= { error };
      }
      while (!failure && running < Math.max(1, limit) && next < items.length) {
        const index = next;
        next += 1;
        running += 1;
        let started: Promise<R>;
        try {
          started = start(items[index]!, index);
        } catch (error) {
          started = Promise.reject(error);
        }
        started.then(
          (result) => {
            running -= 1;
            results.set(index, result);
            pump();
          },
          (error: unknown) => {
            running -= 1;
            failure ??= { error };
            pump();
          },
        );
      }
      if (running === 0 && (failure || handed === items.length)) resolve();
    };
    pump();
  });
  if (failure) throw failure.error;
}
