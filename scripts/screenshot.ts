// Takes README's screenshot: the sample page with reader mode on, beside the popup, in headless Chromium.
// Usage: npm run build && tsx scripts/screenshot.ts   (writes tests/fixtures/seed-storify/screenshot.png)
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { waitForContentScript, waitForPageMode, waitForPopupReady } from '../tests/e2e/harness/tidyread';

type ScreenshotPage = { page: { setViewportSize(size: object): Promise<void>; screenshot(options: object): Promise<Buffer> } };

const OUT = 'tests/fixtures/seed-storify/screenshot.png';
const server = await startFixtureServer();
const session = await launchChromium();
try {
  const { page, tabId } = await session.openTab(server.url('/seed-storify/source.html'));
  await waitForContentScript(session, tabId);
  const popup = await session.openPopup(tabId);
  await waitForPopupReady(popup);
  await popup.clickByRole('switch', 'Reader mode');
  await waitForPageMode(page, 'on');
  if (await popup.evaluate(() => !document.getElementById('not-article')?.hidden)) {
    await popup.clickByRole('button', 'Show the story anyway');
  }
  await popup.waitFor(() => document.body.dataset.storyShownMs, 'the story in the popup').catch(async (error) => {
    console.error(await popup.evaluate(() => document.body.innerText), popup.errors);
    throw error;
  });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const pageShot = await (page as unknown as ScreenshotPage).page.screenshot({ type: 'png' });
  await (popup as unknown as ScreenshotPage).page.setViewportSize({ width: 460, height: 600 });
  await popup.evaluate(() => document.body.classList.remove('full'));
  const popupShot = await (popup as unknown as ScreenshotPage).page.screenshot({ type: 'png' });
  // Composed as a page of two images, so no image library is needed.
  const board = await session.openTab('about:blank').catch(() => null);
  const composer = board?.page ?? page;
  await (composer as unknown as ScreenshotPage).page.setViewportSize({ width: 1320, height: 640 });
  await composer.evaluate(
    ([left, right]) => {
      document.body.innerHTML = '';
      document.body.style.cssText = 'margin:0;padding:20px;background:#e9e6df;display:flex;gap:20px;align-items:flex-start';
      for (const [src, width] of [[left, 800], [right, 460]] as const) {
        const image = document.createElement('img');
        image.src = `data:image/png;base64,${src}`;
        image.style.cssText = `width:${width}px;box-shadow:0 2px 12px rgba(0,0,0,.25);border-radius:6px`;
        document.body.append(image);
      }
    },
    [pageShot.toString('base64'), popupShot.toString('base64')] as const,
  );
  await composer.waitFor(() => [...document.images].every((image) => image.complete), 'the images');
  writeFileSync(OUT, await (composer as unknown as ScreenshotPage).page.screenshot({ type: 'png', fullPage: true }));
  console.log(`wrote ${OUT}`);
} finally {
  await session.close();
  await server.close();
}
