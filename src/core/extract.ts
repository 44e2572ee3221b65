/** The clean story, from a clone of the page's DOM (never the live page). */
import { Readability } from '@mozilla/readability';
import { findClutter, toHidden } from './cleanup/index';
import { detectArticle } from './detect';
import { findQuotes } from './quotes/index';
import { sanitizeHtml } from './sanitize';
import { blockText, countWords, readingMinutes } from './text';
import type { Story } from './types';

export interface ExtractOptions {
  /** The window whose DOMPurify sanitizes the result (the page's in the browser, jsdom's in Node). */
  window: Window;
  url?: string;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

export function extractStory(doc: Document, options: ExtractOptions): Story {
  const url = options.url ?? doc.URL;
  const detection = detectArticle(doc, url);
  const clutter = findClutter(doc);
  const hidden = toHidden(clutter);

  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 300 }).parse();

  const html = sanitizeHtml(article?.content ?? '', options.window);
  const container = doc.createElement('div');
  container.innerHTML = html;
  const text = blockText(container);
  const wordCount = countWords(text);
  const langAttr = doc.documentElement.getAttribute('lang');
  const dir = article?.dir === 'rtl' || article?.dir === 'ltr' ? article.dir : null;

  return {
    isArticle: detection.isArticle,
    title: article?.title?.trim() || doc.title?.trim() || null,
    byline: article?.byline?.trim() || null,
    siteName: article?.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]'),
    published: article?.publishedTime?.trim() || null,
    lang: article?.lang || langAttr || null,
    dir,
    excerpt: article?.excerpt?.trim() || null,
    leadImage: metaContent(doc, 'meta[property="og:image"]'),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    text,
    html,
    quotes: findQuotes(text, { lang: article?.lang || langAttr }),
    hidden,
  };
}
