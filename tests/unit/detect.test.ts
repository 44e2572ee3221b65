import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSignals, detectArticle } from '../../src/core/detect';
import { parseHtml } from '../../src/node/dom';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the story tells what happened at the harbour on Tuesday, who said what, and why it matters to the town.</p>`;
const story = Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n');
const cards = Array.from({ length: 12 }, (_, i) => `<article class="card"><h3><a href="/story-${i}">Teaser ${i}</a></h3><p>Short excerpt.</p></article>`).join('\n');

function doc(body: string, head = '', url = 'https://news.example/2026/05/12/harbour-bridge-to-be-rebuilt') {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url).document;
}

describe('detectArticle', () => {
  it('calls a story with article structured data an article, and says why', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge"}</script>';
    const result = detectArticle(doc(`<main><h1>Bridge</h1><div class="body">${story}</div></main>`, ld));
    expect(result.isArticle).toBe(true);
    expect(result.reasons.some((reason) => reason.startsWith('json-ld:article'))).toBe(true);
  });

  it('finds article types inside an @graph and in a type list', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["BlogPosting","Thing"]}]}</script>';
    expect(articleSignals(doc(story, ld), 'https://x.example/a').ldArticle).toBe(true);
  });

  it('calls a front page of teaser cards at the site root not an article', () => {
    const result = detectArticle(doc(`<h1>Harbour Times</h1>${cards}`, '<meta property="og:type" content="website">', 'https://news.example/'));
    expect(result.isArticle).toBe(false);
    expect(result.reasons.some((reason) => reason.startsWith('url:root'))).toBe(true);
  });

  it('calls a product page not an article even with a long description', () => {
    const ld = '<script type="application/ld+json">{"@type":"Product","name":"Boot","offers":{"@type":"Offer","price":"99"}}</script>';
    const result = detectArticle(doc(`<h1>Hiking boot</h1><div>${story}</div>`, ld + '<meta property="og:type" content="product">', 'https://shop.example/products/hiking-boot'));
    expect(result.isArticle).toBe(false);
  });

  it('survives broken structured data and a URL that is not one', () => {
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle", oops</script>';
    const result = detectArticle(doc(story, ld), 'not a url');
    expect(typeof result.score).toBe('number');
    expect(Number.isFinite(result.score)).toBe(true);
  });

  it('says the seed page is an article', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/seed-storify/source.html'), 'utf8');
    const page = parseHtml(html, 'https://storify.news/trumps-north-korea-strategy-isnt-working/').document;
    expect(detectArticle(page).isArticle).toBe(true);
  });

  it('counts the paragraphs of the largest block, not of the whole page', () => {
    const signals = articleSignals(doc(`<div>${paragraph(1)}${paragraph(2)}</div><div>${story}</div>`), 'https://x.example/');
    expect(signals.longParagraphs).toBe(10);
    expect(signals.clusterParagraphs).toBe(8);
  });
});
