import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/run/mapInOrder.js';

/** A task per item that takes `ms[i]` milliseconds and logs when it starts and ends. */
function timedTasks(ms: number[]) {
  const log: string[] = [];
  let running = 0;
  let most = 0;
  const start = async (delay: number, i: number) => {
    running += 1;
    most = Math.max(most, running);
    log.push(`start ${i}`);
    await sleep(delay);
    running -= 1;
    log.push(`end ${i}`);
    return i * 10;
  };
  return { log, start, most: () => most };
}

describe('mapInOrder', () => {
  it('hands results over in item order although they finish out of order', async () => {
    const tasks = timedTasks([60, 5, 30, 1, 1]);
    const handed: [number, number][] = [];
    await mapInOrder([60, 5, 30, 1, 1], 3, tasks.start, (result, i) => handed.push([result, i]));
    expect(handed).toEqual([
      [0, 0],
      [10, 1],
      [20, 2],
      [30, 3],
      [40, 4],
    ]);
    expect(tasks.log.indexOf('end 1')).toBeLessThan(tasks.log.indexOf('end 0'));
  });

  it('keeps `limit` running and starts the next as soon as one ends, not in windows', async () => {
    // Item 0 ends only once item 4 has started (or after 10 s, which then fails): no race with the
    // machine's speed. In windows of 2, item 2 could not start before item 0 ended.
    const log: string[] = [];
    let running = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const fourStarted = new Promise<void>((resolve) => (release = resolve));
    await mapInOrder([0, 1, 2, 3, 4], 2, async (i) => {
      running += 1;
      most = Math.max(most, running);
      log.push(`start ${i}`);
      if (i === 4) release();
      await (i === 0 ? Promise.race([fourStarted, sleep(10_000)]) : sleep(1));
      running -= 1;
      log.push(`end ${i}`);
    }, () => undefined);
    expect(most).toBe(2);
    expect(log.indexOf('start 4')).toBeLessThan(log.indexOf('end 0'));
  });

  it('runs one at a time with a limit of 1 (or less)', async () => {
    const tasks = timedTasks([5, 5, 5]);
    await mapInOrder([5, 5, 5], 0, tasks.start, () => undefined);
    expect(tasks.most()).toBe(1);
    expect(tasks.log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('resolves at once for no items', async () => {
    let calls = 0;
    await mapInOrder([], 4, async () => (calls += 1), () => (calls += 1));
    expect(calls).toBe(0);
  });

  it('throws the first failure after the running tasks settle, and starts nothing more', async () => {
    const started: number[] = [];
    const settled: number[] = [];
    const run = mapInOrder(
      [0, 1, 2, 3, 4, 5],
      2,
      async (item) => {
        started.push(item);
        await sleep(item === 1 ? 5 : 20);
        settled.push(item);
        if (item === 1) throw new Error('item 1 broke');
        return item;
      },
      () => undefined,
    );
    await expect(run).rejects.toThrow('item 1 broke');
    expect(started).toEqual([0, 1]);
    expect(settled).toEqual([1, 0]);
  });

  it('stops when the handler throws, with that error', async () => {
    const handed: number[] = [];
    const run = mapInOrder([0, 1, 2, 3], 1, async (item) => item, (result) => {
      handed.push(result);
      if (result === 1) throw new Error('judging 1 broke');
    });
    await expect(run).rejects.toThrow('judging 1 broke');
    expect(handed).toEqual([0, 1]);
  });
});
