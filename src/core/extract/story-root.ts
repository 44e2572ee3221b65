/**
 * Where the page's own markup says the story is. Readability scores paragraphs; on pages that cut the story into
 * many small blocks it can settle on a list or a box beside it. The markup is then a better witness.
 */

/** From most to least specific: schema.org's article body, the body classes of common CMSs, <article>, <main>. */
const ROOT_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content, .post-content, .article-body, .article-content, .article__body, .article__content, .story-body, .post-body, .blog-post-content, .c-entry-content',
  'article',
  'main, [role="main"]',
];

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/** Characters of text a reader would see, without whitespace runs (scripts and styles do not count). */
export function textLength(root: Element): number {
  let length = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      length += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1 || NOT_TEXT.has((node as Element).tagName)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return length;
}

export interface MarkedRoot {
  element: Element;
  /** <main> also holds what surrounds the story (authors, contacts, teasers); the others hold only the story. */
  broad: boolean;
}

/** The longest element of the most specific kind that holds a story's worth of text, or null. */
export function markedStoryRoot(doc: Document, minLength = 500): MarkedRoot | null {
  for (const [rank, selector] of ROOT_SELECTORS.entries()) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const element of doc.querySelectorAll(selector)) {
      const length = textLength(element);
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    if (best && bestLength >= minLength) return { element: best, broad: rank === ROOT_SELECTORS.length - 1 };
  }
  return null;
}

/** A document holding only the given element, with the page's title (Readability compares headings to it). */
export function documentWith(doc: Document, root: Element): Document {
  const alone = doc.implementation.createHTMLDocument(doc.title);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) alone.documentElement.setAttribute('lang', lang);
  alone.body.appendChild(alone.importNode(root, true));
  return alone;
}
