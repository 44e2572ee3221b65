/**
 * Background: remembers the reader's choices (storage.local), answers the popup and the content script,
 * runs the keyboard command, and keeps the toolbar badge in step with each tab.
 */
import browser from '../browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import {
  isChoiceKey, keepList, keysFor, PAGE_ORDER_KEY, PAGE_PREFIX, pageOrderOf, privateWrites, withPageOrder, recordPageMode, recordSiteAlways, resolveMode, signatureOf, withPrivateChoices,
  type PrefRecords, type ReaderMode,
} from '../core/state';
import type { Detection } from '../core/types';
import { serialQueue } from '../core/serial';
import { restrictionReason as restrictionIn, type BrowserName } from '../core/url';
import {
  asBackgroundRequest, CONTENT_SCRIPT_REQUESTS,
  type BackgroundReply, type BackgroundRequest, type ContentReply, type ContentRequest, type ContentStatus, type TabReaderState,
} from '../messages';

/** Firefox's extension pages are moz-extension: ones; its protected sites differ from Chromium's. */
const BROWSER_NAME: BrowserName = browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
const restrictionReason = (url: string | null | undefined) => restrictionIn(url, BROWSER_NAME);

/**
 * The records that decide a page's mode. A private (incognito) tab also sees the choices made in private windows, kept
 * in storage.session: the addresses a reader visits privately are never written to disk (storage.local).
 */
async function readRecords(url: string, incognito = false): Promise<PrefRecords> {
  const keys = Object.values(keysFor(url)).filter((key): key is string => key !== null);
  if (!keys.length) return {};
  const local = await browser.storage.local.get(keys);
  return incognito ? withPrivateChoices(local, await browser.storage.session.get(keys)) : local;
}

/** The pages with a record, least recently chosen first; rebuilt from the records when missing or damaged. */
async function pageOrder(): Promise<string[]> {
  const order = pageOrderOf((await browser.storage.local.get(PAGE_ORDER_KEY))[PAGE_ORDER_KEY]);
  if (order) return order;
  return Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(PAGE_PREFIX));
}

async function writeRecords(choices: Record<string, unknown>, incognito = false): Promise<void> {
  if (incognito) {
    await browser.storage.session.set(privateWrites(choices));
    return;
  }
  const writes = Object.keys(choices).some((key) => key.startsWith(PAGE_PREFIX)) ? withPageOrder(choices, await pageOrder()) : choices;
  const removals = Object.keys(writes).filter((key) => writes[key] === undefined);
  const sets = Object.fromEntries(Object.entries(writes).filter(([, value]) => value !== undefined));
  if (removals.length) await browser.storage.local.remove(removals);
  if (Object.keys(sets).length) await browser.storage.local.set(sets);
}

function sendToTab<T extends ContentRequest>(tabId: number, request: T): Promise<ContentReply<T['type']>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentReply<T['type']>>;
}

/** The content script's status; injects the script first into pages opened before Tidyread was installed. */
async function contentStatus(tabId: number): Promise<ContentStatus | null> {
  try {
    return await sendToTab(tabId, { type: 'get-status' });
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return await sendToTab(tabId, { type: 'get-status' });
    } catch {
      return null;
    }
  }
}

async function updateBadge(tabId: number, mode: ReaderMode, detection: Detection | null): Promise<void> {
  const article = detection?.isArticle ?? false;
  const text = mode === 'on' ? 'ON' : article ? '•' : '';
  const title =
    mode === 'on' ? 'Tidyread: reader mode is on' : article ? 'Tidyread: this looks like an article (reader mode off)' : 'Tidyread: not an article';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: mode === 'on' ? '#1a7f37' : '#3d5a80' }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/** What the popup shows for a tab; a caller that has just read the records or the tab's status passes them on. */
async function tabState(tab: Tabs.Tab, known: { records?: PrefRecords; status?: ContentStatus | null } = {}): Promise<TabReaderState> {
  const tabId = tab.id ?? -1;
  const url = tab.url ?? null;
  const restricted = restrictionReason(url);
  const base: TabReaderState = {
    tabId, url, restricted, mode: 'off', source: 'default', siteAlways: false, detection: null, hidden: [], kept: [],
  };
  if (restricted || !url) return base;
  const records = known.records ?? (await readRecords(url, tab.incognito));
  const resolved = { ...resolveMode(url, records), kept: keepList(url, records) };
  const status = known.status ?? (await contentStatus(tabId));
  if (!status) {
    return { ...base, ...resolved, restricted: 'Tidyread cannot reach this page. Reload the page and try again.' };
  }
  // Until its first detection (at the page's first idle moment, up to a second after load) the content script holds
  // "off" whatever was remembered; the remembered choice is what the page is about to get, and what the reader saw.
  const mode = status.detection ? status.mode : resolved.mode;
  return { ...base, ...resolved, mode, detection: status.detection, hidden: status.hidden };
}

/** The state of a tab by id; a closed tab gets the plain-words "no access" state. */
async function tabStateById(tabId: number): Promise<TabReaderState> {
  return tabState(await browser.tabs.get(tabId).catch(() => ({ id: tabId }) as Tabs.Tab));
}

/** Tells the tab its mode, then reports the new state. */
async function applyToTab(tab: Tabs.Tab): Promise<TabReaderState> {
  const url = tab.url!;
  const records = await readRecords(url, tab.incognito);
  const { mode } = resolveMode(url, records);
  const status = await sendToTab(tab.id!, { type: 'apply-mode', mode, keep: keepList(url, records) }).catch(() => null);
  await updateBadge(tab.id!, mode, status?.detection ?? null);
  return tabState(tab, { records, status: status ?? undefined });
}

async function usableTab(tabId: number): Promise<Tabs.Tab | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab && tab.id !== undefined && tab.url && !restrictionReason(tab.url) ? tab : null;
}

async function setMode(tabId: number, mode: ReaderMode): Promise<TabReaderState> {
  const tab = await usableTab(tabId);
  if (!tab) return tabStateById(tabId);
  await writeRecords(recordPageMode(tab.url!, mode, await readRecords(tab.url!, tab.incognito)), tab.incognito);
  return applyToTab(tab);
}

async function toggle(tabId: number): Promise<TabReaderState> {
  const state = await tabStateById(tabId);
  if (state.restricted) return state;
  return setMode(tabId, state.mode === 'on' ? 'off' : 'on');
}

/** Changes of the reader's choices, one at a time: two quick "Show" clicks must not both read the old kept list. */
const oneAtATime = serialQueue();

const CHANGES = new Set<BackgroundRequest['type']>(['set-mode', 'set-site-always', 'show-block', 'hide-block-again', 'toggle-active-tab']);

async function handle(request: BackgroundRequest, sender: Runtime.MessageSender): Promise<unknown> {
  return CHANGES.has(request.type) ? oneAtATime(() => answer(request, sender)) : answer(request, sender);
}

async function answer(request: BackgroundRequest, sender: Runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'content-ready': {
      const records = await readRecords(request.url, sender.tab?.incognito);
      const { mode } = resolveMode(request.url, records);
      if (sender.tab?.id !== undefined) await updateBadge(sender.tab.id, mode, request.detection);
      const reply: BackgroundReply<'content-ready'> = { mode, keep: keepList(request.url, records) };
      return reply;
    }
    case 'get-tab-state':
      return tabStateById(request.tabId);
    case 'set-mode':
      return setMode(request.tabId, request.mode);
    case 'set-site-always': {
      const tab = await usableTab(request.tabId);
      if (!tab) return tabStateById(request.tabId);
      const { mode } = resolveMode(tab.url!, await readRecords(tab.url!, tab.incognito));
      await writeRecords(recordSiteAlways(tab.url!, request.always, mode), tab.incognito);
      return applyToTab(tab);
    }
    case 'show-block': {
      const tab = await usableTab(request.tabId);
      const key = tab ? keysFor(tab.url!).keep : null;
      if (!tab || !key) return tabStateById(request.tabId);
      const kept = keepList(tab.url!, await readRecords(tab.url!, tab.incognito));
      const signature = signatureOf(request.block);
      if (!kept.includes(signature)) await writeRecords({ [key]: [...kept, signature] }, tab.incognito);
      return applyToTab(tab);
    }
    case 'hide-block-again': {
      const tab = await usableTab(request.tabId);
      const key = tab ? keysFor(tab.url!).keep : null;
      if (!tab || !key) return tabStateById(request.tabId);
      const kept = keepList(tab.url!, await readRecords(tab.url!, tab.incognito)).filter((signature) => signature !== request.signature);
      await writeRecords({ [key]: kept.length ? kept : undefined }, tab.incognito);
      return applyToTab(tab);
    }
    case 'toggle-active-tab': {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id !== undefined ? toggle(tab.id) : null;
    }
    case 'load-cleanup': {
      if (sender.tab?.id === undefined) throw new Error('load-cleanup comes from a page');
      const frameIds = sender.frameId === undefined ? undefined : [sender.frameId];
      const target = { tabId: sender.tab.id, frameIds };
      // The stylesheet comes with reader mode, not with every page: from its rules any page could tell that Tidyread
      // is installed (an element marked as clutter under <html data-tidyread="on"> is not displayed).
      await browser.scripting.insertCSS({ target, files: ['reader.css'] });
      await browser.scripting.executeScript({ target, files: ['cleanup.js'] });
      return undefined;
    }
  }
}

/** The extension's own pages (the popup, also opened in a tab): their address starts with this. */
const EXTENSION_ORIGIN = browser.runtime.getURL('');

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether this sender may send this request. A content script runs in the page's process: it speaks for its own tab
 * and page only. Reading or changing another tab, or the reader's choices, is for the extension's own pages.
 */
function allowed(request: BackgroundRequest, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!CONTENT_SCRIPT_REQUESTS.has(request.type)) return sender.url?.startsWith(EXTENSION_ORIGIN) ?? false;
  if (sender.tab?.id === undefined) return false;
  // A page announces itself: it may not ask for another site's remembered choices.
  return request.type !== 'content-ready' || (originOf(request.url) !== null && originOf(request.url) === originOf(sender.url));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const request = asBackgroundRequest(message);
  if (!request) return Promise.reject(new Error('Tidyread ignored a message it does not understand.'));
  if (!allowed(request, sender)) return Promise.reject(new Error(`Tidyread ignored a "${request.type}" message from a sender not allowed to send it.`));
  return handle(request, sender);
});

async function runCommand(command: string): Promise<TabReaderState | null> {
  if (command !== 'toggle-reader-mode') return null;
  return (await handle({ type: 'toggle-active-tab' }, {} as Runtime.MessageSender)) as TabReaderState | null;
}

browser.commands.onCommand.addListener((command: string) => {
  void runCommand(command);
});

/** The private session ends with its last private window: what was chosen in it is forgotten then, not at browser exit. */
async function forgetPrivateChoicesIfNoPrivateWindow(): Promise<void> {
  const windows = await browser.windows.getAll();
  if (windows.some((window) => window.incognito)) return;
  const keys = Object.keys(await browser.storage.session.get()).filter(isChoiceKey);
  if (keys.length) await browser.storage.session.remove(keys);
}

browser.windows.onRemoved.addListener(() => {
  void oneAtATime(forgetPrivateChoicesIfNoPrivateWindow).catch(() => undefined);
});

// Single-page sites change the URL without a new page: tell the content script to look again.
browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
  if (change.url && !restrictionReason(change.url)) {
    sendToTab(tabId, { type: 'location-changed' }).catch(() => undefined);
  }
});

/** What the keyboard command does, reachable from tests in Firefox (via runtime.getBackgroundPage()). */
(globalThis as { tidyreadRunCommand?: typeof runCommand }).tidyreadRunCommand = runCommand;
