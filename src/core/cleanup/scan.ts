/** One pass over the named elements of a page, shared by the structural rules. */
import type { PageScan, ScannedElement } from './rule';

/** Named elements, and the tags that say what a block is without a name. */
const NAMED = '[id], [class], [role], [aria-label], aside, nav, footer, header, dialog, iframe, ins, form';

export function scanPage(doc: Document, within?: Element[]): PageScan {
  const roots = within ?? (doc.body ? [doc.body] : []);
  const named: ScannedElement[] = [];
  for (const root of roots) {
    const elements = root.matches(NAMED) ? [root, ...root.querySelectorAll(NAMED)] : root.querySelectorAll(NAMED);
    for (const element of elements) {
      const signature = [element.tagName.toLowerCase(), element.id, element.getAttribute('class'), element.getAttribute('role'), element.getAttribute('aria-label')]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      named.push({ element, signature });
    }
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
