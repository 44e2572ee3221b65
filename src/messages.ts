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
