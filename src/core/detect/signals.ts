/**
 * Cheap signals of an article page: the URL's shape, and one walk over the elements for structured data,
 * meta tags, tag and class counts and paragraph text. No layout, no innerText, no cloning; the only text read
 * is that of JSON-LD scripts, <p> elements, the first <h1> and the title.
 *
 * The signals were picked from a wider set by how much they helped on the odd ids of wcxb-dev
 * (scripts/fit-detect.ts); counts that did not help (link text, itemprop, form controls, most class words)
 * cost time on every page and were left out.
 */

/** schema.org types of stories: NewsArticle, BlogPosting and their kin, but not TechArticle or forum postings. */
const ARTICLE_TYPES = /^((?!tech)\w*article|(blog|liveblog|socialmedia)?posting|report|blog)$/;
/**
 * Path segments of pages that list, sell, discuss or document rather than tell a story, and of the sections
 * stories are filed under; first host labels of forums, documentation and shops. Sets of words, not patterns:
 * the content script runs on every page in a fresh world, where each pattern is compiled again.
 */
const OTHER_SEGMENTS = new Set('tag tags category categories departments topic topics t d search shop store product products p dp c browse collection collections cart forum forums thread threads showthread.php viewtopic.php discussion discussions questions comments community board doc docs documentation reference api manual wiki help support pricing plans service services solutions features about contact careers jobs login account author archive archives'.split(' '));
const ARTICLE_SEGMENTS = new Set('news blog blogs article articles stories story post posts opinion feature features politics sport sports business world culture entertainment science tech technology health'.split(' '));
const OTHER_HOST_LABELS = new Set('forum forums community discuss discussion board boards doc docs developer developers learn wiki support help shop store answers'.split(' '));
const DATE_PATH = /\/(19|20)\d\d[\/-](0?[1-9]|1[0-2])([\/-]|$)/;
const PUBLISHED_META = new Set(['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date', 'sailthru.date']);
const AUTHOR_META = new Set(['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);
/** Class words: prices (shops), users (forums, accounts), article containers, bylines and dates. */

/** Signal name -> value; booleans are 0 or 1, an absent signal counts as 0. */
export type ArticleSignals = Record<string, number>;

/** A JSON-LD script: any structured data at all, article types, a publication date. */
function jsonLd(script: Element, s: ArticleSignals): void {
  if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) return;
  const text = script.textContent ?? '';
  s.ld_any = 1;
  if (text.includes('"datePublished"')) s.date_any = 1;
  // A regex over the raw text is cheaper than parsing and survives the invalid JSON many sites ship.
  for (const match of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
    for (const name of match[1].matchAll(/"([^"]+)"/g)) {
      if (ARTICLE_TYPES.test(name[1].replace(/^.*[/:]/, '').toLowerCase())) s.ld_article = 1;
    }
  }
}

function metaTag(meta: Element, s: ArticleSignals): void {
  const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
  if (key === 'og:type') {
    const value = (meta.getAttribute('content') ?? '').trim().toLowerCase();
    if (value === 'article' || value.endsWith('.article') || value === 'blog') s.og_article = 1;
  } else if (PUBLISHED_META.has(key)) s.date_any = 1;
  else if (AUTHOR_META.has(key)) s.byline_any = 1;
}

function urlShape(url: string | undefined, s: ArticleSignals): void {
  let path = '/';
  let host = '';
  try {
    if (url) ({ pathname: path, hostname: host } = new URL(url));
  } catch {
    return;
  }
  // Without a URL (a file on the command line) the URL says nothing.
  if (!host) return;
  const parts = path.toLowerCase().split('/');
  const segments = path.split('/').filter(Boolean);
  const words = (segment: string) => segment.replace(/\.(s?html?|php|aspx?)$/i, '').split(/[-_+]+/).filter((word) => /[a-z]/i.test(word)).length;
  // A segment names a kind of page whole or before an extension ("/forums/", "/docs.html"); "page/2" is a listing's page.
  const isOther = (segment: string, i: number) =>
    OTHER_SEGMENTS.has(segment) || (segment.indexOf('.') > 0 && OTHER_SEGMENTS.has(segment.slice(0, segment.indexOf('.')))) || (segment === 'page' && /^\d+(\.|$)/.test(parts[i + 1] ?? ''));
  // Not the first part: the path starts with "/", so the first part is empty.
  s.url_other = parts.some((segment, i) => i > 0 && isOther(segment, i)) ? 1 : 0;
  s.url_article_path = parts.some((segment, i) => i > 0 && ARTICLE_SEGMENTS.has(segment)) ? 1 : 0;
  const firstLabel = host.split('.', 1)[0].toLowerCase();
  s.host_other = host.includes('.') && OTHER_HOST_LABELS.has(firstLabel) ? 1 : 0;
  s.url_slug_words = words(segments.at(-1) ?? '');
  s.url_max_slug_words = Math.max(0, ...segments.map(words));
  if (DATE_PATH.test(path)) s.date_any = 1;
}

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Paragraphs of at least this many characters count as story text. */
const LONG_PARAGRAPH = 80;

const hasAuthorRel = (doc: Document) => [...doc.querySelectorAll('a[rel*="author" i], link[rel*="author" i]')].some((el) => /\bauthor\b/i.test(el.getAttribute('rel') ?? ''));
/** Class words that count, as lower-cased substrings: three counted, four that only need to occur. */
const COUNTED_CLASS_WORDS = ['price', 'user', 'article'];
const CLASS_WORDS = [...COUNTED_CLASS_WORDS, 'author', 'byline', 'date', 'publish'];
/**
 * One pass of the selector engine for every class word, instead of one per word. Each word in lower case and
 * capitalized ("productPrice", "ByLine") rather than case-insensitive: Chromium folds the case of every class
 * for an `i` selector, which cost two and a half times as much (wcxb-dev, first run in the page), and class
 * names in capitals ("PRICE") are rare enough to leave.
 */
const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);
const CLASS_WORD_SELECTOR = [...CLASS_WORDS, ...CLASS_WORDS.map(capitalized), 'ByLine'].map((word) => `[class*="${word}"]`).join(', ');

function classWords(doc: Document, s: ArticleSignals): void {
  for (const element of doc.querySelectorAll(CLASS_WORD_SELECTOR)) {
    const cls = element.getAttribute('class')!.toLowerCase();
    for (const word of COUNTED_CLASS_WORDS) if (cls.includes(word)) s[`class_${word}`] = (s[`class_${word}`] ?? 0) + 1;
    if (cls.includes('author') || cls.includes('byline')) s.byline_any = 1;
    if (cls.includes('date') || cls.includes('publish')) s.date_any = 1;
  }
}

export function articleSignals(doc: Document, url?: string): ArticleSignals {
  const s: ArticleSignals = {};
  urlShape(url, s);
  // Counts and lookups by the selector engine: a content script's first run interprets every line of script,
  // and a walk testing each element in script cost ten times these queries (Chromium, wcxb-dev pages).
  for (const script of doc.querySelectorAll('script[type]')) jsonLd(script, s);
  for (const meta of doc.getElementsByTagName('meta')) metaTag(meta, s);
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1) s.h1_words = wordCount(h1.textContent ?? '');
  if (doc.querySelector('time[datetime]')) s.date_any = 1;
  if (hasAuthorRel(doc)) s.byline_any = 1;
  classWords(doc, s);
  for (const tag of ['a', 'article', 'code', 'div', 'figcaption', 'form', 'label', 'span']) {
    const count = doc.getElementsByTagName(tag).length;
    if (count) s[tag] = count;
  }

  // Long paragraphs grouped by parent: the story is one dominant group, a listing many small ones.
  const byParent = new Map<Element | null, { count: number; chars: number }>();
  let paragraphChars = 0;
  for (const p of doc.getElementsByTagName('p')) {
    // Trimmed, not whitespace-collapsed: collapsing every paragraph costs more than the few spaces it removes.
    const length = (p.textContent ?? '').trim().length;
    paragraphChars += length;
    if (length < LONG_PARAGRAPH) continue;
    const group = byParent.get(p.parentElement) ?? { count: 0, chars: 0 };
    group.count++;
    group.chars += length;
    byParent.set(p.parentElement, group);
  }
  let cluster = { count: 0, chars: 0 };
  for (const group of byParent.values()) if (group.chars > cluster.chars) cluster = group;
  s.cluster_paragraphs = cluster.count;
  s.cluster_chars = cluster.chars;
  s.cluster_share = cluster.chars / Math.max(1, paragraphChars);
  s.title_words = wordCount(doc.title ?? '');
  return s;
}
