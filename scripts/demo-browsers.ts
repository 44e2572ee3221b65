// `npm start`, second half: the built extension, unpacked, in headless Chromium and Firefox on the bundled sample page.
// Usage: npm run build && tsx scripts/demo-browsers.ts
// Each browser: the badge after detection, the popup's switch turned on (what stays and what goes), the popup's
// story and quotes, then off again (the page as it was). A browser that is not installed is named and passed over.
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import type { BrowserSession, Launcher } from '../tests/e2e/harness/session';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { snapshot, toggleFromPopup, waitForBadge, waitForContentScript, waitForStory, openPopupReady } from '../tests/e2e/harness/tidyread';

const SAMPLE = '/seed-storify/source.html';
const STORY_WORDS = 'Eric Brewer';
const CLUTTER = ['You May Missed it !', 'Read More News at Storify News'];

type Outcome = 'shown' | 'failed' | 'not installed';

async function showIn(name: string, launch: Launcher, url: string): Promise<Outcome> {
  let session: BrowserSession;
  try {
    session = await launch();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`${name}: not started (${message})`);
    return /is not installed/.test(message) ? 'not installed' : 'failed';
  }
  try {
    const { page, tabId } = await session.openTab(url);
    const status = await waitForContentScript(session, tabId);
    await waitForBadge(session, tabId, status.detection?.isArticle ? '•' : '');
    console.log(`${name}: detection says ${status.detection?.isArticle ? 'article' : 'not an article'}; badge "${await session.badgeText(tabId)}"`);
    const before = await snapshot(page);
    const popup = await openPopupReady(session, tabId);
    await toggleFromPopup(popup, page, 'on');
    const on = await page.evaluate(() => ({ text: document.body.innerText, marked: document.querySelectorAll('[data-tidyread-hide]').length }));
    const gone = CLUTTER.filter((words) => before.text.includes(words) && !on.text.includes(words));
    console.log(`  reader mode on: ${on.marked} block(s) hidden; gone from view: ${gone.map((words) => `"${words}"`).join(', ') || 'none of the known clutter'}; the story ${on.text.includes(STORY_WORDS) ? 'stays' : 'IS GONE'}`);
    const story = await waitForStory(popup);
    if (story.shown) {
      const shown = await popup.evaluate(() => ({
        title: document.getElementById('story-title')?.textContent ?? '',
        meta: document.getElementById('story-meta')?.textContent ?? '',
        quotes: [...document.querySelectorAll('#quote-list > li')].map((item) => ({
          text: item.querySelector('blockquote')?.textContent ?? '',
          speaker: item.querySelector('.speaker > span')?.textContent ?? '',
        })),
      }));
      console.log(`  popup: "${shown.title}" (${shown.meta}); ${shown.quotes.length} quote(s)`);
      for (const quote of shown.quotes) console.log(`    > ${quote.text}\n      ${quote.speaker}`);
    } else {
      console.log(`  popup: ${story.notice}`);
    }
    await toggleFromPopup(popup, page, 'off');
    const after = await snapshot(page);
    console.log(`  reader mode off: the page is ${after.html === before.html ? 'exactly as it was' : 'NOT as it was'}`);
    return gone.length === CLUTTER.length && on.text.includes(STORY_WORDS) && after.html === before.html ? 'shown' : 'failed';
  } finally {
    await session.close();
  }
}

const server = await startFixtureServer();
try {
  const url = server.url(SAMPLE);
  console.log(`The unpacked extension (dist/chrome, dist/firefox) in headless browsers, on ${url}`);
  const outcomes = [await showIn('Chromium', launchChromium, url), await showIn('Firefox', launchFirefox, url)];
  if (outcomes.includes('not installed')) console.log('To see it in both browsers: apt-get install -y chromium firefox-esr');
  if (outcomes.includes('failed')) process.exitCode = 1;
} catch (error) {
  console.error(`tidyread demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
