/** The clean story, from a clone of the page's DOM (never the live page). */
import { Readability } from '@mozilla/readability';
import { findClutter, RULES, toHidden } from './cleanup/index';
import { detectArticle } from './detect';
import { makeUrlsAbsolute } from './extract/absolute-urls';
import { realizeLazyImages } from './extract/lazy-images';
import { removePageFurniture, revealStreamedParts } from './extract/page-clutter';
import { removeStoryClutter } from './extract/story-clutter';
import { documentWith, markedStoryRoot, textLength } from './extract/story-root';
import { cleanByline, readMetadata, withoutSiteName } from './metadata';
import { findQuotes } from './quotes/index';
import { sanitizeToBody } from './sanitize';
import { blockText, countWords, readingMinutes } from './text';
import type { Story } from './types';

export interface ExtractOptions {
  /** The window whose DOMPurify sanitizes the result (the page's in the browser, jsdom's in Node). */
  window: Window;
  url?: string;
}

function firstImage(root: Element): string | null {
  for (const img of root.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src')!;
    if (/^https?:/i.test(src)) return src;
  }
  return null;
}

function readable(doc: Document) {
  return new Readability<Element>(doc, { keepClasses: true, serializer: (node) => node as Element }).parse();
}

/**
 * When the page marks a story root holding far more text than Readability kept, Readability settled on a part:
 * read that root alone, or take it whole when Readability still keeps little of it.
 */
function rescueStory(content: Element | null, spare: Document): Element | null {
  const marked = markedStoryRoot(spare);
  if (!marked) return content;
  const root = marked.element;
  const rootLength = textLength(root);
  const keptLength = content ? textLength(content) : 0;
  // How much more text the root must hold: <main> is a weaker witness than <article>.
  if (rootLength < (marked.broad ? 3 : 2) * keptLength + 200) return content;
  const again = readable(documentWith(spare, root))?.content ?? null;
  if (again && textLength(again) >= 0.6 * rootLength) return again;
  return root;
}

export function extractStory(doc: Document, options: ExtractOptions): Story {
  const url = options.url ?? doc.URL;
  const detection = detectArticle(doc, url);
  const clone = doc.cloneNode(true) as Document;

  // Streamed parts go in place first: cleanup judges a layout by its text, and a story still in its loading
  // skeleton looks like a sidebar.
  revealStreamedParts(clone);
  // Before cleanup: the story's own date or byline may sit in a header or sidebar that cleanup takes out, which
  // would leave a related story's teaser as the first <time> in the page.
  const metadata = readMetadata(clone, url);
  // Cleanup's blocks are taken out of the story whatever their mode: visually hidden ones are skip links.
  const clutter = findClutter(clone, RULES, { isArticle: detection.isArticle });
  for (const block of clutter) block.element.remove();
  realizeLazyImages(clone);
  removePageFurniture(clone);

  // Readability takes the clone apart; the marked story root is looked for in an untouched copy.
  const spare = clone.cloneNode(true) as Document;
  const article = readable(clone);
  const content = rescueStory(article?.content ?? null, spare);

  // A document's <title> carries the site's name and section in many shapes; Readability knows more of them.
  const readabilityTitle = article?.title?.trim() || null;
  const siteName = metadata.siteName ?? (article?.siteName?.trim() || null);
  const pickedTitle = metadata.titleFromDocument ? readabilityTitle ?? metadata.title : metadata.title ?? readabilityTitle;
  const title = pickedTitle && siteName ? withoutSiteName(pickedTitle, siteName) : pickedTitle;
  const byline = metadata.byline ?? cleanByline(article?.byline);
  let html = '';
  let text = '';
  let leadImage = metadata.leadImage;
  if (content) {
    removeStoryClutter(content, { title: article?.title ?? title, byline });
    makeUrlsAbsolute(content, /^https?:/i.test(doc.baseURI) ? doc.baseURI : url);
    for (const element of content.querySelectorAll('[class]')) element.removeAttribute('class');
    const body = sanitizeToBody(content.innerHTML, options.window);
    html = body.innerHTML;
    text = blockText(body);
    leadImage ??= firstImage(body);
  }
  const wordCount = countWords(text);
  const lang = metadata.lang ?? article?.lang ?? null;
  const readabilityDir = article?.dir === 'rtl' || article?.dir === 'ltr' ? article.dir : null;

  return {
    isArticle: detection.isArticle,
    title,
    byline,
    siteName,
    published: metadata.published,
    lang,
    dir: readabilityDir ?? metadata.dir,
    excerpt: metadata.excerpt ?? (article?.excerpt?.trim() || null),
    leadImage,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    text,
    html,
    quotes: findQuotes(text, { lang }),
    hidden: toHidden(clutter),
  };
}
