/**
 * Runs asynchronous tasks one after another, in the order they were queued, whatever the outcome of each. The
 * reader's choices are read, changed and written back: two changes that overlap would both read the old records,
 * and the second write would undo the first.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const result = tail.then(task, task);
    tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };
}
