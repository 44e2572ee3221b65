/** Finding the elements whose own short text matches a phrase, for the text-matched rules. */
import { normalizePhrase } from './phrases';
import type { PageScan } from './rule';
import { isInert } from './scan';
import { textOf } from './story';

/** Longer text nodes are sentences, not headings or labels. */
const MAX_PHRASE_CHARS = 80;

/** The parents of the short text nodes under the roots whose normalized text the pattern matches. */
export function phraseElements(doc: Document, scan: PageScan, pattern: RegExp): Element[] {
  const found: Element[] = [];
  for (const root of scan.roots) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (value.length > MAX_PHRASE_CHARS * 2 || value.trim().length < 3) continue;
      const text = normalizePhrase(value);
      if (text.length > MAX_PHRASE_CHARS || !pattern.test(text)) continue;
      const parent = node.parentElement;
      if (parent && !isInert(parent) && !found.includes(parent)) found.push(parent);
    }
  }
  return found;
}

/** The outermost ancestor (below <body>) whose text is still only this element's text, give or take `slack` characters. */
export function widenToWrapper(element: Element, slack = 2): Element {
  let current = element;
  const length = textOf(element).length;
  while (current.parentElement && current.parentElement.tagName !== 'BODY' && textOf(current.parentElement).length <= length + slack) {
    current = current.parentElement;
  }
  return current;
}
