/**
 * Cheap article detection for the always-on content script: structured data, meta tags, the URL's
 * shape and the page's text layout. No layout, no Readability, no cloning.
 */
import type { Detection } from './types';

const ARTICLE_TYPES = /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|advertisertcontentarticle|satiricalarticle|scholarlyarticle|liveblogposting|report|posting|socialmediaposting)$/;
const OTHER_TYPES = /^(product|productgroup|offer|aggregateoffer|collectionpage|itemlist|searchresultspage|qapage|faqpage|discussionforumposting|profilepage|softwareapplication|webapplication|mobileapplication|course|event|jobposting|store|localbusiness|restaurant|service|realestatelisting|techarticle|apireference|howto)$/;
/** Path segments of pages that list, sell, discuss or document rather than tell a story. */
const OTHER_PATH = /\/(tags?|category|categories|topics?|search|shop|store|products?|collections?|cart|forums?|threads?|questions|community|board|docs?|documentation|reference|api|manual|wiki|help|support|pricing|plans|services?|solutions|features|about|contact|careers|jobs|login|account|author|archives?|page\/\d+)(\/|$|\.)/i;
const DATE_PATH = /\/(19|20)\d\d[\/-](0?[1-9]|1[0-2])([\/-]|$)/;

/** Every schema.org @type named in the page's JSON-LD, lower-cased. */
function jsonLdTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    // A regex over the raw text is cheaper than parsing and survives the invalid JSON many sites ship.
    for (const match of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const name of match[1].matchAll(/"([^"]+)"/g)) types.add(name[1].replace(/^.*[/:]/, '').toLowerCase());
    }
  }
  return types;
}

/** The page's meta tags by property, name or itemprop, lower-cased. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (key && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), (meta.getAttribute('content') ?? '').trim().toLowerCase());
  }
  return tags;
}

/** Headings that are links, or links that wrap a heading: the titles of teaser cards. */
function countLinkedHeadings(doc: Document): number {
  let count = 0;
  for (const link of doc.getElementsByTagName('a')) {
    const parent = link.parentElement?.tagName;
    if (parent === 'H2' || parent === 'H3' || parent === 'H4') count++;
    else if (link.firstElementChild && /^H[2-4]$/.test(link.firstElementChild.tagName)) count++;
  }
  return count;
}

export interface ArticleSignals {
  ldArticle: boolean;
  ldOther: boolean;
  ogArticle: boolean;
  ogOther: boolean;
  published: boolean;
  /** Paragraphs of at least 80 characters, and the most of them that share one parent. */
  longParagraphs: number;
  clusterParagraphs: number;
  /** Characters in the largest paragraph cluster, against all paragraph text. */
  clusterShare: number;
  /** Headings that are links: teaser cards of listings and front pages. */
  linkedHeadings: number;
  articles: number;
  /** Link text against link plus paragraph text. */
  linkDensity: number;
  urlRoot: boolean;
  urlOther: boolean;
  urlDated: boolean;
  urlSlugWords: number;
}

// Trimmed, not whitespace-collapsed: collapsing every paragraph costs more than the few spaces it removes.
const textLength = (node: Node) => (node.textContent ?? '').trim().length;

export function articleSignals(doc: Document, url?: string): ArticleSignals {
  const types = jsonLdTypes(doc);
  const has = (pattern: RegExp) => [...types].some((type) => pattern.test(type));
  const metas = metaTags(doc);
  const og = metas.get('og:type') ?? '';

  const byParent = new Map<Element | null, { count: number; chars: number }>();
  let longParagraphs = 0;
  let paragraphChars = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const length = textLength(p);
    paragraphChars += length;
    if (length < 80) continue;
    longParagraphs++;
    const group = byParent.get(p.parentElement) ?? { count: 0, chars: 0 };
    group.count++;
    group.chars += length;
    byParent.set(p.parentElement, group);
  }
  let cluster = { count: 0, chars: 0 };
  for (const group of byParent.values()) if (group.chars > cluster.chars) cluster = group;

  // Whole-body text would count inline scripts and costs a full walk; paragraphs and links are enough.
  let linkChars = 0;
  for (const a of doc.getElementsByTagName('a')) linkChars += (a.textContent ?? '').length;

  let path = '/';
  try {
    if (url) path = new URL(url).pathname;
  } catch {
    path = '/';
  }
  const lastSegment = path.replace(/\/+$/, '').split('/').pop() ?? '';
  const slug = lastSegment.replace(/\.(s?html?|php|aspx?)$/i, '');

  return {
    ldArticle: has(ARTICLE_TYPES),
    ldOther: has(OTHER_TYPES),
    ogArticle: og === 'article' || og.endsWith('.article'),
    ogOther: og !== '' && og !== 'article' && !og.endsWith('.article') && og !== 'website',
    published: metas.has('article:published_time') || metas.has('datepublished') || [...doc.getElementsByTagName('time')].some((time) => time.hasAttribute('datetime')),
    longParagraphs,
    clusterParagraphs: cluster.count,
    clusterShare: cluster.chars / Math.max(1, paragraphChars),
    linkedHeadings: countLinkedHeadings(doc),
    articles: doc.getElementsByTagName('article').length,
    linkDensity: linkChars / Math.max(1, linkChars + paragraphChars),
    urlRoot: /^\/?(index\.\w+)?$/.test(path) || /^\/[a-z]{2}(-[a-z]{2})?\/?$/i.test(path),
    urlOther: OTHER_PATH.test(path),
    urlDated: DATE_PATH.test(path),
    urlSlugWords: slug.split(/[-_]+/).filter((word) => /[a-z]/i.test(word)).length,
  };
}

/** Weight and reason of each signal that counts; fitted on half of wcxb-dev (scripts/bench/detect.ts). */
export function scoreSignals(s: ArticleSignals): Detection {
  const reasons: string[] = [];
  let score = -2;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${reason}${weight >= 0 ? '+' : ''}${weight}`);
  };
  if (s.ldArticle) add(2, 'json-ld:article');
  if (s.ldOther) add(-2, 'json-ld:other');
  if (s.ogArticle) add(1, 'og:article');
  if (s.ogOther) add(-1, 'og:other');
  if (s.published) add(0.5, 'published-date');
  if (s.clusterParagraphs >= 3) add(1, `paragraphs:${s.clusterParagraphs}`);
  if (s.clusterShare >= 0.3) add(1, `text-share:${s.clusterShare.toFixed(2)}`);
  if (s.linkedHeadings >= 8) add(-1.5, `teaser-cards:${s.linkedHeadings}`);
  if (s.articles >= 4) add(-1, `articles:${s.articles}`);
  if (s.linkDensity >= 0.5) add(-1, `link-density:${s.linkDensity.toFixed(2)}`);
  if (s.urlRoot) add(-3, 'url:root');
  if (s.urlOther) add(-1.5, 'url:non-article-path');
  if (s.urlDated) add(1, 'url:dated');
  if (s.urlSlugWords >= 4) add(1, `url:slug-words:${s.urlSlugWords}`);
  return { isArticle: score >= 0, score: Math.round(score * 100) / 100, reasons };
}

export function detectArticle(doc: Document, url?: string): Detection {
  return scoreSignals(articleSignals(doc, url ?? doc.URL));
}
