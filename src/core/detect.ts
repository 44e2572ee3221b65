/**
 * Cheap article detection for the always-on content script: structured data, meta tags, the URL's
 * shape and the page's text layout. No layout, no Readability, no cloning.
 */
import type { Detection } from './types';

const ARTICLE_TYPES = /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|advertisertcontentarticle|satiricalarticle|scholarlyarticle|liveblogposting|report|posting|socialmediaposting)$/;
const OTHER_TYPES = /^(product|productgroup|offer|aggregateoffer|collectionpage|itemlist|searchresultspage|qapage|faqpage|discussionforumposting|profilepage|softwareapplication|webapplication|mobileapplication|course|event|jobposting|store|localbusiness|restaurant|service|realestatelisting|techarticle|apireference|howto)$/;
/** Path segments of pages that list, sell, discuss or document rather than tell a story. */
const OTHER_PATH = /\/(tags?|category|categories|departments|topics?|t|d|search|shop|store|products?|p|dp|c|browse|collections?|cart|forums?|threads?|showthread\.php|viewtopic\.php|discussions?|questions|comments|community|board|docs?|documentation|reference|api|manual|wiki|help|support|pricing|plans|services?|solutions|features|about|contact|careers|jobs|login|account|author|archives?|page\/\d+)(\/|$|\.)/i;
/** Hosts of forums, documentation and shops. */
const OTHER_HOST = /^(forums?|community|discuss|discussion|boards?|docs?|developers?|learn|wiki|support|help|shop|store|answers)\./i;
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
  /** A byline: meta author or a rel=author link. */
  author: boolean;
  /** A product price in the meta tags. */
  price: boolean;
  /** Blocks of code: documentation more often than stories. */
  codeBlocks: number;
  urlRoot: boolean;
  urlOther: boolean;
  hostOther: boolean;
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
  let authorLink = false;
  for (const a of doc.getElementsByTagName('a')) {
    linkChars += (a.textContent ?? '').length;
    authorLink ||= /\bauthor\b/i.test(a.getAttribute('rel') ?? '');
  }
  for (const link of doc.getElementsByTagName('link')) authorLink ||= /\bauthor\b/i.test(link.getAttribute('rel') ?? '');

  let path = '/';
  let host = '';
  try {
    if (url) ({ pathname: path, hostname: host } = new URL(url));
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
    author: authorLink || metas.has('author') || metas.has('article:author'),
    price: ['product:price:amount', 'og:price:amount', 'product:price', 'price'].some((key) => metas.has(key)),
    codeBlocks: doc.getElementsByTagName('pre').length,
    // Without a URL (a file on the command line) the URL says nothing.
    urlRoot: host !== '' && (/^\/?(index\.\w+)?$/.test(path) || /^\/[a-z]{2}(-[a-z]{2})?\/?$/i.test(path)),
    urlOther: OTHER_PATH.test(path),
    hostOther: OTHER_HOST.test(host),
    urlDated: DATE_PATH.test(path),
    urlSlugWords: slug.split(/[-_]+/).filter((word) => /[a-z]/i.test(word)).length,
  };
}

/**
 * Weight and reason of each signal that counts: a logistic regression fitted on the odd ids of wcxb-dev
 * (scripts/bench/detect.ts reports the even ids as held out), its threshold moved so that recall on the
 * tuning half is at least 0.97: missing an article costs the reader more than a badge on a page that is not one.
 */
export function scoreSignals(s: ArticleSignals): Detection {
  const reasons: string[] = [];
  let score = -0.32;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${reason}${weight >= 0 ? '+' : ''}${weight}`);
  };
  if (s.ldArticle) add(1.73, 'json-ld:article');
  if (s.ldOther) add(-1.06, 'json-ld:other');
  if (s.ogArticle) add(1.03, 'og:article');
  if (s.ogOther) add(-0.78, 'og:other');
  if (s.published) add(0.52, 'published-date');
  if (s.author) add(0.4, 'author');
  if (s.price) add(-0.77, 'price');
  if (s.codeBlocks >= 3) add(-1.05, `code-blocks:${s.codeBlocks}`);
  if (s.clusterParagraphs >= 3) add(0.41, `paragraphs:${s.clusterParagraphs}`);
  if (s.clusterParagraphs >= 6) add(0.62, 'paragraphs>=6');
  if (s.clusterShare >= 0.3) add(0.65, `text-share:${s.clusterShare.toFixed(2)}`);
  if (s.clusterShare >= 0.6) add(0.44, 'text-share>=0.6');
  if (s.linkDensity >= 0.3) add(-0.55, `link-density:${s.linkDensity.toFixed(2)}`);
  if (s.linkDensity >= 0.5) add(-0.43, 'link-density>=0.5');
  if (s.linkedHeadings >= 8) reasons.push(`teaser-cards:${s.linkedHeadings}`);
  if (s.urlRoot) add(-0.75, 'url:root');
  if (s.urlOther) add(-1.73, 'url:non-article-path');
  if (s.hostOther) add(-1.73, 'url:non-article-host');
  if (s.urlDated) add(0.41, 'url:dated');
  if (s.urlSlugWords >= 2) add(0.76, `url:slug-words:${s.urlSlugWords}`);
  if (s.urlSlugWords >= 4) add(1.12, 'url:slug-words>=4');
  return { isArticle: score >= 0, score: Math.round(score * 100) / 100, reasons };
}

export function detectArticle(doc: Document, url?: string): Detection {
  return scoreSignals(articleSignals(doc, url ?? doc.URL));
}
