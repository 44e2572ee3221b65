/** What a test needs from a browser with Tidyread loaded; one implementation per browser (chromium.ts, firefox.ts). */

export type BrowserName = 'chromium' | 'firefox';

/** A tab the test drives. evaluate runs in the page's own (main) world. */
export interface TestPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls fn in the page until it returns a truthy value, and returns it. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, what: string, arg?: A): Promise<NonNullable<R>>;
  /** A real click on the element found by ARIA role and accessible name (the browser's accessibility tree). */
  clickByRole(role: string, name: string): Promise<void>;
  /** A real key press (" ", "Enter", "Tab") sent to whatever has the focus, as the reader's keyboard would. */
  press(key: string): Promise<void>;
  /**
   * Overrides the page's prefers-color-scheme / prefers-reduced-motion. Chromium only: Firefox over WebDriver BiDi has
   * no such override (its preferences would apply to the whole browser).
   */
  emulateMedia?(media: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' }): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught exceptions seen in this page since it opened. */
  readonly errors: readonly string[];
  /** Messages of alert/confirm/prompt dialogs the page tried to open (each dismissed). */
  readonly dialogs: readonly string[];
}

export interface OpenedTab {
  page: TestPage;
  tabId: number;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string;
  /**
   * Opens a new tab at url (waits for load) and returns it with its extension-API tab id.
   * With failedLoad, the page is expected not to load (an unreachable host): the tab keeps the address.
   */
  openTab(url: string, options?: { failedLoad?: boolean }): Promise<OpenedTab>;
  /** Opens popup.html?tab=<tab> in its own tab (a string is passed as it is, to test bad values). */
  openPopup(tab: number | string): Promise<TestPage>;
  /** The tab id (extension API) of a page opened by openTab, after navigations. */
  tabIdOf(page: TestPage): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Sends a message to the tab's content script (as the background does) and returns the reply. */
  sendToTab<R = unknown>(tabId: number, message: object): Promise<R>;
  /** Runs a keyboard command the way the browser would when its shortcut is pressed. */
  runCommand(command: string): Promise<void>;
  /** Everything the extension stored, and a way to start a test from a clean slate. */
  storage(): Promise<Record<string, unknown>>;
  clearStorage(): Promise<void>;
  /** Closes every tab opened by openTab and openPopup. */
  closeTabs(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Kept between launches to test a browser restart; a fresh temporary profile when absent. */
  profileDir?: string;
  /** Firefox: every window private (permanent private browsing), as a reader who browses privately sees it. */
  privateBrowsing?: boolean;
}

export type Launcher = (options?: LaunchOptions) => Promise<BrowserSession>;
