/** What both browser sessions do alike with tabs; each browser supplies how to open a page and ask the tab API. */
import type { OpenedTab, TestPage } from './session';
import { expectFailedLoad, waitUntil } from './wait';

export abstract class TabSession {
  abstract readonly extensionOrigin: string;
  private readonly opened: TestPage[] = [];

  /** A new tab, not navigated yet. */
  protected abstract newPage(): Promise<TestPage>;
  /** The id of the active tab of the window in front, if the browser has settled on one. */
  protected abstract activeTabId(): Promise<number | undefined>;
  /** The tab API's loading status of a tab ("loading" or "complete"). */
  protected abstract tabStatus(tabId: number): Promise<string | undefined>;

  private async track(): Promise<TestPage> {
    const page = await this.newPage();
    this.opened.push(page);
    return page;
  }

  async closeTabs(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((page) => page.close()));
  }

  async openTab(url: string, options: { failedLoad?: boolean } = {}): Promise<OpenedTab> {
    const page = await this.track();
    if (options.failedLoad) await expectFailedLoad(page.goto(url), url);
    else await page.goto(url);
    const tabId = await this.tabIdOf(page);
    // A failed load ends when the browser's error page is in place, as the reader would see it.
    if (options.failedLoad) {
      await waitUntil(async () => (await this.tabStatus(tabId)) === 'complete', `the error page of ${url}`);
    }
    return { page, tabId };
  }

  /** The active tab is the one just brought to front. */
  async tabIdOf(page: TestPage): Promise<number> {
    await page.bringToFront();
    return waitUntil(() => this.activeTabId(), 'the id of the active tab');
  }

  async openPopup(tab: number | string): Promise<TestPage> {
    const page = await this.track();
    await page.goto(`${this.extensionOrigin}/popup.html?tab=${encodeURIComponent(tab)}`);
    return page;
  }
}
