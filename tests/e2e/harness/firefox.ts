/** Firefox with the extension installed as a temporary add-on, through puppeteer-core over WebDriver BiDi. */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID, browserEnv, extensionDir, removeDir, requireExecutable, temporaryDir } from './extension';
import type { BrowserSession, Launcher, TestPage } from './session';
import { TabSession } from './tabs';
import { CALL_TIMEOUT_MS, waitUntil, withTimeout } from './wait';

/** The extension APIs as Firefox exposes them to extension pages. */
interface FirefoxApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(info: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  storage: { local: { get(): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  runtime: { getBackgroundPage(): Promise<{ tidyreadRunCommand(command: string): Promise<unknown> }> };
}

class FirefoxPage implements TestPage {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${(error as Error).message ?? String(error)}`));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Arguments and results cross as JSON-like values; the casts only drop Puppeteer's handle typing.
    const run = this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>;
    return withTimeout(run, `evaluate in ${this.page.url()}`);
  }

  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, what: string, arg?: A): Promise<NonNullable<R>> {
    return waitUntil(() => this.evaluate(fn, arg) as Promise<NonNullable<R> | undefined>, `${what} (in ${this.page.url()})`);
  }

  async clickByRole(role: string, name: string): Promise<void> {
    // Puppeteer's ARIA selector asks Firefox's own accessibility tree (BiDi browsingContext.locateNodes).
    const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
    await this.page.locator(selector).setTimeout(CALL_TIMEOUT_MS).click();
  }

  async press(key: string): Promise<void> {
    await withTimeout(this.page.keyboard.press(key as KeyInput), `press ${JSON.stringify(key)}`);
  }

  async goto(url: string): Promise<void> {
    if (/^https?:/.test(url)) {
      await this.page.goto(url, { waitUntil: 'load', timeout: CALL_TIMEOUT_MS });
      return;
    }
    // Navigations to moz-extension:// and about: pages never resolve over BiDi: start one and watch the page.
    void this.page.goto(url, { timeout: CALL_TIMEOUT_MS }).catch(() => undefined);
    await waitUntil(
      () => this.page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
      `${url} to load`,
    );
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load', timeout: CALL_TIMEOUT_MS });
  }

  async bringToFront(): Promise<void> {
    await withTimeout(this.page.bringToFront(), 'bring tab to front');
  }

  async close(): Promise<void> {
    await withTimeout(this.page.close(), 'close tab').catch(() => undefined);
  }
}

class FirefoxSession extends TabSession implements BrowserSession {
  readonly name = 'firefox' as const;

  constructor(
    private readonly browser: Browser,
    /** An extension page kept open to call extension APIs from. */
    private readonly extensionPage: FirefoxPage,
    readonly extensionOrigin: string,
    /** Folders of this launch only (HOME, a profile nobody asked to keep), removed on close. */
    private readonly ownDirs: string[],
  ) {
    super();
  }

  private inExtension<R, A>(fn: (api: { browser: FirefoxApi; arg: A }) => R | Promise<R>, arg?: A): Promise<R> {
    const source = `(${fn.toString()})({ browser: globalThis.browser, arg: ${JSON.stringify(arg ?? null)} })`;
    return withTimeout(this.extensionPage.page.evaluate(source) as Promise<R>, 'evaluate in an extension page');
  }

  protected async newPage(): Promise<TestPage> {
    return new FirefoxPage(await withTimeout(this.browser.newPage(), 'open a tab'));
  }

  protected async activeTabId(): Promise<number | undefined> {
    const [tab] = await this.inExtension(({ browser }) => browser.tabs.query({ active: true, currentWindow: true }));
    return tab?.id;
  }

  protected tabStatus(tabId: number): Promise<string | undefined> {
    return this.inExtension(async ({ browser, arg }) => (await browser.tabs.get(arg)).status, tabId);
  }

  badgeText(tabId: number): Promise<string> {
    return this.inExtension(({ browser, arg }) => browser.action.getBadgeText({ tabId: arg }), tabId);
  }

  sendToTab<R>(tabId: number, message: object): Promise<R> {
    return this.inExtension(
      async ({ browser, arg }) => JSON.parse(JSON.stringify((await browser.tabs.sendMessage(arg.tabId, arg.message)) ?? null)),
      { tabId, message },
    ) as Promise<R>;
  }

  async runCommand(command: string): Promise<void> {
    await this.inExtension(async ({ browser, arg }) => {
      const background = await browser.runtime.getBackgroundPage();
      await background.tidyreadRunCommand(arg);
    }, command);
  }

  storage(): Promise<Record<string, unknown>> {
    // Through JSON: objects from the extension's compartment do not cross to the test as they are.
    return this.inExtension(async ({ browser }) => JSON.parse(JSON.stringify(await browser.storage.local.get())));
  }

  async clearStorage(): Promise<void> {
    await this.inExtension(({ browser }) => browser.storage.local.clear());
  }

  async close(): Promise<void> {
    await withTimeout(this.browser.close(), 'close Firefox').catch(() => undefined);
    this.ownDirs.forEach(removeDir);
  }
}

export const launchFirefox: Launcher = async (options = {}) => {
  const executablePath = requireExecutable(['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'Firefox');
  const uuid = randomUUID();
  const home = temporaryDir('home');
  const ownDirs = options.profileDir ? [home] : [home, temporaryDir('firefox-profile')];
  const profileDir = options.profileDir ?? ownDirs[1];
  // What the add-on manager's "Run in Private Windows: Allow" records; without it Firefox keeps the add-on out of them.
  if (options.privateBrowsing) {
    writeFileSync(
      join(profileDir, 'extension-preferences.json'),
      JSON.stringify({ [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    env: browserEnv(home),
    timeout: 60_000,
    userDataDir: profileDir,
    // Without it, a test cannot open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.dns.native-is-localhost': true,
      ...(options.privateBrowsing ? { 'browser.privatebrowsing.autostart': true } : {}),
    },
  });
  try {
    const id = await withTimeout(browser.installExtension(extensionDir('firefox')), 'install the add-on');
    if (id !== GECKO_ID) throw new Error(`installed add-on id is ${id}, expected ${GECKO_ID}`);
    const origin = `moz-extension://${uuid}`;
    const extensionPage = new FirefoxPage(await browser.newPage());
    // An invalid tab parameter: the popup only shows a notice, and the page gives access to the extension APIs.
    await extensionPage.goto(`${origin}/popup.html?tab=harness`);
    return new FirefoxSession(browser, extensionPage, origin, ownDirs);
  } catch (error) {
    await browser.close().catch(() => undefined);
    ownDirs.forEach(removeDir);
    throw new Error(`Tidyread did not load in Firefox: ${(error as Error).message}`);
  }
};
