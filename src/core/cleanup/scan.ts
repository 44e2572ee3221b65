/** One pass over the named elements of a page, shared by the structural rules. */
import type { PageScan, ScannedElement } from './rule';

/** Tags that say what a block is without a name. */
const TELLING_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'DIALOG', 'IFRAME', 'INS', 'FORM']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'PATH', 'path']);

/** A tree walk, not a selector: attribute selectors over the whole page are slow in jsdom and no faster in browsers. */
export function scanPage(doc: Document, within?: Element[]): PageScan {
  const roots = within ?? (doc.body ? [doc.body] : []);
  const named: ScannedElement[] = [];
  const visit = (element: Element) => {
    const id = element.id;
    const className = element.getAttribute('class');
    const role = element.getAttribute('role');
    const label = element.getAttribute('aria-label');
    if (!id && !className && !role && !label && !TELLING_TAGS.has(element.tagName)) return;
    named.push({ element, signature: `${element.tagName} ${id} ${className ?? ''} ${role ?? ''} ${label ?? ''}`.toLowerCase() });
  };
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */, {
      acceptNode: (node) => (SKIPPED_TAGS.has((node as Element).tagName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
    });
    visit(root);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
  }
  return { roots, named };
}

/** A pattern matching whole words of an id or class ("post-share-bar" has the word "share"). */
export function wordPattern(words: string): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words})(?=$|[\\s_-])`);
}

/** Elements of the roots with one of the tags (the roots included). */
export function tagged(scan: PageScan, selector: string): Element[] {
  return scan.roots.flatMap((root) => (root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)]));
}

const INERT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/** True for an element that is, or sits in, something never rendered as text. */
export function isInert(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (INERT.has(node.tagName.toUpperCase())) return true;
  return false;
}
