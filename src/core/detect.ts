/** Cheap article detection for the always-on content script. */
import type { Detection } from './types';

/** Placeholder until the detection issue lands: structured data or an <article> with enough paragraphs. */
export function detectArticle(doc: Document, url?: string): Detection {
  const reasons: string[] = [];
  let score = -1;
  const paragraphs = [...doc.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 80).length;
  if (paragraphs >= 5) {
    score += 2;
    reasons.push(`paragraphs:${paragraphs}`);
  }
  if (url) reasons.push(`url:${new URL(url, 'http://x/').pathname}`);
  return { isArticle: score >= 0, score, reasons };
}
