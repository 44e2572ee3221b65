/**
 * Article detection on wcxb-dev: Tidyread's detectArticle against Readability's isProbablyReaderable,
 * same pages, same run; and the Node cost of detection and findClutter next to one Readability parse.
 *
 *   npm run bench:detect -- [--limit N | --sample] [--half odd|even] [--timing-every N | --no-timing] [--signals FILE]
 *
 * Detection is scored on every selected page; the cost (which needs a Readability parse, slow in jsdom)
 * on every Nth page, evenly spread (default every 5th).
 *
 * The model in src/core/detect/model.ts was fitted on the odd ids (scripts/fit-detect.ts); the even ids are
 * reported as held out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { findClutter } from '../../src/core/cleanup/index';
import { articleSignals, scoreSignals } from '../../src/core/detect';
import { parseHtml, readHtmlFile } from '../../src/node/dom';
import { loadPages, quantile, selectionFromArgs, type WcxbPage } from './wcxb-pages';

interface PageResult {
  id: string;
  type: string;
  isArticle: boolean;
  tidyread: boolean;
  readerable: boolean;
  score: number;
  reasons: string[];
  signals?: unknown;
  detectMs?: number;
  clutterMs?: number;
  readabilityMs?: number;
  error?: string;
}

interface Scores {
  pages: number;
  precision: number;
  recall: number;
  accuracy: number;
}

function scores(results: PageResult[], said: (r: PageResult) => boolean): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of results) {
    if (said(r)) r.isArticle ? tp++ : fp++;
    else r.isArticle ? fn++ : tn++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
  return { pages: results.length, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), accuracy: ratio(tp + tn, results.length) };
}

function measure<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function runPage(page: WcxbPage, timing: boolean, keepSignals: boolean): PageResult {
  const base = { id: page.id, type: page.type, isArticle: page.isArticle };
  let window: Window;
  try {
    // A few corpus entries have no URL; the page is still measured, at a neutral address.
    window = parseHtml(readHtmlFile(page.htmlFile), URL.canParse(page.url) ? page.url : 'https://example.invalid/');
  } catch (error) {
    return { ...base, tidyread: false, readerable: false, score: NaN, reasons: [], error: String((error as Error).message ?? error) };
  }
  try {
    return measurePage(base, window.document, URL.canParse(page.url) ? page.url : '', timing, keepSignals);
  } finally {
    // jsdom keeps every window alive until closed: without this a full run grows to gigabytes.
    window.close();
  }
}

function measurePage(base: Pick<PageResult, 'id' | 'type' | 'isArticle'>, doc: Document, url: string, timing: boolean, keepSignals: boolean): PageResult {
  const [signals, signalMs] = measure(() => articleSignals(doc, url));
  const [detection, scoreMs] = measure(() => scoreSignals(signals));
  const readerable = isProbablyReaderable(doc);
  const result: PageResult = {
    ...base,
    tidyread: detection.isArticle,
    readerable,
    score: detection.score,
    reasons: detection.reasons,
    detectMs: signalMs + scoreMs,
  };
  if (keepSignals) result.signals = signals;
  if (timing) {
    result.clutterMs = measure(() => findClutter(doc))[1];
    const clone = doc.cloneNode(true) as Document;
    result.readabilityMs = measure(() => new Readability(clone).parse())[1];
  }
  return result;
}

const fmt = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** jsdom does not give all of a closed window's memory back: pages run in child processes, a chunk each. */
const CHUNK_PAGES = 100;

function runChunk(ids: string[], timedIds: Set<string>, keepSignals: boolean): void {
  const wanted = new Set(ids);
  const results = loadPages().filter((page) => wanted.has(page.id)).map((page) => runPage(page, timedIds.has(page.id), keepSignals));
  process.stdout.write(JSON.stringify(results));
}

function main() {
  const argv = process.argv.slice(2);
  const timing = !argv.includes('--no-timing');
  const everyIndex = argv.indexOf('--timing-every');
  const timingEvery = everyIndex >= 0 ? Math.max(1, Number(argv[everyIndex + 1]) || 1) : 5;
  const signalsIndex = argv.indexOf('--signals');
  const chunkIndex = argv.indexOf('--chunk');
  if (chunkIndex >= 0) {
    const timedIndex = argv.indexOf('--timed');
    return runChunk(argv[chunkIndex + 1].split(','), new Set(timedIndex >= 0 ? argv[timedIndex + 1].split(',') : []), signalsIndex >= 0);
  }
  const selection = selectionFromArgs(argv);
  const pages = loadPages(selection);
  const results: PageResult[] = [];
  const started = Date.now();
  for (let i = 0; i < pages.length; i += CHUNK_PAGES) {
    const chunk = pages.slice(i, i + CHUNK_PAGES);
    const timed = chunk.filter((_, j) => timing && (i + j) % timingEvery === 0).map((page) => page.id);
    const args = [...process.execArgv, process.argv[1], '--chunk', chunk.map((page) => page.id).join(','), '--timed', timed.join(',') || '-', ...(signalsIndex >= 0 ? ['--signals', '-'] : [])];
    results.push(...JSON.parse(execFileSync(process.execPath, args, { maxBuffer: 1 << 28, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })));
    process.stderr.write(`${results.length}/${pages.length} pages, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  const ok = results.filter((r) => !r.error);
  const splits: Array<[string, PageResult[]]> = [
    ['all', ok],
    ['tuning half (odd ids)', ok.filter((r) => Number(r.id) % 2 === 1)],
    ['held out (even ids)', ok.filter((r) => Number(r.id) % 2 === 0)],
  ];
  const lines: string[] = [];
  lines.push(`# Article detection on wcxb-dev (${ok.length} pages, ${results.length - ok.length} errors)`, '');
  lines.push('| split | pages | Tidyread precision | recall | accuracy | isProbablyReaderable precision | recall | accuracy |');
  lines.push('|---|---|---|---|---|---|---|---|');
  const summary: Record<string, unknown> = {};
  for (const [name, group] of splits) {
    if (group.length === 0) continue;
    const t = scores(group, (r) => r.tidyread);
    const p = scores(group, (r) => r.readerable);
    summary[name] = { tidyread: t, isProbablyReaderable: p };
    lines.push(`| ${name} | ${group.length} | ${fmt(t.precision)} | ${fmt(t.recall)} | ${fmt(t.accuracy)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.accuracy)} |`);
  }
  lines.push('', 'Per page type: share of pages called an article (articles: recall; other types: false-positive rate).', '');
  lines.push('| page type | pages | Tidyread | isProbablyReaderable |', '|---|---|---|---|');
  const byType: Record<string, unknown> = {};
  for (const type of [...new Set(ok.map((r) => r.type))].sort()) {
    const group = ok.filter((r) => r.type === type);
    const t = group.filter((r) => r.tidyread).length / group.length;
    const p = group.filter((r) => r.readerable).length / group.length;
    byType[type] = { pages: group.length, tidyread: t, isProbablyReaderable: p };
    lines.push(`| ${type} | ${group.length} | ${fmt(t)} | ${fmt(p)} |`);
  }
  let timingSummary: Record<string, number> | undefined;
  if (timing) {
    const timed = ok.filter((r) => r.readabilityMs && r.readabilityMs > 0);
    const detectRatio = timed.map((r) => r.detectMs! / r.readabilityMs!);
    const clutterRatio = timed.map((r) => r.clutterMs! / r.readabilityMs!);
    const bothRatio = timed.map((r) => (r.detectMs! + r.clutterMs!) / r.readabilityMs!);
    timingSummary = {
      detectMsMedian: quantile(timed.map((r) => r.detectMs!), 0.5),
      clutterMsMedian: quantile(timed.map((r) => r.clutterMs!), 0.5),
      readabilityMsMedian: quantile(timed.map((r) => r.readabilityMs!), 0.5),
      detectRatioMedian: quantile(detectRatio, 0.5),
      detectRatioP95: quantile(detectRatio, 0.95),
      clutterRatioMedian: quantile(clutterRatio, 0.5),
      clutterRatioP95: quantile(clutterRatio, 0.95),
      bothRatioMedian: quantile(bothRatio, 0.5),
      bothRatioP95: quantile(bothRatio, 0.95),
    };
    const s = timingSummary;
    lines.push('', `Node (jsdom) cost per page, ${timed.length} pages (every ${timingEvery}th), as a share of one Readability parse of the same page:`, '');
    lines.push('| | median ms | median ratio | p95 ratio |', '|---|---|---|---|');
    lines.push(`| detectArticle | ${fmt(s.detectMsMedian, 2)} | ${fmt(s.detectRatioMedian)} | ${fmt(s.detectRatioP95)} |`);
    lines.push(`| findClutter | ${fmt(s.clutterMsMedian, 2)} | ${fmt(s.clutterRatioMedian)} | ${fmt(s.clutterRatioP95)} |`);
    lines.push(`| both | | ${fmt(s.bothRatioMedian)} | ${fmt(s.bothRatioP95)} |`);
    lines.push(`| Readability parse | ${fmt(s.readabilityMsMedian, 1)} | 1 | 1 |`);
  }
  const errors = results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`);
  if (errors.length) lines.push('', 'Errors:', ...errors.map((e) => `- ${e}`));
  const table = lines.join('\n') + '\n';
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/detect.md', table);
  writeFileSync('.bench/detect.json', JSON.stringify({ selection, summary, byType, timing: timingSummary, errors }, null, 2));
  if (signalsIndex >= 0) writeFileSync(argv[signalsIndex + 1], JSON.stringify(results));
  process.stdout.write(table);
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench:detect: ${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
}
