/** Bounded waits: every call into a browser has a deadline, and waits are on conditions, never fixed sleeps. */

export const CALL_TIMEOUT_MS = 15_000;
export const WAIT_TIMEOUT_MS = 15_000;

export async function withTimeout<T>(promise: Promise<T>, what: string, ms = CALL_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `check` until it returns a value other than undefined/false/null, and returns that value.
 * A check that throws is retried (pages navigate, workers wake); the last error is in the timeout message.
 */
export async function waitUntil<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  ms = WAIT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      const value = await withTimeout(check(), what, Math.max(1000, deadline - Date.now()));
      if (value !== undefined && value !== null && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** A navigation that must fail (the host does not resolve here): its error is the expected outcome. */
export async function expectFailedLoad(navigation: Promise<unknown>, url: string): Promise<void> {
  const loaded = await navigation.then(() => true, () => false);
  if (loaded) throw new Error(`${url} loaded, but the test expected it to fail (no outside hosts are reachable)`);
}
