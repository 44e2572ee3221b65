/**
 * The background's message listener, with a stand-in for the browser's extension API: who may ask what, and
 * what a malformed message does. A content script runs in its page's process, so it is treated as that page.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Sender = { id?: string; url?: string; tab?: { id: number; url?: string }; frameId?: number };
type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

const fake = vi.hoisted(() => {
  const EXTENSION = 'chrome-extension://tidyreadid/';
  const storage = new Map<string, unknown>();
  const tabs = new Map<number, { id: number; url: string }>();
  const state = { listener: null as Listener | null };
  const api = {
    runtime: {
      id: 'tidyreadid',
      getURL: (path: string) => EXTENSION + path,
      onMessage: { addListener: (listener: Listener) => (state.listener = listener) },
    },
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return { ...tab };
      },
      query: async () => [...tabs.values()].slice(0, 1),
      sendMessage: async (tabId: number, request: { type: string; mode?: string }) => ({
        url: tabs.get(tabId)?.url, mode: request.mode ?? 'off', detection: { isArticle: true, score: 3, reasons: [] }, hidden: [], cost: {},
      }),
      onUpdated: { addListener: () => undefined },
    },
    storage: {
      local: {
        get: async (keys: string[]) => Object.fromEntries(keys.filter((key) => storage.has(key)).map((key) => [key, storage.get(key)])),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([key, value]) => storage.set(key, value)),
        remove: async (keys: string[]) => keys.forEach((key) => storage.delete(key)),
      },
    },
    scripting: { executeScript: async () => [], insertCSS: async () => undefined },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    commands: { onCommand: { addListener: () => undefined } },
  };
  return { api, storage, tabs, state, EXTENSION };
});

vi.mock('../../src/browser', () => ({ default: fake.api }));

const BANK = 'https://bank.example/account/statement';
const EVIL = 'https://evil.example/story';
const detection = { isArticle: true, score: 3, reasons: ['json-ld:NewsArticle'] };

/** The popup, here opened as a tab: its own tab id, and the extension's address. */
const popup: Sender = { id: 'tidyreadid', url: `${fake.EXTENSION}popup.html?tab=2`, tab: { id: 9, url: `${fake.EXTENSION}popup.html?tab=2` } };
/** The content script of tab 1, showing a page of evil.example. */
const evilPage: Sender = { id: 'tidyreadid', url: EVIL, tab: { id: 1, url: EVIL }, frameId: 0 };

function send(message: unknown, sender: Sender): Promise<unknown> {
  const reply = fake.state.listener!(message, sender);
  return reply ?? Promise.resolve(undefined);
}

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(() => {
  fake.storage.clear();
  fake.tabs.clear();
  fake.tabs.set(1, { id: 1, url: EVIL });
  fake.tabs.set(2, { id: 2, url: BANK });
});

describe('the popup', () => {
  it('reads and changes any tab', async () => {
    expect(await send({ type: 'get-tab-state', tabId: 2 }, popup)).toMatchObject({ tabId: 2, url: BANK, restricted: null });
    await send({ type: 'set-mode', tabId: 2, mode: 'on' }, popup);
    expect(fake.storage.get(`page:${BANK}`)).toBe('on');
  });
});

describe('a content script', () => {
  it('cannot read another tab: its address and what reader mode hid there', async () => {
    await expect(send({ type: 'get-tab-state', tabId: 2 }, evilPage)).rejects.toThrow(/not allowed/);
  });

  it('cannot change the reader\'s choices, for another tab or its own', async () => {
    fake.storage.set('site:bank.example', 'on');
    for (const message of [
      { type: 'set-mode', tabId: 2, mode: 'off' },
      { type: 'set-site-always', tabId: 2, always: false },
      { type: 'show-block', tabId: 1, block: { rule: 'ad-slot', text: 'Advertisement' } },
      { type: 'toggle-active-tab' },
    ]) {
      await expect(send(message, evilPage), message.type).rejects.toThrow(/not allowed/);
    }
    expect(Object.fromEntries(fake.storage)).toEqual({ 'site:bank.example': 'on' });
  });

  it('announces its own page, and cannot ask for another site\'s remembered choices', async () => {
    fake.storage.set('site:evil.example', 'on');
    fake.storage.set('keep:bank.example', ['site-menu|accounts transfers statements']);
    expect(await send({ type: 'content-ready', url: EVIL, detection }, evilPage)).toEqual({ mode: 'on', keep: [] });
    await expect(send({ type: 'content-ready', url: BANK, detection }, evilPage)).rejects.toThrow(/not allowed/);
  });

  it('from an extension page it is not: messages from another extension are refused', async () => {
    await expect(send({ type: 'get-tab-state', tabId: 2 }, { ...popup, id: 'otherextension' })).rejects.toThrow(/not allowed/);
  });
});

describe('a malformed message', () => {
  it.each([
    ['nothing', null],
    ['a string', 'get-tab-state'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a tab id that is not a number', { type: 'get-tab-state', tabId: '2' }],
    ['a negative tab id', { type: 'set-mode', tabId: -1, mode: 'on' }],
    ['a mode that is neither on nor off', { type: 'set-mode', tabId: 2, mode: 'sideways' }],
    ['"always" as a string', { type: 'set-site-always', tabId: 2, always: 'false' }],
    ['a block that is null', { type: 'show-block', tabId: 2, block: null }],
    ['a block with a megabyte rule', { type: 'show-block', tabId: 2, block: { rule: 'r'.repeat(1 << 20), text: 'x' } }],
    ['a signature that is not text', { type: 'hide-block-again', tabId: 2, signature: { toString: 1 } }],
  ])('is refused in plain words and stores nothing: %s', async (_name, message) => {
    fake.storage.set('settings:fontSize', 19);
    const outcome = await send(message, popup).then(() => 'accepted', (error: Error) => error.message);
    expect(outcome).toMatch(/^Tidyread ignored a message it does not understand\.$/);
    expect(Object.fromEntries(fake.storage)).toEqual({ 'settings:fontSize': 19 });
  });
});
