/** The wcxb-dev pages and their ground truth, for the detection and cleanup benchmarks. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface WcxbPage {
  id: string;
  type: string;
  url: string;
  htmlFile: string;
  isArticle: boolean;
}

export interface GroundTruth {
  mainContent: string;
  with: string[];
  without: string[];
}

export function corpusDir(): string {
  return resolve(process.env.TIDYREAD_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus'), 'wcxb-dev');
}

export interface PageSelection {
  /** At most this many pages, taken evenly from each page type (a stratified sample). */
  limit?: number;
  /** Only odd or only even ids: tune on one half, report the other. */
  half?: 'odd' | 'even';
  /** Only these page ids (to look at one page again). */
  ids?: string[];
}

export function loadPages(selection: PageSelection = {}): WcxbPage[] {
  const dir = corpusDir();
  let index: { pages: Record<string, { page_type: string; url: string }> };
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch {
    throw new Error(`cannot read ${join(dir, 'index.json')}: set TIDYREAD_CORPUS to the corpus folder`);
  }
  let pages = Object.entries(index.pages)
    .map(([id, page]) => ({
      id,
      type: page.page_type === 'category' ? 'collection' : page.page_type,
      url: page.url,
      htmlFile: join(dir, 'html', `${id}.html.gz`),
      isArticle: page.page_type === 'article',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (selection.ids) pages = pages.filter((page) => selection.ids!.includes(page.id));
  if (selection.half) pages = pages.filter((page) => (Number(page.id) % 2 === 1) === (selection.half === 'odd'));
  if (selection.limit && selection.limit < pages.length) {
    const share = selection.limit / pages.length;
    const byType = new Map<string, WcxbPage[]>();
    for (const page of pages) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
    pages = [...byType.values()].flatMap((group) => {
      const take = Math.max(1, Math.round(group.length * share));
      const step = group.length / take;
      return Array.from({ length: take }, (_, i) => group[Math.floor(i * step)]);
    });
  }
  return pages;
}

export function loadTruth(id: string): GroundTruth {
  const raw = JSON.parse(readFileSync(join(corpusDir(), 'ground-truth', `${id}.json`), 'utf8'));
  const truth = raw.ground_truth ?? {};
  return { mainContent: truth.main_content ?? '', with: truth.with ?? [], without: truth.without ?? [] };
}

/** Command-line options shared by the benchmarks: --limit N, --sample (= --limit 200), --half odd|even, --ids A,B. */
export function selectionFromArgs(argv: string[]): PageSelection {
  const selection: PageSelection = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') selection.limit = Number(argv[++i]);
    else if (argv[i] === '--sample') selection.limit = 200;
    else if (argv[i] === '--half') selection.half = argv[++i] === 'even' ? 'even' : 'odd';
    else if (argv[i] === '--ids') selection.ids = (argv[++i] ?? '').split(',');
  }
  if (selection.limit !== undefined && !(selection.limit > 0)) throw new Error('--limit needs a positive number');
  return selection;
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Bag-of-words precision of a prediction against a reference, as wcxb's evaluate.py computes it. */
export function wordPrecision(predicted: string, reference: string): number {
  const predictedTokens = tokens(predicted);
  const referenceTokens = tokens(reference);
  if (referenceTokens.length === 0) return predictedTokens.length === 0 ? 1 : 0;
  if (predictedTokens.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of referenceTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  return overlap / predictedTokens.length;
}
