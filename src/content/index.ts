/**
 * The always-on content script: detects whether the page is an article, and applies reader mode when asked.
 * Kept small: the cleanup itself (src/content/cleanup.ts) is injected when reader mode first turns on in the
 * page, and Readability (src/content/extract.ts) only when the popup asks.
 */
import browser from '../browser';
import { CLEANUP_KEY } from '../core/cleanup/marks';
import { detectArticle } from '../core/detect';
import type { ReaderMode } from '../core/state';
import { isSamePageAnchor, pageAddress } from '../core/url';
import type { Detection } from '../core/types';
import type { BackgroundReply, BackgroundRequest, ContentCost, ContentRequest, ContentStatus, PageCleanup } from '../messages';

let mode: ReaderMode = 'off';
let detection: Detection | null = null;
let url = location.href;
const cost: ContentCost = { detectMs: null, turnOnMs: null };
/** Each apply gets a number, so that one still waiting for cleanup.js does not undo a later one. */
let applying = 0;
let loadingCleanup: Promise<unknown> | null = null;

function send<T extends BackgroundRequest>(request: T): Promise<BackgroundReply<T['type']>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundReply<T['type']>>;
}

/** cleanup.js, once the background has injected it into this page. */
function cleanup(): PageCleanup | undefined {
  return (globalThis as { [CLEANUP_KEY]?: PageCleanup })[CLEANUP_KEY];
}

function status(): ContentStatus {
  return { url: location.href, mode, detection, hidden: cleanup()?.hidden() ?? [], cost };
}

/** Only a reply reads the status: at page load nobody waits for the hidden blocks' words (see blockText). */
async function applyMode(next: ReaderMode, keep: string[]): Promise<void> {
  const ticket = ++applying;
  mode = next;
  if (next === 'off') {
    cleanup()?.turnOff();
    return;
  }
  if (!cleanup()) {
    loadingCleanup ??= send({ type: 'load-cleanup' }).finally(() => (loadingCleanup = null));
    await loadingCleanup;
    if (ticket !== applying) return;
  }
  const page = cleanup();
  if (!page) throw new Error('Reader mode could not load in this page.');
  const began = performance.now();
  page.turnOn(keep, detection?.isArticle ?? false);
  cost.turnOnMs = performance.now() - began;
}

async function start(): Promise<void> {
  url = location.href;
  // Until the background answers, the mode held here is not this page's: a status without detection tells the
  // background to go by the remembered choice (a keyboard toggle meanwhile must not take this "off" for the page's).
  detection = null;
  const began = performance.now();
  const found = detectArticle(document, url);
  cost.detectMs = performance.now() - began;
  const ticket = applying;
  try {
    const reply = await send({ type: 'content-ready', url, detection: found });
    detection = found;
    // A mode the background sent meanwhile (the reader changed it) is newer than this answer, which may have been read
    // before the change was written: it stands.
    if (ticket !== applying) return;
    await applyMode(reply.mode, reply.keep);
  } catch {
    detection = found;
    // The background is restarting (extension updated); the next message will bring the mode.
  }
}

/** The address without its tracking parameters, fragment kept: the page a choice is remembered for, and where in it. */
function withoutTracking(address: string): string {
  const key = pageAddress(address);
  if (key === null) return address;
  const page = new URL(key);
  page.hash = new URL(address).hash;
  return page.href;
}

function onLocationChanged(): void {
  if (location.href === url) return;
  // An in-page link moves within the same page: its choice and its clutter are the same, so nothing is redone
  // (turning reader mode off and on again would flash the clutter back and move the page from the anchor). So does a
  // site that adds or strips tracking parameters (utm_source…) with history.replaceState: the same page to Tidyread.
  if (isSamePageAnchor(withoutTracking(url), withoutTracking(location.href))) {
    url = location.href;
    return;
  }
  void applyMode('off', []);
  void start();
}

function handle(request: ContentRequest): Promise<unknown> | undefined {
  switch (request.type) {
    case 'get-status':
      return Promise.resolve(status());
    case 'apply-mode':
      return applyMode(request.mode, request.keep).then(status);
    case 'location-changed':
      onLocationChanged();
      return Promise.resolve();
    default:
      return undefined;
  }
}

// The background may inject this script into a page that already has it (after an extension update). A symbol, not a
// name, for the reason given at CLEANUP_KEY: <div id="tidyreadContentLoaded"> left Tidyread deaf in that page.
const LOADED = Symbol.for('tidyread.content-loaded');
const marker = globalThis as { [LOADED]?: boolean };
if (!marker[LOADED]) {
  marker[LOADED] = true;
  browser.runtime.onMessage.addListener((message: unknown) => handle(message as ContentRequest));
  window.addEventListener('popstate', onLocationChanged);
  // A page back from the back-forward cache keeps this script and its marks, but the browser has cleared the tab's
  // badge, and the reader's choice may have changed meanwhile: announce the page again and take the choice as it is.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void start();
  });
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void start(), { timeout: 1000 });
  else setTimeout(() => void start(), 0);
}
