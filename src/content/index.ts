/**
 * The always-on content script: detects whether the page is an article, and applies reader mode when asked.
 * Kept small: Readability is not here (src/content/extract.ts is injected only when the popup asks).
 */
import browser from 'webextension-polyfill';
import { clearMarks, findClutter, locateStory, markClutter, RULES, toHidden, type ClutterBlock } from '../core/cleanup/index';
import { READER_ATTR } from '../core/cleanup/marks';
import { detectArticle } from '../core/detect';
import { blockSignature, type ReaderMode } from '../core/state';
import type { Detection } from '../core/types';
import type { BackgroundReply, BackgroundRequest, ContentCost, ContentRequest, ContentStatus } from '../messages';

const LATE_CLUTTER_DELAY_MS = 300;

let mode: ReaderMode = 'off';
let keep: string[] = [];
let detection: Detection | null = null;
let marked: ClutterBlock[] = [];
let url = location.href;
let observer: MutationObserver | null = null;
let pendingScan: ReturnType<typeof setTimeout> | null = null;
/** Elements added since the last scan; late content is scanned alone, against the story found at turn-on. */
const added = new Set<Element>();
let story: ReturnType<typeof locateStory> | undefined;
const cost: ContentCost = { detectMs: null, turnOnMs: null };

function send<T extends BackgroundRequest>(request: T): Promise<BackgroundReply<T['type']>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundReply<T['type']>>;
}

function status(): ContentStatus {
  return { url: location.href, mode, detection, hidden: toHidden(marked), cost };
}

function isKept(block: ClutterBlock): boolean {
  return keep.includes(blockSignature(block.rule, block.text));
}

/** Marks clutter not marked yet: the whole page, or only what was added (late widgets, infinite scroll). */
function markNewClutter(within?: Element[]): void {
  const known = new Set(marked.map((block) => block.element));
  const found = findClutter(document, RULES, { within, story });
  const fresh = found.filter((block) => !known.has(block.element) && block.element.isConnected);
  marked = marked.filter((block) => block.element.isConnected).concat(markClutter(fresh, isKept));
}

function watchLateClutter(): void {
  observer ??= new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node.nodeType === 1) added.add(node as Element);
    }
    if (pendingScan || added.size === 0) return;
    pendingScan = setTimeout(() => {
      pendingScan = null;
      const within = [...added].filter((element) => element.isConnected);
      added.clear();
      if (mode === 'on' && within.length) markNewClutter(within);
    }, LATE_CLUTTER_DELAY_MS);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
}

function turnOff(): void {
  observer?.disconnect();
  if (pendingScan) clearTimeout(pendingScan);
  pendingScan = null;
  added.clear();
  story = undefined;
  document.documentElement.removeAttribute(READER_ATTR);
  clearMarks(document);
  marked = [];
}

function applyMode(next: ReaderMode, nextKeep: string[]): ContentStatus {
  // Re-applying starts from a clean page, so a block the reader asked to see again loses its mark.
  turnOff();
  mode = next;
  keep = nextKeep;
  if (mode === 'on') {
    const start = performance.now();
    story = locateStory(document);
    markNewClutter();
    document.documentElement.setAttribute(READER_ATTR, 'on');
    cost.turnOnMs = performance.now() - start;
    watchLateClutter();
  }
  return status();
}

async function start(): Promise<void> {
  url = location.href;
  const start = performance.now();
  detection = detectArticle(document, url);
  cost.detectMs = performance.now() - start;
  try {
    const reply = await send({ type: 'content-ready', url, detection });
    applyMode(reply.mode, reply.keep);
  } catch {
    // The background is restarting (extension updated); the next message will bring the mode.
  }
}

function onLocationChanged(): void {
  if (location.href === url) return;
  turnOff();
  mode = 'off';
  void start();
}

function handle(request: ContentRequest): Promise<unknown> | undefined {
  switch (request.type) {
    case 'get-status':
      return Promise.resolve(status());
    case 'apply-mode':
      return Promise.resolve(applyMode(request.mode, request.keep));
    case 'location-changed':
      onLocationChanged();
      return Promise.resolve();
    default:
      return undefined;
  }
}

// The background may inject this script into a page that already has it (after an extension update).
const marker = globalThis as { tidyreadContentLoaded?: boolean };
if (!marker.tidyreadContentLoaded) {
  marker.tidyreadContentLoaded = true;
  browser.runtime.onMessage.addListener((message: unknown) => handle(message as ContentRequest));
  window.addEventListener('popstate', onLocationChanged);
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void start(), { timeout: 1000 });
  else setTimeout(() => void start(), 0);
}
