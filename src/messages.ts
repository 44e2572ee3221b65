/**
 * The one message contract between background, content script and popup.
 * Every runtime/tabs message is one of these; each request names its reply type.
 */
import type { Detection, HiddenBlock, Story } from './core/types';

export type ReaderMode = 'on' | 'off';

/** Where the reader's choice for a page comes from. */
export type ModeSource = 'page' | 'site' | 'default';

export interface TabReaderState {
  tabId: number;
  url: string | null;
  /** Plain-words reason when the extension cannot run on this tab. */
  restricted: string | null;
  mode: ReaderMode;
  source: ModeSource;
  siteAlways: boolean;
  detection: Detection | null;
  hidden: HiddenBlock[];
  /** Signatures ("rule|first words") of the blocks the reader asked to see again on this site (see blockSignature). */
  kept: string[];
}

/** Messages sent to the background. */
export type BackgroundRequest =
  | { type: 'content-ready'; url: string; detection: Detection }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'set-mode'; tabId: number; mode: ReaderMode }
  | { type: 'set-site-always'; tabId: number; always: boolean }
  | { type: 'show-block'; tabId: number; block: HiddenBlock }
  /** Undoes a 'show-block': the block is hidden again on the site. */
  | { type: 'hide-block-again'; tabId: number; signature: string }
  | { type: 'toggle-active-tab' }
  /** From a content script: inject cleanup.js into its page, the first time reader mode turns on there. */
  | { type: 'load-cleanup' };

export interface BackgroundReplies {
  'content-ready': { mode: ReaderMode; keep: string[] };
  'get-tab-state': TabReaderState;
  'set-mode': TabReaderState;
  'set-site-always': TabReaderState;
  'show-block': TabReaderState;
  'hide-block-again': TabReaderState;
  'toggle-active-tab': TabReaderState | null;
  'load-cleanup': void;
}

/** Messages sent from the background or the popup to a tab's content script. */
export type ContentRequest =
  | { type: 'apply-mode'; mode: ReaderMode; keep: string[] }
  | { type: 'get-status' }
  | { type: 'location-changed' };

/** What the content script spent on this page, in ms, timed where it runs (read by bench:cleanup). */
export interface ContentCost {
  detectMs: number | null;
  /** The last time reader mode was turned on: finding the clutter and marking it. */
  turnOnMs: number | null;
}

export interface ContentStatus {
  url: string;
  mode: ReaderMode;
  detection: Detection | null;
  hidden: HiddenBlock[];
  cost: ContentCost;
}

export interface ContentReplies {
  'apply-mode': ContentStatus;
  'get-status': ContentStatus;
  'location-changed': void;
}

export type BackgroundReply<T extends BackgroundRequest['type']> = BackgroundReplies[T];
export type ContentReply<T extends ContentRequest['type']> = ContentReplies[T];

/** Result of the on-demand extraction script run in the page. */
export type ExtractionReply = { ok: true; story: Story } | { ok: false; error: string };

/** What cleanup.js leaves in the page's isolated world for the content script. */
export interface PageCleanup {
  /**
   * Marks the clutter (except the blocks the reader keeps), watches for late clutter, and switches the stylesheet on.
   * `isArticle`: detection's verdict on the page, which lets the furniture around an article's story go too.
   */
  turnOn(keep: string[], isArticle: boolean): void;
  /** Removes every mark and the switch: the page is as it was. */
  turnOff(): void;
  hidden(): HiddenBlock[];
}

/** What extract.js leaves in the tab's isolated world for the popup to call through scripting.executeScript. */
export interface InjectedExtractor {
  tidyreadExtract(): ExtractionReply;
  /** Scrolls to the quotation and highlights it for a moment; false when the page no longer holds it. */
  tidyreadFlashQuote(text: string): boolean;
}

/** Longest rule id a hidden block may name: the rules' ids are a few words ("promo-heading"). */
const MAX_RULE_LENGTH = 100;
/** Longest text of a message's block or signature; the first words of a block are kept, not its whole text. */
const MAX_TEXT_LENGTH = 10_000;

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isMode = (value: unknown): value is ReaderMode => value === 'on' || value === 'off';
const isText = (value: unknown, max = MAX_TEXT_LENGTH): value is string => typeof value === 'string' && value.length <= max;

function isHiddenBlock(value: unknown): value is HiddenBlock {
  if (typeof value !== 'object' || value === null) return false;
  const block = value as Record<string, unknown>;
  return isText(block.rule, MAX_RULE_LENGTH) && block.rule !== '' && isText(block.text) && (block.label === undefined || isText(block.label));
}

function isDetection(value: unknown): value is Detection {
  if (typeof value !== 'object' || value === null) return false;
  const detection = value as Record<string, unknown>;
  return typeof detection.isArticle === 'boolean' && typeof detection.score === 'number' && Array.isArray(detection.reasons);
}

/**
 * The message as a request to the background, or null when it is not one: a message is data from another
 * process (a content script runs in the page's), and what it names is stored and acted on.
 */
export function asBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'content-ready':
      return isText(m.url, 1 << 20) && isDetection(m.detection) ? { type: m.type, url: m.url, detection: m.detection } : null;
    case 'get-tab-state':
      return isTabId(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'set-mode':
      return isTabId(m.tabId) && isMode(m.mode) ? { type: m.type, tabId: m.tabId, mode: m.mode } : null;
    case 'set-site-always':
      return isTabId(m.tabId) && typeof m.always === 'boolean' ? { type: m.type, tabId: m.tabId, always: m.always } : null;
    case 'show-block':
      if (!isTabId(m.tabId) || !isHiddenBlock(m.block)) return null;
      return { type: m.type, tabId: m.tabId, block: { rule: m.block.rule, text: m.block.text, ...(m.block.label === undefined ? {} : { label: m.block.label }) } };
    case 'hide-block-again':
      return isTabId(m.tabId) && isText(m.signature) ? { type: m.type, tabId: m.tabId, signature: m.signature } : null;
    case 'toggle-active-tab':
    case 'load-cleanup':
      return { type: m.type };
    default:
      return null;
  }
}

/** The requests a page's content script sends; every other one comes from the extension's own pages (the popup). */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set(['content-ready', 'load-cleanup']);
