/** What a page can learn about Tidyread from its own scripts while reader mode is off: nothing. */
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import type { TestPage } from './harness/session';
import { openPopupReady, toggleFromPopup, waitForContentScript } from './harness/tidyread';

const SEED = '/seed-storify/source.html';

/** A page's own test: does a block it marks the way Tidyread does disappear? Run in the page's main world. */
function marksHide(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const hadMode = root.getAttribute('data-tidyread');
    const probe = document.createElement('div');
    probe.textContent = 'probe';
    probe.setAttribute('data-tidyread-hide', 'probe');
    document.body.append(probe);
    root.setAttribute('data-tidyread', 'on');
    const hidden = getComputedStyle(probe).display === 'none';
    probe.remove();
    if (hadMode === null) root.removeAttribute('data-tidyread');
    return hidden;
  });
}

describeInBrowsers('page fingerprint', (ctx) => {
  it('a page cannot tell from a stylesheet that Tidyread is installed until the reader turns reader mode on there', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    await waitForContentScript(ctx.session, tabId);
    expect(await marksHide(page)).toBe(false);

    // Reader mode brings its stylesheet: the page's clutter is hidden, by the rules the probe looks for.
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-tidyread-hide]')].some((element) => !element.checkVisibility()))).toBe(true);
    expect(await marksHide(page)).toBe(true);
  });
});
