// @vitest-environment jsdom
/**
 * The content script between announcing its page and hearing back the page's mode. Meanwhile it holds "off" whatever
 * the reader chose, and the background must not take that for the page's mode (a keyboard toggle would read it); and a
 * mode the background sends meanwhile is the reader's latest word, which the late answer must not undo.
 */
import { expect, it, vi } from 'vitest';

type Listener = (message: unknown) => Promise<unknown> | undefined;
interface Pending { request: { type: string }; resolve: (reply: unknown) => void }

const fake = vi.hoisted(() => {
  const state = { listener: null as Listener | null, pending: [] as Pending[] };
  const api = {
    runtime: {
      sendMessage: (request: { type: string }) => new Promise((resolve) => state.pending.push({ request, resolve })),
      onMessage: { addListener: (listener: Listener) => (state.listener = listener) },
    },
  };
  return { api, state };
});

vi.mock('../../src/browser', () => ({ default: fake.api }));

async function until<T>(check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not reached');
}

const status = async () => (await fake.state.listener!({ type: 'get-status' })) as { mode: string; detection: unknown };

it('reports no detection until the background has told it the page\'s mode, then the mode it was told', async () => {
  document.body.innerHTML = '<article><h1>Story</h1><p>Text of the story.</p></article>';
  await import('../../src/content/index');
  const announced = await until(() => fake.state.pending.find((pending) => pending.request.type === 'content-ready'));

  expect(await status()).toMatchObject({ mode: 'off', detection: null });

  announced.resolve({ mode: 'off', keep: [] });
  const settled = await until(async () => ((await status()).detection ? status() : undefined));
  expect(settled.mode).toBe('off');
  expect(settled.detection).toMatchObject({ isArticle: expect.any(Boolean) });
});

it('keeps the mode the background sent while its announcement was unanswered, over the older answer', async () => {
  fake.state.pending.length = 0;
  // The page moves to another address: the content script announces it again.
  history.pushState(null, '', '/another-story');
  await fake.state.listener!({ type: 'location-changed' });
  const announced = await until(() => fake.state.pending.find((pending) => pending.request.type === 'content-ready'));

  // Meanwhile the reader turns reader mode on: the background writes it and tells the page.
  const applying = fake.state.listener!({ type: 'apply-mode', mode: 'on', keep: [] });
  await until(() => fake.state.pending.find((pending) => pending.request.type === 'load-cleanup'));
  (globalThis as Record<symbol, unknown>)[Symbol.for('tidyread.cleanup')] = { turnOn: () => undefined, turnOff: () => undefined, hidden: () => [] };
  fake.state.pending.find((pending) => pending.request.type === 'load-cleanup')!.resolve(undefined);
  await applying;

  // The answer to the announcement, read before the reader's change was written, arrives last.
  announced.resolve({ mode: 'off', keep: [] });
  await until(async () => ((await status()).detection ? true : undefined));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect((await status()).mode).toBe('on');
});
