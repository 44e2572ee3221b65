/** Steps the tests share: what a reader does in the popup, and what the page looks like. */
import type { ContentStatus } from '../../../src/messages';
import type { BrowserSession, TestPage } from './session';
import { waitUntil } from './wait';

export type Mode = 'on' | 'off';

/** The content script has run its detection and heard back from the background (start() finished). */
export function waitForContentScript(session: BrowserSession, tabId: number): Promise<ContentStatus> {
  return waitUntil(async () => {
    const status = await session.sendToTab<ContentStatus | null>(tabId, { type: 'get-status' });
    return status?.detection ? status : undefined;
  }, `the content script of tab ${tabId} to report its detection`);
}

export function readerAttribute(page: TestPage): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-tidyread'));
}

/** On: <html data-tidyread="on">. Off: no such attribute, and no mark left on any element. */
export async function waitForPageMode(page: TestPage, mode: Mode): Promise<void> {
  await page.waitFor(
    (wanted) => {
      const on = document.documentElement.getAttribute('data-tidyread') === 'on';
      if (wanted === 'on') return on;
      return !document.documentElement.hasAttribute('data-tidyread') && !document.querySelector('[data-tidyread-hide], [data-tidyread-sr]');
    },
    `reader mode ${mode} in the page`,
    mode,
  );
}

export interface PageSnapshot {
  html: string;
  text: string;
}

export function snapshot(page: TestPage): Promise<PageSnapshot> {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
}

export async function waitForBadge(session: BrowserSession, tabId: number, text: string): Promise<void> {
  await waitUntil(async () => (await session.badgeText(tabId)) === text, `badge text ${JSON.stringify(text)} on tab ${tabId}`);
}

/** The popup has asked the background about its tab and shows either the controls or a notice. */
export async function waitForPopupReady(popup: TestPage): Promise<'controls' | 'notice'> {
  return popup.waitFor(() => {
    if (!document.getElementById('controls')?.hidden) return 'controls' as const;
    if (!document.getElementById('notice')?.hidden) return 'notice' as const;
    return undefined;
  }, 'the popup to show its controls or a notice');
}

export function switchState(popup: TestPage): Promise<string | null> {
  return popup.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') ?? null);
}

/** Clicks the "Reader mode" switch and waits for both the switch and the page to be in the new mode. */
export async function toggleFromPopup(popup: TestPage, page: TestPage, expected: Mode): Promise<void> {
  await popup.clickByRole('switch', 'Reader mode');
  await popup.waitFor(
    (checked) => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === checked,
    `the switch to show ${expected}`,
    String(expected === 'on'),
  );
  await waitForPageMode(page, expected);
}

/** Opens the popup for a tab and waits until its switch shows the tab's mode. */
export async function openPopupReady(session: BrowserSession, tabId: number): Promise<TestPage> {
  const popup = await session.openPopup(tabId);
  const shown = await waitForPopupReady(popup);
  if (shown !== 'controls') {
    const notice = await popup.evaluate(() => document.getElementById('notice')?.textContent);
    throw new Error(`the popup shows a notice instead of the switch: ${notice}`);
  }
  return popup;
}

/**
 * Waits for the popup's story; on a page detected as "not an article" it clicks "Show the story anyway"
 * first. Returns the notice text when the popup shows one instead of a story.
 */
export async function waitForStory(popup: TestPage): Promise<{ shown: true } | { shown: false; notice: string }> {
  const first = await popup.waitFor(() => {
    if (document.body.dataset.storyShownMs) return 'story';
    if (!document.getElementById('not-article')?.hidden) return 'not-article';
    const notice = document.getElementById('notice');
    if (notice && !notice.hidden && document.getElementById('loading')?.hidden) return 'notice';
    return undefined;
  }, 'the story, a not-an-article offer or a notice');
  if (first === 'not-article') await popup.clickByRole('button', 'Show the story anyway');
  const outcome = await popup.waitFor(() => {
    if (document.body.dataset.storyShownMs) return { shown: true as const };
    const notice = document.getElementById('notice');
    if (notice && !notice.hidden && document.getElementById('loading')?.hidden) {
      return { shown: false as const, notice: notice.textContent ?? '' };
    }
    return undefined;
  }, 'the story or a notice');
  return outcome;
}
