/**
 * Fits the article-detection model of src/core/detect/model.ts on the odd ids of wcxb-dev.
 *
 *   npx tsx scripts/fit-detect.ts extract [--jobs 2]   reads every page once with articleSignals (the shipped
 *                                                      signals), writes .bench/detect-signals.json
 *   npx tsx scripts/fit-detect.ts fit [options]        fits on the odd ids, prints cross-validated and held-out
 *                                                      figures and each signal's step function
 *     --write                      rewrite src/core/detect/model.ts
 *     --signals FILE               another dump (to try signals before shipping them)
 *     --only A,B / --drop A,B      choose signals
 *     --rounds 300 --rate 0.1 --min-leaf 15 --lambda 1 --folds 5 --recall 0.975 --show N
 *
 * The model: gradient-boosted decision stumps on the logistic loss. Stumps on one signal add up to a step
 * function of that signal, so the shipped table has one row per signal and each reason is one signal's share.
 * The threshold is chosen on out-of-fold scores of the odd ids (scores of the rows a model was fitted on are too
 * sure of themselves), for a recall a little above 0.97 so that the held-out half keeps 0.97.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { articleSignals, type ArticleSignals } from '../src/core/detect/signals';
import { parseHtml, readHtmlFile } from '../src/node/dom';
import { loadPages } from './bench/wcxb-pages';

const SIGNALS_FILE = '.bench/detect-signals.json';

interface Sample {
  id: string;
  type: string;
  isArticle: boolean;
  signals: ArticleSignals;
}

function extractChunk(ids: string[]): void {
  const wanted = new Set(ids);
  const samples: Sample[] = [];
  for (const page of loadPages().filter((p) => wanted.has(p.id))) {
    let window: Window | undefined;
    try {
      const url = URL.canParse(page.url) ? page.url : '';
      window = parseHtml(readHtmlFile(page.htmlFile), url || 'https://example.invalid/');
      samples.push({ id: page.id, type: page.type, isArticle: page.isArticle, signals: articleSignals(window.document, url) });
    } catch (error) {
      process.stderr.write(`${page.id}: ${(error as Error).message}\n`);
    } finally {
      window?.close();
    }
  }
  process.stdout.write(JSON.stringify(samples));
}

async function extractAll(jobs: number): Promise<void> {
  const pages = loadPages();
  const chunks: string[][] = [];
  for (let i = 0; i < pages.length; i += 100) chunks.push(pages.slice(i, i + 100).map((p) => p.id));
  const samples: Sample[] = [];
  const run = promisify(execFile);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      const { stdout } = await run(process.execPath, [...process.execArgv, process.argv[1], 'chunk', chunk.join(',')], { maxBuffer: 1 << 28 });
      samples.push(...JSON.parse(stdout));
      process.stderr.write(`${samples.length}/${pages.length}\n`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  samples.sort((a, b) => a.id.localeCompare(b.id));
  mkdirSync('.bench', { recursive: true });
  writeFileSync(SIGNALS_FILE, JSON.stringify(samples));
}

// ---- fitting: gradient-boosted decision stumps, which add up to one step function per signal ----

interface Stump {
  feature: number;
  cut: number;
  below: number;
  above: number;
}

interface FitOptions {
  rounds: number;
  rate: number;
  minLeaf: number;
  lambda: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Candidate cuts of one feature: midpoints between distinct values, at most 24, spread by quantile. */
function candidateCuts(values: number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const mids = distinct.slice(1).map((v, i) => roundCut((v + distinct[i]) / 2));
  if (mids.length <= 24) return [...new Set(mids)];
  return [...new Set(Array.from({ length: 24 }, (_, i) => mids[Math.floor(((i + 0.5) * mids.length) / 24)]))];
}

/** Cuts are kept short for the table: two significant figures are plenty for counts and shares. */
function roundCut(x: number): number {
  if (x === 0) return 0;
  const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(3, digits)));
}

function fitStumps(X: number[][], y: number[], options: FitOptions): { bias: number; stumps: Stump[] } {
  const n = y.length;
  const features = X[0].length;
  const positives = y.reduce((a, b) => a + b, 0);
  const bias = Math.log(positives / (n - positives));
  const score = new Array<number>(n).fill(bias);
  const cuts = Array.from({ length: features }, (_, f) => candidateCuts(X.map((row) => row[f])));
  // For each feature and cut, the rows below the cut, computed once.
  const below = cuts.map((fc, f) => fc.map((cut) => X.map((row) => row[f] < cut)));
  const stumps: Stump[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const g = score.map((s, i) => sigmoid(s) - y[i]);
    const h = score.map((s) => Math.max(1e-6, sigmoid(s) * (1 - sigmoid(s))));
    let G = 0, H = 0;
    for (let i = 0; i < n; i++) (G += g[i]), (H += h[i]);
    let best: { gain: number; stump: Stump } | undefined;
    for (let f = 0; f < features; f++) {
      for (let c = 0; c < cuts[f].length; c++) {
        const mask = below[f][c];
        let gl = 0, hl = 0, nl = 0;
        for (let i = 0; i < n; i++) if (mask[i]) (gl += g[i]), (hl += h[i]), nl++;
        if (nl < options.minLeaf || n - nl < options.minLeaf) continue;
        const gr = G - gl, hr = H - hl;
        const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - (G * G) / (H + options.lambda);
        if (!best || gain > best.gain) {
          best = { gain, stump: { feature: f, cut: cuts[f][c], below: -gl / (hl + options.lambda), above: -gr / (hr + options.lambda) } };
        }
      }
    }
    if (!best) break;
    const stump = { ...best.stump, below: best.stump.below * options.rate, above: best.stump.above * options.rate };
    stumps.push(stump);
    for (let i = 0; i < n; i++) score[i] += X[i][stump.feature] < stump.cut ? stump.below : stump.above;
  }
  return { bias, stumps };
}

/** The stumps of each feature summed into one step function: cuts ascending, one value per interval. */
interface Step {
  feature: string;
  cuts: number[];
  values: number[];
}

function toSteps(names: string[], bias: number, stumps: Stump[]): { bias: number; steps: Step[] } {
  const steps: Step[] = [];
  let base = bias;
  for (let f = 0; f < names.length; f++) {
    const mine = stumps.filter((s) => s.feature === f);
    if (mine.length === 0) continue;
    const cuts = [...new Set(mine.map((s) => s.cut))].sort((a, b) => a - b);
    const values = [cuts[0] - 1, ...cuts].map((x) => mine.reduce((sum, s) => sum + (x < s.cut ? s.below : s.above), 0));
    // The value of the first interval moves into the bias so that a signal's absence usually counts 0.
    const offset = values[0];
    base += offset;
    steps.push({ feature: names[f], cuts, values: values.map((v) => v - offset) });
  }
  return { bias: base, steps };
}

function stepScore(model: { bias: number; steps: Step[] }, signals: ArticleSignals): number {
  let score = model.bias;
  for (const step of model.steps) {
    const x = signals[step.feature] ?? 0;
    let i = 0;
    while (i < step.cuts.length && x >= step.cuts[i]) i++;
    score += step.values[i];
  }
  return score;
}

interface Counts {
  precision: number;
  recall: number;
  accuracy: number;
}

function counts(scores: number[], y: number[], threshold: number): Counts {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  scores.forEach((s, i) => (s >= threshold ? (y[i] ? tp++ : fp++) : y[i] ? fn++ : tn++));
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), accuracy: (tp + tn) / scores.length };
}

/** The highest threshold whose recall is at least the target. */
function thresholdFor(scores: number[], y: number[], recall: number): number {
  const positives = scores.filter((_, i) => y[i]).sort((a, b) => b - a);
  const k = Math.ceil(recall * positives.length) - 1;
  return positives[Math.min(positives.length - 1, Math.max(0, k))];
}

function fmt(c: Counts): string {
  return `P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} A ${c.accuracy.toFixed(3)}`;
}

function fit(argv: string[]): void {
  const option = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const list = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1].split(',') : undefined;
  };
  const options: FitOptions = { rounds: option('--rounds', 300), rate: option('--rate', 0.1), minLeaf: option('--min-leaf', 15), lambda: option('--lambda', 1) };
  const targetRecall = option('--recall', 0.975);
  const fileIndex = argv.indexOf('--signals');
  const samples: Sample[] = JSON.parse(readFileSync(fileIndex >= 0 ? argv[fileIndex + 1] : SIGNALS_FILE, 'utf8'));
  const only = list('--only');
  const drop = new Set(list('--drop') ?? []);
  const names = (only ?? [...new Set(samples.flatMap((s) => Object.keys(s.signals)))].sort()).filter((name) => !drop.has(name));
  const row = (s: Sample) => names.map((name) => s.signals[name] ?? 0);
  const odd = samples.filter((s) => Number(s.id) % 2 === 1);
  const even = samples.filter((s) => Number(s.id) % 2 === 0);
  const yOf = (group: Sample[]) => group.map((s) => (s.isArticle ? 1 : 0));

  // Out-of-fold scores on the odd ids choose the threshold: scores on the fitted rows would be too sure of themselves.
  const folds = option('--folds', 5);
  const oof = new Array<number>(odd.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const train = odd.filter((_, i) => i % folds !== k);
    const fold = fitStumps(train.map(row), yOf(train), options);
    const model = toSteps(names, fold.bias, fold.stumps);
    odd.forEach((s, i) => i % folds === k && (oof[i] = stepScore(model, s.signals)));
  }
  const yOdd = yOf(odd);
  const threshold = thresholdFor(oof, yOdd, targetRecall);
  console.log('cross-validated precision at recall', [0.9, 0.95, 0.97, 0.98].map((r) => `${r}: ${counts(oof, yOdd, thresholdFor(oof, yOdd, r)).precision.toFixed(3)}`).join(', '));
  const fitted = fitStumps(odd.map(row), yOdd, options);
  const model = toSteps(names, fitted.bias, fitted.stumps);
  model.bias -= threshold;
  const evenScores = even.map((s) => stepScore(model, s.signals));
  const allScores = samples.map((s) => stepScore(model, s.signals));
  console.log(`features ${names.length}, used ${model.steps.length}, stumps ${fitted.stumps.length}, threshold ${threshold.toFixed(3)}`);
  console.log(`odd, cross-validated: ${fmt(counts(oof, yOdd, threshold))}`);
  console.log(`odd, fitted:          ${fmt(counts(odd.map((s) => stepScore(model, s.signals)), yOdd, 0))}`);
  console.log(`even, held out:       ${fmt(counts(evenScores, yOf(even), 0))}`);
  console.log(`all:                  ${fmt(counts(allScores, yOf(samples), 0))}`);
  const types = [...new Set(samples.map((s) => s.type))].sort();
  console.log(types.map((type) => {
    const group = even.filter((s) => s.type === type);
    return `${type} ${(group.filter((s) => stepScore(model, s.signals) >= 0).length / group.length).toFixed(3)}`;
  }).join(', '), '(even ids, called an article)');
  const spread = model.steps.map((s) => ({ ...s, range: Math.max(...s.values) - Math.min(...s.values) })).sort((a, b) => b.range - a.range);
  for (const s of spread) console.log(`  ${s.feature.padEnd(24)} range ${s.range.toFixed(2)}  cuts ${s.cuts.join(' ')}  values ${s.values.map((v) => v.toFixed(2)).join(' ')}`);
  const show = option('--show', 0);
  if (show > 0) {
    const ranked = odd.map((s, i) => ({ s, score: oof[i] - threshold }));
    const lowArticles = ranked.filter((r) => r.s.isArticle).sort((a, b) => a.score - b.score).slice(0, show);
    const highOthers = ranked.filter((r) => !r.s.isArticle).sort((a, b) => b.score - a.score).slice(0, show);
    for (const r of [...lowArticles, ...highOthers]) console.log(`  ${r.s.id} ${r.s.type.padEnd(13)} ${r.score.toFixed(2)}`);
  }
  if (argv.includes('--write')) writeModel(model);
}

function writeModel(model: { bias: number; steps: Step[] }): void {
  const r = (x: number) => Math.round(x * 100) / 100;
  const lines = model.steps
    .sort((a, b) => a.feature.localeCompare(b.feature))
    .map((s) => `  ['${s.feature}', [${s.cuts.join(', ')}], [${s.values.map(r).join(', ')}]],`);
  writeFileSync(
    'src/core/detect/model.ts',
    `/**
 * Generated by \`npx tsx scripts/fit-detect.ts fit --write\`: boosted decision stumps fitted on the odd ids of
 * wcxb-dev, summed into one step function per signal, with the threshold (chosen on cross-validated odd-id scores
 * for recall >= 0.97) moved into the bias, so that a page is an article when the score is >= 0.
 * Each row: signal, cuts ascending, the value below the first cut, then the value from each cut on.
 */
export const BIAS = ${r(model.bias)};

export const STEPS: ReadonlyArray<readonly [string, readonly number[], readonly number[]]> = [
${lines.join('\n')}
];
`,
  );
}

async function main() {
  const [command, ...argv] = process.argv.slice(2);
  if (command === 'chunk') return extractChunk(argv[0].split(','));
  if (command === 'extract') {
    const jobsIndex = argv.indexOf('--jobs');
    return extractAll(jobsIndex >= 0 ? Math.max(1, Number(argv[jobsIndex + 1]) || 1) : 2);
  }
  if (command === 'fit') return fit(argv);
  throw new Error('usage: fit-detect.ts extract | fit [--write]');
}

main().catch((error) => {
  process.stderr.write(`fit-detect: ${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
