/**
 * The background's message listener, with a stand-in for the browser's extension API: who may ask what, and
 * what a malformed message does. A content script runs in its page's process, so it is treated as that page.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Sender = { id?: string; url?: string; tab?: { id: number; url?: string; incognito?: boolean }; frameId?: number };
type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

const fake = vi.hoisted(() => {
  const EXTENSION = 'chrome-extension://tidyreadid/';
  const storage = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const tabs = new Map<number, { id: number; url: string; incognito?: boolean }>();
  const windows: Array<{ id: number; incognito: boolean }> = [];
  const state = {
    listener: null as Listener | null,
    windowRemoved: null as (() => void) | null,
  };
  /** A storage area over a map, as storage.local and storage.session behave (get() with no keys: everything). */
  const area = (map: Map<string, unknown>) => ({
    get: async (keys?: string | string[] | null) => {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries([...map].filter(([key]) => !wanted || wanted.includes(key)));
    },
    set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([key, value]) => map.set(key, value)),
    remove: async (keys: string[]) => keys.forEach((key) => map.delete(key)),
  });
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
    storage: { local: area(storage), session: area(session) },
    windows: {
      getAll: async () => windows.map((window) => ({ ...window })),
      onRemoved: { addListener: (listener: () => void) => (state.windowRemoved = listener) },
    },
    scripting: { executeScript: async () => [], insertCSS: async () => undefined },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    commands: { onCommand: { addListener: () => undefined } },
  };
  return { api, storage, session, tabs, windows, state, EXTENSION };
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
  fake.session.clear();
  fake.windows.length = 0;
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

describe('a private (incognito) window', () => {
  const STORY = 'https://news.example/world/story';
  const OTHER = 'https://news.example/world/other';
  /** The mode the background tells the content script of a tab as its page loads. */
  async function modeAtLoad(tabId: number): Promise<unknown> {
    const tab = fake.tabs.get(tabId)!;
    const reply = (await send({ type: 'content-ready', url: tab.url, detection }, { id: 'tidyreadid', url: tab.url, tab, frameId: 0 })) as { mode: string };
    return reply.mode;
  }

  beforeEach(() => {
    fake.tabs.set(3, { id: 3, url: STORY, incognito: true });
    fake.tabs.set(4, { id: 4, url: OTHER, incognito: true });
    fake.windows.push({ id: 1, incognito: false }, { id: 2, incognito: true });
  });

  it('writes none of the reader\'s choices, nor the addresses they name, to disk (storage.local)', async () => {
    fake.storage.set('settings:fontSize', 19);
    await send({ type: 'set-mode', tabId: 3, mode: 'on' }, popup);
    await send({ type: 'set-site-always', tabId: 3, always: true }, popup);
    await send({ type: 'show-block', tabId: 3, block: { rule: 'share-bar', text: 'Share this story' } }, popup);
    expect(Object.fromEntries(fake.storage)).toEqual({ 'settings:fontSize': 19 });
    // Remembered for the private session: the tab's other page follows "always", a reload of the page finds it on.
    expect(await send({ type: 'get-tab-state', tabId: 4 }, popup)).toMatchObject({ source: 'site', siteAlways: true, kept: ['share-bar|share this story'] });
    expect(await modeAtLoad(4)).toBe('on');
    expect(await modeAtLoad(3)).toBe('on');
  });

  it('follows the choices made in normal windows, and its own choices win over them there only', async () => {
    fake.storage.set('site:news.example', 'on');
    fake.storage.set(`page:${STORY}`, 'off');
    expect(await modeAtLoad(3)).toBe('off');
    expect(await modeAtLoad(4)).toBe('on');

    // On again in private: the page then just follows its site, and the normal windows' "off" must not show through.
    await send({ type: 'set-mode', tabId: 3, mode: 'on' }, popup);
    expect(await modeAtLoad(3)).toBe('on');
    // "Always" off in private, from a page that was on: that page stays on, the site's other pages are off again.
    await send({ type: 'set-site-always', tabId: 3, always: false }, popup);
    expect(await send({ type: 'get-tab-state', tabId: 4 }, popup)).toMatchObject({ siteAlways: false });
    expect(await modeAtLoad(3)).toBe('on');
    expect(await modeAtLoad(4)).toBe('off');

    // A normal window's tab of the same site still has what was chosen there.
    fake.tabs.set(5, { id: 5, url: OTHER });
    expect(await send({ type: 'get-tab-state', tabId: 5 }, popup)).toMatchObject({ siteAlways: true });
    expect(await modeAtLoad(5)).toBe('on');
    expect(Object.fromEntries(fake.storage)).toEqual({ 'site:news.example': 'on', [`page:${STORY}`]: 'off' });
  });

  it('forgets its choices when the last private window closes', async () => {
    await send({ type: 'set-mode', tabId: 3, mode: 'on' }, popup);
    fake.session.set('unrelated', 1);
    fake.windows.splice(1);
    fake.state.windowRemoved!();
    await waitFor(() => !fake.session.has(`page:${STORY}`));
    expect(Object.fromEntries(fake.session)).toEqual({ unrelated: 1 });
    expect(await modeAtLoad(3)).toBe('off');
  });
});

/** Polls a condition the background reaches in its own time (a listener's work is not awaited by its caller). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('the list of remembered pages', () => {
  it('keeps at most MAX_REMEMBERED_PAGES pages: a new choice takes the place of the least recently made one', async () => {
    const { MAX_REMEMBERED_PAGES } = await import('../../src/core/state');
    const older = Array.from({ length: MAX_REMEMBERED_PAGES }, (_, index) => `page:https://news.example/story-${index}`);
    older.forEach((key) => fake.storage.set(key, 'on'));
    fake.storage.set('order:pages', older);
    await send({ type: 'set-mode', tabId: 2, mode: 'on' }, popup);
    const remembered = [...fake.storage.keys()].filter((key) => key.startsWith('page:'));
    expect(remembered).toHaveLength(MAX_REMEMBERED_PAGES);
    expect(remembered).toContain(`page:${BANK}`);
    expect(remembered).not.toContain(older[0]);
    expect(remembered).toContain(older[1]);
  });

  it('is rebuilt from the records when it is damaged, and no other setting is lost', async () => {
    fake.storage.set('order:pages', 42);
    fake.storage.set('page:https://news.example/old', 'off');
    fake.storage.set('keep:bank.example', ['share-bar|share', { rule: 'x' }]);
    fake.storage.set('settings:fontSize', 19);
    await send({ type: 'set-mode', tabId: 2, mode: 'on' }, popup);
    expect(Object.fromEntries(fake.storage)).toEqual({
      'order:pages': ['page:https://news.example/old', `page:${BANK}`],
      'page:https://news.example/old': 'off',
      [`page:${BANK}`]: 'on',
      'keep:bank.example': ['share-bar|share', { rule: 'x' }],
      'settings:fontSize': 19,
    });
  });
});
