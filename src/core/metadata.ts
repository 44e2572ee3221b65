/** What a page says about its story: JSON-LD first, then meta tags, then the markup (<time>, <html lang>). */

import type { Story } from './types';

/** The story's fields that a page states about itself (leadImage as an absolute URL). */
export type PageMetadata = Pick<Story, 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'dir' | 'excerpt' | 'leadImage'> & {
  /** The title is the document's <title>, which the page did not write for the story alone. */
  titleFromDocument: boolean;
};

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|NewsArticle|Review|Recipe|HowTo|WebPage|Blog$/;
const RTL_LANGS = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)(-|$)/i;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return text || null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Meta values and JSON-LD strings are often HTML-escaped a second time. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** Every object in the page's JSON-LD, @graph and arrays flattened. */
function jsonLdObjects(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isObject(value)) {
      found.push(value);
      if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return found;
}

/** The JSON-LD object that describes the story: an Article kind before a WebPage. */
function storyNode(objects: Json[]): Json | null {
  const ranked = objects
    .map((node) => {
      const types = typesOf(node);
      const rank = types.some((type) => /Article|BlogPosting|Report|Posting/.test(type)) ? 3
        : types.some((type) => ARTICLE_TYPE.test(type)) ? 1 : 0;
      return { node, rank };
    })
    .filter((entry) => entry.rank > 0)
    .sort((a, b) => b.rank - a.rank);
  return ranked[0]?.node ?? null;
}

function resolveRef(value: unknown, objects: Json[]): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return objects.find((node) => node['@id'] === value['@id'] && Object.keys(node).length > 1) ?? value;
  }
  return value;
}

function names(value: unknown, objects: Json[]): string | null {
  const list = (Array.isArray(value) ? value : [value]).map((item) => resolveRef(item, objects));
  const parts = list
    .map((item) => (typeof item === 'string' ? clean(item) : isObject(item) ? clean(item.name) : null))
    .filter((name): name is string => !!name && !isUrl(name));
  return parts.length ? [...new Set(parts)].join(', ') : null;
}

function imageUrl(value: unknown, objects: Json[]): string | null {
  const first = resolveRef(Array.isArray(value) ? value[0] : value, objects);
  if (typeof first === 'string') return clean(first);
  if (isObject(first)) return clean(first.url) ?? clean(first.contentUrl);
  return null;
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** Meta tag values by lower-cased name or property (the first of each). */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = clean(meta.getAttribute('content'));
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')]) {
      if (!key) continue;
      for (const one of key.toLowerCase().trim().split(/\s+/)) if (!values.has(one)) values.set(one, content);
    }
  }
  return values;
}

function firstOf(values: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Web pages are not older than the web; a year outside this range is a number that is not a date. */
function plausibleYear(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The title without the site's name that pages append to it ("How to sleep better - Harvard Health", "… | Wired"),
 * taken off only when it is the site's name the page gives elsewhere: a dash can also be a part of the headline.
 */
export function withoutSiteName(title: string, siteName: string): string {
  const match = /^(.*\S)\s*(?:\s[-–—|·•:»/~]|[|·•»])\s*([^-–—|·•»]+)$/u.exec(title);
  if (!match) return title;
  const site = comparable(siteName);
  const suffix = comparable(match[2]);
  const same = suffix === site || suffix === site.replace(/^the/, '') || suffix.replace(/(com|org|net|co|uk)+$/, '') === site.replace(/(com|org|net|co|uk)+$/, '');
  return same && suffix && match[1].trim().length >= 3 ? match[1].trim() : title;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A date at the end of a byline, with what introduces it ("· Updated March 2, 2026", "on 2 March 2026", "2026-03-02"). */
const TRAILING_DATE = new RegExp(
  String.raw`[\s|·•,\-–—:]*((published|posted|updated|last updated)( on)?:?\s*|on\s+)?` +
  String.raw`(((${MONTHS})\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})|(\d{1,2}(st|nd|rd|th)?\s+(${MONTHS})\.?,?\s+\d{4})|(\d{4}-\d{2}-\d{2})|(\d{1,2}[./]\d{1,2}[./]\d{2,4})).*$`,
  'i',
);
/** The same date glued to the name by a page that set them in two elements ("Scott MattonMarch 2, 2026"). */
const GLUED_DATE = new RegExp(String.raw`(?<=\p{Ll})(${MONTHS})\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}.*$`, 'u');

/**
 * A byline as Readability finds it in the page: the names alone, without "By" or "Written by", the date the page
 * set beside them, or the page's line breaks and tabs.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim();
  text = text.replace(GLUED_DATE, '').replace(TRAILING_DATE, '');
  text = text.replace(/^((text|words|written|posted|story|reporting|photos?|article)\s+)?by\s*:?\s+/i, '').replace(/^authors?\s*:\s*/i, '');
  text = text.replace(/[\s|·•,\-–—:]+$/u, '').trim();
  return text || null;
}

/** ISO 8601 from the many ways pages write dates; null when it is not a date. */
export function toIsoDate(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim();
  // Already ISO 8601 (date, or date-time with or without zone): keep the page's own precision and zone.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (iso) {
    if (!plausibleYear(Number(iso[1].slice(0, 4)))) return null;
    if (!iso[2]) return iso[1];
    const zone = iso[3] ? (iso[3].toUpperCase() === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{8}$/.test(text) && plausibleYear(Number(text.slice(0, 4)))) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  // "05.03.2024" is day.month.year wherever it is written; Date.parse reads it month first, as 3 May.
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:[,\s].*)?$/.exec(text);
  if (dotted) {
    const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    return valid && plausibleYear(year) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (!/\d{4}/.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getFullYear();
  if (!plausibleYear(year)) return null;
  // Without a zone Date.parse reads local time: give back the calendar date the page wrote.
  return /\d{1,2}:\d{2}/.test(text) && /(Z|GMT|UTC|[+-]\d{2}:?\d{2})\b/i.test(text)
    ? date.toISOString()
    : `${year}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function timeElementDate(doc: Document): string | null {
  const candidates = [
    ...doc.querySelectorAll('[itemprop="datePublished"]'),
    ...doc.querySelectorAll('time[pubdate], article time[datetime], time[datetime]'),
  ];
  for (const element of candidates) {
    const date = toIsoDate(element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent);
    if (date) return date;
  }
  return null;
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base || undefined);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Reads the page's own description of its story. Call it before anything strips <script> or <meta>. */
export function readMetadata(doc: Document, baseUrl?: string): PageMetadata {
  const objects = jsonLdObjects(doc);
  const story = storyNode(objects);
  const meta = metaValues(doc);
  const ld = (key: string) => (story ? clean(story[key]) : null);
  const publisher = story ? resolveRef(story.publisher, objects) : null;
  const website = objects.find((node) => typesOf(node).includes('WebSite'));

  const metaAuthor = firstOf(meta, ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl']);
  const lang = clean(doc.documentElement.getAttribute('lang')) ?? clean(doc.documentElement.getAttribute('xml:lang'))
    ?? firstOf(meta, ['content-language', 'og:locale', 'language'])?.replace('_', '-') ?? ld('inLanguage');
  const dirAttr = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && RTL_LANGS.test(lang) ? 'rtl' : null;

  const storyTitle = ld('headline') ?? firstOf(meta, ['og:title', 'twitter:title', 'dc.title', 'parsely-title']) ?? ld('name');
  const siteName = firstOf(meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title'])
    ?? (isObject(publisher) ? clean(publisher.name) : null) ?? (website ? clean(website.name) : null);
  const title = storyTitle ?? clean(doc.title);

  return {
    title: title && siteName ? withoutSiteName(title, siteName) : title,
    titleFromDocument: !storyTitle && Boolean(title),
    byline: (story ? names(story.author, objects) ?? names(story.creator, objects) : null)
      ?? (metaAuthor && !isUrl(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : null),
    siteName,
    published: toIsoDate(ld('datePublished') ?? ld('dateCreated'))
      ?? toIsoDate(firstOf(meta, ['article:published_time', 'og:published_time', 'datepublished', 'publish-date', 'pubdate',
        'parsely-pub-date', 'sailthru.date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created',
        'citation_publication_date', 'citation_date', 'article.published', 'published_time']))
      ?? timeElementDate(doc),
    lang,
    dir,
    excerpt: ld('description') ?? firstOf(meta, ['og:description', 'description', 'twitter:description', 'dc.description']),
    leadImage: absolute((story ? imageUrl(story.image, objects) ?? imageUrl(story.thumbnailUrl, objects) : null)
      ?? firstOf(meta, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']), baseUrl),
  };
}
