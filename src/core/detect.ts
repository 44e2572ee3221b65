/**
 * Cheap article detection for the always-on content script: the signals of ./detect/signals.ts (structured
 * data, meta tags, tag and class counts, paragraph text, the URL's shape) scored by the step functions of
 * ./detect/model.ts. No layout, no Readability, no cloning.
 */
import { BIAS, STEPS } from './detect/model';
import { articleSignals, type ArticleSignals } from './detect/signals';
import type { Detection } from './types';

export { articleSignals, type ArticleSignals };

/** Contributions smaller than this are left out of the reasons: they rarely decide. */
const REASON_MIN = 0.2;

/**
 * The sum of each signal's step value; the reasons name the signals that moved the score most, with their
 * value and contribution, e.g. "ld_article=1+1.2".
 */
export function scoreSignals(signals: ArticleSignals): Detection {
  let score = BIAS;
  const parts: Array<[string, number]> = [];
  for (const [name, cuts, values] of STEPS) {
    const x = signals[name] ?? 0;
    let i = 0;
    while (i < cuts.length && x >= cuts[i]) i++;
    score += values[i];
    if (Math.abs(values[i]) >= REASON_MIN) parts.push([`${name}=${Math.round(x * 100) / 100}`, values[i]]);
  }
  parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const reasons = parts.map(([label, value]) => `${label}${value >= 0 ? '+' : ''}${value.toFixed(2)}`);
  return { isArticle: score >= 0, score: Math.round(score * 100) / 100, reasons };
}

export function detectArticle(doc: Document, url?: string): Detection {
  return scoreSignals(articleSignals(doc, url ?? doc.URL));
}
