import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSignals, detectArticle, scoreSignals, type ArticleSignals } from '../../src/core/detect';
import { parseHtml } from '../../src/node/dom';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the story tells what happened at the harbour on Tuesday, who said what, and why it matters to the town.</p>`;
const story = Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n');

function doc(body: string, head = '', url = 'https://news.example/2026/05/12/harbour-bridge-to-be-rebuilt') {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url).document;
}

function fixture(slug: string, url: string) {
  const html = readFileSync(join(import.meta.dirname, `../fixtures/${slug}/source.html`), 'utf8');
  return parseHtml(html, url).document;
}

/** The contribution of the reason for this signal, or undefined when it is not among the reasons. */
function contribution(reasons: string[], signal: string): number | undefined {
  const reason = reasons.find((r) => r.startsWith(`${signal}=`));
  return reason === undefined ? undefined : Number(reason.match(/[+-][\d.]+$/)![0]);
}

describe('detectArticle on hand-written pages', () => {
  it('calls a news story an article, with its structured data and URL among the reasons', () => {
    const result = detectArticle(fixture('detect-news-story', 'https://news.example/2026/05/12/harbour-bridge-to-be-rebuilt-after-storm'));
    expect(result.isArticle).toBe(true);
    expect(result.score).toBeGreaterThan(0);
    expect(contribution(result.reasons, 'ld_article')).toBeGreaterThan(0);
    expect(contribution(result.reasons, 'og_article')).toBeGreaterThan(0);
    expect(contribution(result.reasons, 'url_slug_words')).toBeGreaterThan(0);
  });

  it('calls a front page of teaser cards at the site root not an article', () => {
    const result = detectArticle(fixture('detect-front-page', 'https://news.example/'));
    expect(result.isArticle).toBe(false);
    // No paragraph is long enough to be story text.
    expect(articleSignals(fixture('detect-front-page', 'https://news.example/'), 'https://news.example/').cluster_paragraphs).toBe(0);
  });

  it('calls a product page not an article, for its prices and its shop path', () => {
    const result = detectArticle(fixture('detect-product', 'https://shop.example/products/trail-hiking-boot'));
    expect(result.isArticle).toBe(false);
    expect(contribution(result.reasons, 'class_price')).toBeLessThan(0);
    expect(contribution(result.reasons, 'url_other')).toBeLessThan(0);
  });

  it('calls a forum thread not an article, for its user blocks and its forum host', () => {
    const result = detectArticle(fixture('detect-forum-thread', 'https://forum.example/threads/which-tent-for-a-week-in-the-hills.1234/'));
    expect(result.isArticle).toBe(false);
    expect(contribution(result.reasons, 'class_user')).toBeLessThan(0);
    expect(contribution(result.reasons, 'host_other')).toBeLessThan(0);
  });

  it('calls a documentation page not an article, even though its prose is one block', () => {
    const url = 'https://docs.tool.example/guide/config-files';
    const page = fixture('detect-docs-page', url);
    const result = detectArticle(page);
    expect(result.isArticle).toBe(false);
    expect(contribution(result.reasons, 'code')).toBeLessThan(0);
    expect(articleSignals(page, url).cluster_share).toBe(1);
  });

  it('says the seed page is an article', () => {
    const page = fixture('seed-storify', 'https://storify.news/trumps-north-korea-strategy-isnt-working/');
    expect(detectArticle(page).isArticle).toBe(true);
  });

  it('takes the page URL from the document when none is given', () => {
    const page = fixture('detect-docs-page', 'https://docs.tool.example/guide/config-files');
    expect(detectArticle(page).reasons).toEqual(detectArticle(page, 'https://docs.tool.example/guide/config-files').reasons);
  });

  it('survives broken structured data and a URL that is not one', () => {
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle", oops</script>';
    const result = detectArticle(doc(story, ld), 'not a url');
    expect(Number.isFinite(result.score)).toBe(true);
    expect(result.reasons.some((reason) => reason.startsWith('url_'))).toBe(false);
  });
});

describe('articleSignals', () => {
  it('finds article types inside an @graph and in a type list, and not technical or forum types', () => {
    const graph = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["BlogPosting","Thing"]}]}</script>';
    expect(articleSignals(doc(story, graph), 'https://x.example/a').ld_article).toBe(1);
    for (const type of ['TechArticle', 'DiscussionForumPosting', 'Product']) {
      const ld = `<script type="application/ld+json">{"@type":"${type}"}</script>`;
      const signals = articleSignals(doc(story, ld), 'https://x.example/a');
      expect(signals.ld_article, type).toBeUndefined();
      expect(signals.ld_any, type).toBe(1);
    }
  });

  it('counts the paragraphs of the largest block, not of the whole page', () => {
    const signals = articleSignals(doc(`<div>${paragraph(1)}${paragraph(2)}</div><div>${story}</div>`), 'https://x.example/');
    expect(signals.cluster_paragraphs).toBe(8);
    expect(signals.cluster_share).toBeCloseTo(0.8, 2);
  });

  it('walks into nested blocks and back out to the elements after them', () => {
    const nested = `<div><section><div><div>${paragraph(1)}</div></div></section></div><aside><div>${paragraph(2)}${paragraph(3)}</div></aside><p>${'x'.repeat(100)}</p><figcaption>end</figcaption>`;
    const signals = articleSignals(doc(nested), 'https://x.example/');
    expect(signals.cluster_paragraphs).toBe(2);
    expect(signals.figcaption).toBe(1);
    expect(signals.div).toBe(4);
  });

  it('counts a class word once per element, however often the class list repeats it', () => {
    const signals = articleSignals(doc('<span class="price price--sale product-price">€9</span><span class="price">€12</span>'), 'https://x.example/');
    expect(signals.class_price).toBe(2);
  });

  it('finds class words written in camel case, as in productPrice, currentUser and ByLine', () => {
    const signals = articleSignals(doc(`<span class="productPrice">€9</span><div class="currentUser">Mara</div><p class="ByLine">By Mara</p>${story}`), 'https://x.example/harbour');
    expect(signals.class_price).toBe(1);
    expect(signals.class_user).toBe(1);
    expect(signals.byline_any).toBe(1);
  });

  it('finds a byline and a date in the markup when the meta tags have none', () => {
    const plain = articleSignals(doc(story), 'https://x.example/harbour');
    expect(plain.byline_any).toBeUndefined();
    expect(plain.date_any).toBeUndefined();
    expect(articleSignals(doc(`<a rel="author" href="/m">Mara</a>${story}`), 'https://x.example/harbour').byline_any).toBe(1);
    expect(articleSignals(doc(`<span class="article-byline">By Mara</span>${story}`), 'https://x.example/harbour').byline_any).toBe(1);
    expect(articleSignals(doc(story, '<link rel="author" href="/m">'), 'https://x.example/harbour').byline_any).toBe(1);
    expect(articleSignals(doc(`<time datetime="2026-05-12">12 May</time>${story}`), 'https://x.example/harbour').date_any).toBe(1);
    expect(articleSignals(doc(`<time>12 May</time>${story}`), 'https://x.example/harbour').date_any).toBeUndefined();
    expect(articleSignals(doc(story), 'https://x.example/2026/05/harbour').date_any).toBe(1);
  });

  it('reads the URL: slug words, article sections, paths and hosts of other pages', () => {
    const at = (url: string) => articleSignals(doc(story), url);
    expect(at('https://x.example/news/harbour-bridge-to-be-rebuilt.html')).toMatchObject({ url_slug_words: 5, url_article_path: 1, url_other: 0 });
    expect(at('https://x.example/')).toMatchObject({ url_other: 0, url_slug_words: 0, url_max_slug_words: 0 });
    expect(at('https://x.example/products/boot-42')).toMatchObject({ url_other: 1, url_slug_words: 1 });
    expect(at('https://docs.x.example/guide/harbour-bridge/intro')).toMatchObject({ host_other: 1, url_max_slug_words: 2 });
    expect(at('file:///tmp/page.html').url_other).toBeUndefined();
  });
});

describe('scoreSignals', () => {
  it('lists the reasons by the size of their contribution, each with its sign', () => {
    const result = scoreSignals({ ld_article: 1, host_other: 1, cluster_chars: 5000, cluster_paragraphs: 20, h1_words: 2 });
    const sizes = result.reasons.map((reason) => Math.abs(Number(reason.match(/[+-][\d.]+$/)![0])));
    expect(sizes.length).toBeGreaterThan(2);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(contribution(result.reasons, 'host_other')).toBeLessThan(0);
    expect(contribution(result.reasons, 'ld_article')).toBeGreaterThan(0);
  });

  it('decides by the sign of the score', () => {
    const cases: ArticleSignals[] = [{}, { ld_article: 1, og_article: 1, cluster_chars: 5000, url_slug_words: 6 }, { url_other: 1, class_price: 4 }];
    for (const signals of cases) {
      const result = scoreSignals(signals);
      expect(result.isArticle).toBe(result.score >= 0);
    }
  });
});
