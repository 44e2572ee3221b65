/**
 * In-page cleanup on wcxb-dev, in headless Chromium with the built extension (dist/chrome), pages served
 * from 127.0.0.1 and every other host refused. Per page: the visible text (innerText) before and after
 * reader mode, against the page's `with` and `without` snippets and its main_content; and, in the same
 * page, the content script's own time for detection and for turning on, next to one Readability parse.
 *
 *   npm run bench:cleanup -- [--limit N | --sample] [--half odd|even]
 *
 * Reader mode is turned on the way the extension remembers it: the page's choice is stored before the
 * page loads, the content script asks the background at idle, and <html data-tidyread="on"> says it is done.
 * "Before" is the same page with that attribute taken off again, which is what turning reader mode off does.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { keysFor } from '../../src/core/state';
import { loadPages, loadTruth, quantile, selectionFromArgs, wordPrecision, type WcxbPage } from './wcxb-pages';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist/chrome');
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(existsSync);
const PAGE_TIMEOUT_MS = 20_000;
const READER_ON_TIMEOUT_MS = 20_000;
/** Three tries of a page, each with its own timeouts, fit well within this. */
const PAGE_BUDGET_MS = 240_000;

interface PageResult {
  id: string;
  type: string;
  error?: string;
  withBefore?: number;
  withKept?: number;
  withoutBefore?: number;
  withoutHidden?: number;
  /** The same, counting skip links as hidden: they are kept for keyboard users on purpose, visually hidden but still in innerText. */
  withoutHiddenOrSkipLink?: number;
  precisionBefore?: number;
  precisionAfter?: number;
  hiddenBlocks?: number;
  detectMs?: number;
  cleanupMs?: number;
  readabilityMs?: number;
  /** Reference floors, each in a fresh isolated world (see measureFloors). */
  elementPassMs?: number;
  detectFreshMs?: number;
  detectWarmMs?: number;
  ruleMs?: Record<string, number>;
  /** For finding misfires: the `with` snippets cleanup hid, the `without` snippets it left. */
  lostWith?: string[];
  visibleWithout?: string[];
  /** Rule and first words of each hidden block. */
  hidden?: string[];
  /** Measured with the page's own scripts off, after they made it unmeasurable (see runPage). */
  pageScriptsOff?: boolean;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Serves /wcxb/<id>.html from the gzipped corpus file, as it was served; everything else is a 404. */
function serve(pages: Map<string, WcxbPage>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const id = /^\/wcxb\/(\d+)\.html$/.exec(request.url ?? '')?.[1];
    const page = id ? pages.get(id) : undefined;
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    response.end(readFileSync(page.htmlFile));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** The cleanup steps as a page script, for the breakdown of cleanup time by step. */
async function coreBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { RULES, locateStory, storyGuard } from './src/core/cleanup/index';
        export { scanPage } from './src/core/cleanup/scan';
        export { detectArticle } from './src/core/detect';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true, write: false, minify: true, format: 'iife', globalName: '__tidyreadCore', platform: 'browser',
  });
  return result.outputFiles[0].text;
}

/**
 * Readability, timed in the page, as source text: a function passed to evaluate would carry the helpers
 * tsx adds. Its first parse on the page, like the content script's own first run, so that both pay
 * for compiling their code and patterns. The per-step breakdown of cleanup runs after it in the page's
 * world, partly warm: its shares matter, not its sums.
 */
const TIME_IN_PAGE = `(() => {
  void document.body?.offsetHeight;
  const core = window.__tidyreadCore;
  const clone = document.cloneNode(true);
  let start = performance.now();
  new Readability(clone).parse();
  const readabilityMs = performance.now() - start;
  const ruleMs = {};
  let t = performance.now();
  const guard = core.storyGuard(document, core.locateStory(document));
  ruleMs['locate-story'] = performance.now() - t;
  t = performance.now();
  const scan = core.scanPage(document, undefined, core.RULES);
  ruleMs.scan = performance.now() - t;
  for (const rule of core.RULES) {
    t = performance.now();
    rule.find(document, guard, scan);
    ruleMs[rule.id] = performance.now() - t;
  }
  return { readabilityMs, ruleMs };
})()`;

/**
 * What the cost target is measured against: the least any content script pays on the page. Each in a fresh isolated
 * world made over DevTools, the kind of world a content script runs in: one pass over the page's elements reading
 * each one's class (what any cleanup that looks at every block pays at the least), and detectArticle's first and
 * second run (compiling and first-running the code, against the work itself).
 */
async function measureFloors(context: BrowserContext, tab: Page, coreSource: string): Promise<Pick<PageResult, 'elementPassMs' | 'detectFreshMs' | 'detectWarmMs'>> {
  const cdp = await context.newCDPSession(tab);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let worlds = 0;
    const world = async () => (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `tidyread-floor-${++worlds}` })).executionContextId;
    const run = async (contextId: number, expression: string) => {
      const reply = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description?.split('\n')[0] ?? reply.exceptionDetails.text);
      return reply.result.value as number;
    };
    const timed = (body: string) => `(() => { const t = performance.now(); ${body}; return performance.now() - t; })()`;
    const elementPassMs = await run(await world(), timed("let n = 0; for (const e of document.getElementsByTagName('*')) if (e.className) n++"));
    const detectWorld = await world();
    await run(detectWorld, `${coreSource};0`);
    const detectFreshMs = await run(detectWorld, timed('__tidyreadCore.detectArticle(document, location.href)'));
    const detectWarmMs = await run(detectWorld, timed('__tidyreadCore.detectArticle(document, location.href)'));
    return { elementPassMs, detectFreshMs, detectWarmMs };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The content script's status, asked through the background. The newest tab at the address: an earlier attempt's
 * tab, reloading itself in a loop, can still be listed there (wcxb-dev 0119).
 */
function askContentScript(worker: Worker, url: string): Promise<unknown> {
  return worker.evaluate(`chrome.tabs.query({}).then((tabs) => {
    const tab = tabs.filter((candidate) => candidate.url === ${JSON.stringify(url)}).sort((a, b) => b.id - a.id)[0];
    return tab ? chrome.tabs.sendMessage(tab.id, { type: 'get-status' }) : 'no tab at the address';
  })`);
}

/** The content script's own timings of its first detection and of turning reader mode on. */
async function contentCost(worker: Worker, url: string): Promise<{ detectMs: number; cleanupMs: number }> {
  const status = (await askContentScript(worker, url)) as { cost?: { detectMs: number | null; turnOnMs: number | null } } | string;
  const cost = typeof status === 'object' ? status?.cost : undefined;
  if (cost?.detectMs == null || cost.turnOnMs == null) throw new Error('the content script reported no timings');
  return { detectMs: cost.detectMs, cleanupMs: cost.turnOnMs };
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

async function liveWorker(context: BrowserContext, origin: string): Promise<Worker> {
  const current = context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  if (current) return current;
  const waking = context.waitForEvent('serviceworker', { timeout: PAGE_TIMEOUT_MS });
  const page = await context.newPage();
  await page.goto(`${origin}/popup.html`).catch(() => undefined);
  const worker = await waking;
  await page.close();
  return worker;
}

/** A page reloading itself in a loop (wcxb-dev 0119) can outlive close(): crash it, or it runs on beside the next pages. */
async function closeTab(context: BrowserContext, tab: Page): Promise<void> {
  const closed = await withTimeout(tab.close(), 5_000, 'close the tab').then(() => true, () => false);
  if (closed) return;
  // The crash answers nothing, so its promise is not awaited beyond a moment.
  await withTimeout(context.newCDPSession(tab).then((cdp) => cdp.send('Page.crash')), 2_000, 'crash the tab').catch(() => undefined);
  await withTimeout(tab.close(), 5_000, 'close the crashed tab').catch(() => undefined);
}

/**
 * Polled from here, not with waitForFunction: its polling runs on the page's timers, which do not fire while the
 * page's scripts are off, so a mark set after the first look was never seen (wcxb-dev 0119, 0168, 0519).
 */
async function readerModeShown(tab: Page): Promise<void> {
  const deadline = Date.now() + READER_ON_TIMEOUT_MS;
  for (;;) {
    const on = await tab.evaluate(() => document.documentElement.getAttribute('data-tidyread') === 'on').catch(() => false);
    if (on) return;
    if (Date.now() > deadline) throw new Error('reader mode never turned on');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A page that navigates itself (a script redirect) destroys the evaluation: measure it again once it has
 * settled. The saved pages are the DOM as their scripts left it; a few scripts, run again from 127.0.0.1, reload
 * the page in a loop, send it to https or to the site's front page, or empty it (wcxb-dev 0119, 0168, 0475,
 * 0519). Those are measured a last time with the page's own scripts off (the extension's still run), and counted.
 */
async function runPage(context: BrowserContext, extensionOrigin: string, page: WcxbPage, url: string, scripts: string[]): Promise<PageResult> {
  const first = await measurePage(context, extensionOrigin, page, url, scripts);
  if (!first.error) return first;
  const settled = first.error.includes('context was destroyed') ? await measurePage(context, extensionOrigin, page, url, scripts, { settle: true }) : first;
  if (!settled.error) return settled;
  const withoutPageScripts = await measurePage(context, extensionOrigin, page, url, scripts, { pageScriptsOff: true });
  return withoutPageScripts.error ? { ...settled, error: `${settled.error}; with the page's scripts off: ${withoutPageScripts.error}` } : withoutPageScripts;
}

async function measurePage(
  context: BrowserContext, extensionOrigin: string, page: WcxbPage, url: string, scripts: string[], { settle = false, pageScriptsOff = false } = {},
): Promise<PageResult> {
  const result: PageResult = { id: page.id, type: page.type, ...(pageScriptsOff ? { pageScriptsOff } : {}) };
  const truth = loadTruth(page.id);
  // The site's "always", not the page's choice: some pages rewrite their URL (replaceState) before the
  // content script asks for the mode, and the content script rightly treats that as a new page (wcxb-dev 0168).
  const key = keysFor(url).site!;
  const worker = await liveWorker(context, extensionOrigin);
  await withTimeout(worker.evaluate(`chrome.storage.local.clear().then(() => chrome.storage.local.set(${JSON.stringify({ [key]: 'on' })}))`), PAGE_TIMEOUT_MS, 'store the page mode');
  const tab: Page = await context.newPage();
  tab.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  try {
    const cdp = pageScriptsOff ? await withTimeout(context.newCDPSession(tab), PAGE_TIMEOUT_MS, 'open a DevTools session') : undefined;
    if (cdp) await withTimeout(cdp.send('Emulation.setScriptExecutionDisabled', { value: true }), PAGE_TIMEOUT_MS, 'turn the page scripts off');
    await tab.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    if (settle) await tab.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await readerModeShown(tab)
      .catch(async () => {
        const said = await withTimeout(askContentScript(worker, url).then((s) => {
          const reply = s as { mode?: string; cost?: { turnOnMs: number | null } } | string;
          return typeof reply === 'string' ? reply : `mode ${reply?.mode}, turned on in ${reply?.cost?.turnOnMs} ms`;
        }, (error: Error) => String(error.message)), 5_000, 'ask the content script').catch((error: Error) => error.message);
        throw new Error(`reader mode never turned on (no data-tidyread="on" on <html>; content script: ${String(said).split('\n')[0]})`);
      });
    const texts = await withTimeout(tab.evaluate(() => {
      const html = document.documentElement;
      const after = document.body?.innerText ?? '';
      const skipLinks = [...document.querySelectorAll<HTMLElement>('[data-tidyread-sr]')];
      for (const link of skipLinks) link.style.setProperty('display', 'none', 'important');
      const afterWithoutSkipLinks = document.body?.innerText ?? '';
      for (const link of skipLinks) link.style.removeProperty('display');
      html.removeAttribute('data-tidyread');
      const before = document.body?.innerText ?? '';
      html.setAttribute('data-tidyread', 'on');
      const blocks = [...document.querySelectorAll('[data-tidyread-hide]')];
      const hidden = blocks.map((block) => block.getAttribute('data-tidyread-hide') + ': ' + (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80));
      return { before, after, afterWithoutSkipLinks, hidden };
    }), PAGE_TIMEOUT_MS, 'read the visible text');
    const before = normalize(texts.before);
    const after = normalize(texts.after);
    const visible = (snippets: string[], text: string) => snippets.filter((snippet) => text.includes(normalize(snippet)));
    const withBefore = visible(truth.with, before);
    const withoutBefore = visible(truth.without, before);
    result.withBefore = withBefore.length;
    const withKept = visible(withBefore, after);
    result.withKept = withKept.length;
    result.lostWith = withBefore.filter((snippet) => !withKept.includes(snippet));
    result.withoutBefore = withoutBefore.length;
    const withoutVisible = visible(withoutBefore, after);
    result.withoutHidden = withoutBefore.length - withoutVisible.length;
    result.withoutHiddenOrSkipLink = withoutBefore.length - visible(withoutBefore, normalize(texts.afterWithoutSkipLinks)).length;
    result.visibleWithout = withoutVisible;
    result.precisionBefore = wordPrecision(texts.before, truth.mainContent);
    result.precisionAfter = wordPrecision(texts.after, truth.mainContent);
    result.hiddenBlocks = texts.hidden.length;
    result.hidden = texts.hidden;

    // Readability and the step breakdown are added as script tags: the page's own scripts have had their turn.
    if (cdp) await withTimeout(cdp.send('Emulation.setScriptExecutionDisabled', { value: false }), PAGE_TIMEOUT_MS, 'turn the page scripts on');
    Object.assign(result, await withTimeout(contentCost(worker, tab.url()), PAGE_TIMEOUT_MS, 'ask the content script for its timings'));
    for (const content of scripts) await tab.addScriptTag({ content });
    const cost = await withTimeout(tab.evaluate(TIME_IN_PAGE) as Promise<Pick<PageResult, 'readabilityMs' | 'ruleMs'>>, PAGE_TIMEOUT_MS, 'time Readability and the cleanup steps');
    Object.assign(result, cost);
    Object.assign(result, await withTimeout(measureFloors(context, tab, scripts[0]), PAGE_TIMEOUT_MS, 'time the reference floors'));
  } catch (error) {
    result.error = String((error as Error).message ?? error).split('\n')[0];
  } finally {
    await closeTab(context, tab);
  }
  return result;
}

const fmt = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const mean = (values: number[]) => (values.length ? sum(values) / values.length : NaN);

function summarize(results: PageResult[]) {
  const ok = results.filter((r) => !r.error);
  return {
    pages: results.length,
    errors: results.length - ok.length,
    withKept: sum(ok.map((r) => r.withKept!)) / sum(ok.map((r) => r.withBefore!)),
    withoutHidden: sum(ok.map((r) => r.withoutHidden!)) / sum(ok.map((r) => r.withoutBefore!)),
    withoutHiddenOrSkipLink: sum(ok.map((r) => r.withoutHiddenOrSkipLink!)) / sum(ok.map((r) => r.withoutBefore!)),
    precisionBefore: mean(ok.map((r) => r.precisionBefore!)),
    precisionAfter: mean(ok.map((r) => r.precisionAfter!)),
    pagesLosingWith: ok.filter((r) => r.withKept! < r.withBefore!).length,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const selection = selectionFromArgs(argv);
  if (!CHROMIUM) throw new Error('Chromium is not installed (/usr/bin/chromium): apt-get install -y chromium');
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST}/manifest.json is missing: run npm run build first`);
  const pages = loadPages(selection);
  const byId = new Map(pages.map((page) => [page.id, page]));
  const { server, origin } = await serve(byId);
  const home = mkdtempSync(join(tmpdir(), 'tidyread-bench-'));
  // A copy, so that a rebuild during the run cannot change the extension under it.
  const extension = join(home, 'chrome');
  cpSync(DIST, extension, { recursive: true });
  const scripts = [await coreBundle(), readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8')];
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    bypassCSP: true,
    env: { ...process.env, HOME: home } as Record<string, string>,
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  const results: PageResult[] = [];
  let currentPage = '';
  try {
    // Nothing but the local server: outside hosts are refused before any lookup, and here too in case.
    // A page that sends itself elsewhere (location.replace in wcxb-dev 0119) stays where it is.
    await context.route('**/*', (route) => {
      const request = route.request();
      const target = request.url();
      const local = target.startsWith(origin + '/') || /^(chrome-extension|data|blob):/.test(target);
      const strayNavigation = request.isNavigationRequest() && request.frame().parentFrame() === null && target !== currentPage && !target.startsWith('chrome-extension:');
      return local && !strayNavigation ? route.continue() : route.abort(strayNavigation ? 'aborted' : 'failed');
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const started = Date.now();
    for (const [i, page] of pages.entries()) {
      currentPage = `${origin}/wcxb/${page.id}.html`;
      // A last guard, so that one page that never answers cannot stall the run.
      results.push(await withTimeout(runPage(context, extensionOrigin, page, currentPage, scripts), PAGE_BUDGET_MS, 'measure the page')
        .catch((error: Error) => ({ id: page.id, type: page.type, error: error.message })));
      if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1}/${pages.length} pages, ${Math.round((Date.now() - started) / 1000)} s\n`);
    }
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(home, { recursive: true, force: true });
  }

  const lines: string[] = [];
  const all = summarize(results);
  const sampleNote = selection.limit ? `stratified sample of ${results.length} pages` : `${results.length} pages`;
  lines.push(`# In-page cleanup on wcxb-dev, Chromium with dist/chrome (${sampleNote}${selection.half ? `, ${selection.half} ids` : ''})`, '');
  lines.push('| page type | pages | errors | `with` kept | `without` hidden | `without` hidden, skip links counted hidden | word precision before | after | pages losing a `with` |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  const row = (name: string, s: ReturnType<typeof summarize>) =>
    `| ${name} | ${s.pages} | ${s.errors} | ${fmt(s.withKept)} | ${fmt(s.withoutHidden)} | ${fmt(s.withoutHiddenOrSkipLink)} | ${fmt(s.precisionBefore)} | ${fmt(s.precisionAfter)} | ${s.pagesLosingWith} |`;
  lines.push(row('all', all));
  const byType: Record<string, unknown> = {};
  for (const type of [...new Set(results.map((r) => r.type))].sort()) {
    const s = summarize(results.filter((r) => r.type === type));
    byType[type] = s;
    lines.push(row(type, s));
  }
  const timed = results.filter((r) => !r.error && r.readabilityMs! > 0);
  const ratio = (pick: (r: PageResult) => number) => timed.map((r) => pick(r) / r.readabilityMs!);
  const cost = {
    pages: timed.length,
    detectMsMedian: quantile(timed.map((r) => r.detectMs!), 0.5),
    detectMsP95: quantile(timed.map((r) => r.detectMs!), 0.95),
    cleanupMsMedian: quantile(timed.map((r) => r.cleanupMs!), 0.5),
    cleanupMsP95: quantile(timed.map((r) => r.cleanupMs!), 0.95),
    readabilityMsMedian: quantile(timed.map((r) => r.readabilityMs!), 0.5),
    readabilityMsP95: quantile(timed.map((r) => r.readabilityMs!), 0.95),
    detectRatioMedian: quantile(ratio((r) => r.detectMs!), 0.5),
    detectRatioP95: quantile(ratio((r) => r.detectMs!), 0.95),
    cleanupRatioMedian: quantile(ratio((r) => r.cleanupMs!), 0.5),
    cleanupRatioP95: quantile(ratio((r) => r.cleanupMs!), 0.95),
    bothRatioMedian: quantile(ratio((r) => r.detectMs! + r.cleanupMs!), 0.5),
    bothRatioP95: quantile(ratio((r) => r.detectMs! + r.cleanupMs!), 0.95),
    elementPassRatioMedian: quantile(ratio((r) => r.elementPassMs!), 0.5),
    detectFreshRatioMedian: quantile(ratio((r) => r.detectFreshMs!), 0.5),
    detectWarmRatioMedian: quantile(ratio((r) => r.detectWarmMs!), 0.5),
  };
  const ruleShares: Record<string, number> = {};
  for (const r of timed) for (const [name, ms] of Object.entries(r.ruleMs ?? {})) ruleShares[name] = (ruleShares[name] ?? 0) + ms;
  const bytesOf = (file: string) => (existsSync(join(DIST, file)) ? statSync(join(DIST, file)).size : NaN);
  const contentBytes = bytesOf('content.js');
  const cleanupBytes = bytesOf('cleanup.js');
  lines.push('', `Cost in the same pages (${cost.pages}): the content script's own first detection and turning on, timed where they run, and one Readability parse of a clone of the page (its first on the page); ms, and as a share of that parse.`, '');
  lines.push('| | median ms | p95 ms | median share | p95 share |', '|---|---|---|---|---|');
  lines.push(`| detection (detectArticle) | ${fmt(cost.detectMsMedian, 2)} | ${fmt(cost.detectMsP95, 2)} | ${fmt(cost.detectRatioMedian)} | ${fmt(cost.detectRatioP95)} |`);
  lines.push(`| turning on (findClutter + markClutter) | ${fmt(cost.cleanupMsMedian, 2)} | ${fmt(cost.cleanupMsP95, 2)} | ${fmt(cost.cleanupRatioMedian)} | ${fmt(cost.cleanupRatioP95)} |`);
  lines.push(`| detection + turning on | | | ${fmt(cost.bothRatioMedian)} | ${fmt(cost.bothRatioP95)} |`);
  lines.push(`| Readability parse | ${fmt(cost.readabilityMsMedian, 1)} | ${fmt(cost.readabilityMsP95, 1)} | 1 | 1 |`);
  lines.push('', `Reference floors in the same pages, median share of the same parse, each in a fresh isolated world: one pass over the page's elements reading each class ${fmt(cost.elementPassRatioMedian)}; detectArticle's first run there ${fmt(cost.detectFreshRatioMedian)}, its second run ${fmt(cost.detectWarmRatioMedian)}.`);
  const ruleTotal = sum(Object.values(ruleShares));
  lines.push('', 'Share of cleanup time by step (a second, partly warm run in the page): ' + Object.entries(ruleShares).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${fmt(ms / ruleTotal, 2)}`).join(', '));
  lines.push('', `dist/chrome/content.js (on every page, detection): ${contentBytes} bytes; dist/chrome/cleanup.js (injected when reader mode first turns on in a page): ${cleanupBytes} bytes.`);
  const errors = results.filter((r) => r.error).map((r) => `${r.id} (${r.type}): ${r.error}`);
  const scriptsOff = results.filter((r) => r.pageScriptsOff && !r.error).map((r) => `${r.id} (${r.type})`);
  if (scriptsOff.length) lines.push('', `Measured with the page's own scripts off, after they reloaded, redirected or emptied the page: ${scriptsOff.join(', ')}.`);
  if (errors.length) lines.push('', 'Errors:', ...errors.map((e) => `- ${e}`));
  const table = lines.join('\n') + '\n';
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(join(ROOT, '.bench/cleanup.md'), table);
  writeFileSync(join(ROOT, '.bench/cleanup.json'), JSON.stringify({ selection, summary: all, byType, cost, contentBytes, cleanupBytes, errors, pages: results }, null, 2));
  process.stdout.write(table);
}

main().catch((error) => {
  process.stderr.write(`bench:cleanup: ${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
