/**
 * Extraction benchmark over WCXB (../shared/corpus/wcxb-dev): Tidyread's extractStory vs plain Readability,
 * on the same pages in the same run, scored as the corpus README says (evaluate.py).
 *   npm run bench:extract -- [--limit N] [--per-type N] [--type TYPE] [--part tune|held-out | --half odd|even]
 *                            [--ids 0001,0002] [--pages]
 *                            [--shard K/N]     (run the K-th of N shares of the pages, K = 1..N, to use N cores)
 *                            [--resume]        (keep the pages already in this run's report, score the rest)
 *   npm run bench:extract -- --merge N         (one report from the N shards' .bench/extract.shard-K-of-N.json)
 * tune = odd page ids (used to develop the rules), held-out = even ids (never looked at while tuning).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractStory } from '../../src/core/extract';
import { blockText } from '../../src/core/text';
import { closeWindow, parseHtml } from '../../src/node/dom';

interface Args {
  limit: number;
  perType: number;
  type: string | null;
  part: 'all' | 'tune' | 'held-out';
  ids: string[] | null;
  pages: boolean;
  shard: [number, number] | null;
  merge: number | null;
  resume: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { limit: Infinity, perType: Infinity, type: null, part: 'all', ids: null, pages: false, shard: null, merge: null, resume: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (arg === '--limit') args.limit = Number(value());
    else if (arg === '--per-type') args.perType = Number(value());
    else if (arg === '--type') args.type = value();
    else if (arg === '--part') {
      const part = value();
      if (part !== 'all' && part !== 'tune' && part !== 'held-out') fail('--part must be all, tune or held-out');
      args.part = part;
    } else if (arg === '--half') {
      // The same split named by the page ids: odd = tune, even = held-out.
      const half = value();
      if (half !== 'odd' && half !== 'even') fail('--half must be odd or even');
      args.part = half === 'odd' ? 'tune' : 'held-out';
    } else if (arg === '--ids') args.ids = value().split(',');
    else if (arg === '--pages') args.pages = true;
    else if (arg === '--resume') args.resume = true;
    else if (arg === '--shard') {
      const match = /^(\d+)\/(\d+)$/.exec(value());
      if (!match || Number(match[1]) < 1 || Number(match[1]) > Number(match[2])) fail('--shard must be K/N with 1 <= K <= N');
      args.shard = [Number(match[1]), Number(match[2])];
    } else if (arg === '--merge') args.merge = Number(value());
    else fail(`unknown option ${arg}`);
  }
  if (!(args.limit > 0)) fail('--limit must be a positive number');
  if (!(args.perType > 0)) fail('--per-type must be a positive number');
  return args;
}

function fail(message: string): never {
  process.stderr.write(`bench:extract: ${message}\n`);
  process.exit(2);
}

// ---- scoring (the corpus README: evaluate.py) ----

const TOKEN = /[\p{L}\p{N}_]+/gu; // Python's \w: letters, numbers, underscore (no combining marks)

function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(TOKEN) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

function size(bag: Map<string, number>): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  withFound: number | null;
  withoutLeaked: number | null;
}

function score(prediction: string, reference: string, withSnippets: string[], withoutSnippets: string[]): Score {
  const predicted = tokens(prediction);
  const expected = tokens(reference);
  const predictedSize = size(predicted);
  const expectedSize = size(expected);
  let precision: number, recall: number, f1: number;
  if (expectedSize === 0) {
    precision = recall = f1 = predictedSize === 0 ? 1 : 0;
  } else if (predictedSize === 0) {
    precision = recall = f1 = 0;
  } else {
    let overlap = 0;
    for (const [token, count] of predicted) overlap += Math.min(count, expected.get(token) ?? 0);
    precision = overlap / predictedSize;
    recall = overlap / expectedSize;
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const lower = prediction.toLowerCase();
  const share = (snippets: string[]) =>
    snippets.length ? snippets.filter((snippet) => lower.includes(snippet.toLowerCase())).length / snippets.length : null;
  return { precision, recall, f1, withFound: share(withSnippets), withoutLeaked: share(withoutSnippets) };
}

// ---- running ----

interface PageResult {
  id: string;
  type: string;
  url: string;
  tidyread: Score;
  readability: Score;
  tidyreadMs: number;
  readabilityMs: number;
  error?: string;
}

/** The page's URL, or a stand-in when the corpus has none (jsdom needs an absolute URL). */
function validUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'https://page.invalid/';
  }
}

function plainReadability(doc: Document): string {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return '';
  const container = doc.createElement('div');
  container.innerHTML = article.content;
  return blockText(container);
}

async function runPage(corpus: string, id: string, type: string, url: string): Promise<PageResult> {
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth', `${id}.json`), 'utf8')).ground_truth;
  const html = gunzipSync(readFileSync(join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
  const reference: string = truth.main_content ?? '';
  const withSnippets: string[] = truth.with ?? [];
  const withoutSnippets: string[] = truth.without ?? [];
  const win = parseHtml(html, validUrl(url));
  try {
    let error: string | undefined;
    let start = performance.now();
    let ours = '';
    try {
      ours = extractStory(win.document, { window: win, url }).text;
    } catch (caught) {
      error = `tidyread: ${(caught as Error).message}`;
    }
    const tidyreadMs = performance.now() - start;
    start = performance.now();
    let theirs = '';
    try {
      theirs = plainReadability(win.document);
    } catch (caught) {
      error = `${error ? error + '; ' : ''}readability: ${(caught as Error).message}`;
    }
    const readabilityMs = performance.now() - start;
    return {
      id, type, url, tidyreadMs, readabilityMs, error,
      tidyread: score(ours, reference, withSnippets, withoutSnippets),
      readability: score(theirs, reference, withSnippets, withoutSnippets),
    };
  } finally {
    await closeWindow(win);
  }
}

// ---- reporting ----

interface Row {
  group: string;
  pages: number;
  tidyread: Record<keyof Score, number>;
  readability: Record<keyof Score, number>;
  tidyreadMs: number;
  readabilityMs: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

function summarize(group: string, results: PageResult[]): Row {
  const average = (pick: (result: PageResult) => Score) => {
    const of = (key: keyof Score) =>
      mean(results.map((result) => pick(result)[key]).filter((value): value is number => value !== null));
    return { precision: of('precision'), recall: of('recall'), f1: of('f1'), withFound: of('withFound'), withoutLeaked: of('withoutLeaked') };
  };
  return {
    group,
    pages: results.length,
    tidyread: average((result) => result.tidyread),
    readability: average((result) => result.readability),
    tidyreadMs: mean(results.map((result) => result.tidyreadMs)),
    readabilityMs: mean(results.map((result) => result.readabilityMs)),
  };
}

function table(rows: Row[]): string {
  const f = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(3));
  const lines = [
    '| pages | n | F1 T / R | P T / R | R T / R | with T / R | without T / R | ms T / R (ratio) |',
    '|---|---:|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const pair = (key: keyof Score) => `${f(row.tidyread[key])} / ${f(row.readability[key])}`;
    const ratio = row.tidyreadMs / row.readabilityMs;
    lines.push(`| ${row.group} | ${row.pages} | ${pair('f1')} | ${pair('precision')} | ${pair('recall')} | ` +
      `${pair('withFound')} | ${pair('withoutLeaked')} | ${row.tidyreadMs.toFixed(1)} / ${row.readabilityMs.toFixed(1)} (${ratio.toFixed(2)}) |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(import.meta.dirname, '..', '..');
  if (args.merge) return merge(root, args.merge);
  const corpus = resolve(process.env.TIDYREAD_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'wcxb-dev');
  let index: Record<string, { page_type: string; url: string }>;
  try {
    index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')).pages;
  } catch {
    fail(`no corpus at ${corpus} (set TIDYREAD_CORPUS to the folder holding wcxb-dev)`);
  }
  let ids = Object.keys(index).sort();
  if (args.ids) ids = ids.filter((id) => args.ids!.includes(id));
  if (args.type) ids = ids.filter((id) => index[id].page_type === args.type);
  if (args.part !== 'all') ids = ids.filter((id) => (Number(id) % 2 === 1) === (args.part === 'tune'));
  const taken = new Map<string, number>();
  ids = ids.filter((id) => {
    const count = taken.get(index[id].page_type) ?? 0;
    taken.set(index[id].page_type, count + 1);
    return count < args.perType;
  });
  if (ids.length === 0) fail('no pages match');

  // A fixed shuffle: a run cut short still reports on a fair sample of every page type.
  ids.sort((a, b) => scramble(a) - scramble(b) || a.localeCompare(b));
  // --limit takes the first N of the shuffle: a fair sample of every page type, the same in every run.
  ids = ids.slice(0, args.limit);
  if (args.shard) ids = ids.filter((_, n) => n % args.shard![1] === args.shard![0] - 1);
  const results: PageResult[] = [];
  if (args.resume) {
    const name = args.shard ? `extract.shard-${args.shard[0]}-of-${args.shard[1]}` : 'extract';
    try {
      const done = JSON.parse(readFileSync(join(root, '.bench', `${name}.json`), 'utf8')).pages as PageResult[];
      results.push(...done.filter((page) => ids.includes(page.id)));
    } catch {
      // Nothing to resume: score every page.
    }
  }
  const started = performance.now();
  for (const [n, id] of ids.entries()) {
    if (results.some((result) => result.id === id)) continue;
    const result = await runPage(corpus, id, index[id].page_type, index[id].url);
    results.push(result);
    if (args.pages) {
      process.stdout.write(`${id} ${result.type.padEnd(13)} T ${result.tidyread.f1.toFixed(3)} R ${result.readability.f1.toFixed(3)}` +
        ` P ${result.tidyread.precision.toFixed(2)} R ${result.tidyread.recall.toFixed(2)}${result.error ? ' ' + result.error : ''}\n`);
    } else if (process.stderr.isTTY) process.stderr.write(`\r${n + 1}/${ids.length}`);
    if ((n + 1) % 50 === 0 && n + 1 < ids.length) report(root, results, ids.length, started, false, args.shard);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stdout.write(report(root, results, ids.length, started, true, args.shard) + '\n');
}

/** One report from the shards' page results, as if one run had scored them all. */
function merge(root: string, shards: number): void {
  const results: PageResult[] = [];
  let partial = false;
  let seconds = 0;
  let total = 0;
  let shardCommand = '';
  for (let k = 1; k <= shards; k++) {
    const file = join(root, '.bench', `extract.shard-${k}-of-${shards}.json`);
    let data: { pages: PageResult[]; partial: boolean; seconds: number; total: number; command: string };
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      fail(`cannot read ${file}: run --shard ${k}/${shards} first`);
    }
    results.push(...data.pages);
    partial ||= data.partial;
    seconds = Math.max(seconds, data.seconds);
    total += data.total;
    shardCommand = data.command;
  }
  const command = `${shardCommand.replace(/--shard \d+\/\d+/, `--shard K/${shards}`)} (K = 1..${shards}, side by side), ` +
    `then npm run bench:extract -- --merge ${shards}`;
  process.stdout.write(report(root, results, total, performance.now() - seconds * 1000, !partial, null, command) + '\n');
}

/** Knuth's multiplicative hash of the page number. */
function scramble(id: string): number {
  return (Number(id) * 2654435761) % 4294967296;
}

/** Writes .bench/extract.{md,json} (also while running, marked partial) and returns the markdown. */
function report(root: string, results: PageResult[], total: number, started: number, done: boolean,
  shard: [number, number] | null = null, mergedCommand: string | null = null): string {
  const types = [...new Set(results.map((result) => result.type))].sort();
  const rows = types.map((type) => summarize(type, results.filter((result) => result.type === type)));
  const articles = results.filter((result) => result.type === 'article');
  if (articles.some((result) => Number(result.id) % 2 === 1) && articles.some((result) => Number(result.id) % 2 === 0)) {
    rows.push(summarize('articles, tune (odd ids)', articles.filter((result) => Number(result.id) % 2 === 1)));
    rows.push(summarize('articles, held-out (even ids)', articles.filter((result) => Number(result.id) % 2 === 0)));
  }
  rows.push(summarize('all pages', results));

  const errors = results.filter((result) => result.error).map((result) => `${result.id}: ${result.error}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const command = mergedCommand ?? `npm run bench:extract -- ${process.argv.slice(2).join(' ')}`.trim();
  const markdown = [
    `# Extraction benchmark (WCXB dev): T = Tidyread extractStory, R = plain Readability`,
    '',
    `Command: \`${command}\` — ${results.length}${done ? '' : ` of ${total} (PARTIAL, still running)`} pages in ${seconds} s, jsdom, ${new Date().toISOString()}`,
    '',
    table(rows),
    '',
    `Scores are means of per-page figures; time is per page, parse excluded, both from the same parsed document.`,
    errors.length ? `\nErrors (${errors.length}):\n${errors.map((line) => `- ${line}`).join('\n')}` : '',
  ].join('\n');
  const out = join(root, '.bench');
  const name = shard ? `extract.shard-${shard[0]}-of-${shard[1]}` : 'extract';
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.md`), markdown + '\n');
  writeFileSync(join(out, `${name}.json`), JSON.stringify({ command, partial: !done, total, seconds: Number(seconds), rows, pages: results }, null, 1) + '\n');
  return markdown;
}

await main();
