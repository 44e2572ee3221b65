import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/core/serial';

/** A store whose reads and writes take a while, as storage.local's do. */
function slowStore() {
  let list: string[] = [];
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 5));
  return {
    read: () => later([...list]),
    write: async (next: string[]) => {
      await later(undefined);
      list = next;
    },
    get list() {
      return list;
    },
  };
}

async function append(store: ReturnType<typeof slowStore>, entry: string): Promise<void> {
  const current = await store.read();
  await store.write([...current, entry]);
}

describe('serialQueue', () => {
  it('two overlapping read-and-write changes both land when queued (and one is lost when not)', async () => {
    const unqueued = slowStore();
    await Promise.all([append(unqueued, 'a'), append(unqueued, 'b')]);
    expect(unqueued.list).toHaveLength(1);

    const queued = slowStore();
    const oneAtATime = serialQueue();
    await Promise.all([oneAtATime(() => append(queued, 'a')), oneAtATime(() => append(queued, 'b'))]);
    expect(queued.list).toEqual(['a', 'b']);
  });

  it('runs the tasks in the order they were queued and hands each its own result', async () => {
    const oneAtATime = serialQueue();
    const order: number[] = [];
    const slow = oneAtATime(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(1);
      return 'first';
    });
    const fast = oneAtATime(async () => {
      order.push(2);
      return 'second';
    });
    expect(await Promise.all([slow, fast])).toEqual(['first', 'second']);
    expect(order).toEqual([1, 2]);
  });

  it('a task that fails rejects its own promise and does not stop the next', async () => {
    const oneAtATime = serialQueue();
    const failing = oneAtATime(async () => {
      throw new Error('storage is full');
    });
    const next = oneAtATime(async () => 'ran');
    await expect(failing).rejects.toThrow('storage is full');
    expect(await next).toBe('ran');
  });
});
