/** Finding the elements whose own short text matches a phrase, for the text-matched rules. */
import type { PhraseTable } from './phrase-table';
import type { PageScan } from './rule';
import { textOf } from './story';

/** The elements holding a short text that, normalized, the pattern matches. */
export function phraseElements(scan: PageScan, pattern: PhraseTable): Element[] {
  const found: Element[] = [];
  for (const { element, text, firstWord } of scan.texts) {
    if (!pattern.test(text, firstWord) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION)$/.test(element.tagName)) continue;
    if (!found.includes(element)) found.push(element);
  }
  return found;
}

/** The outermost ancestor (below <body>), or the element itself, whose text is at most `maxChars` characters. */
export function widenUpTo(element: Element, maxChars: number): Element {
  let current = element;
  while (current.parentElement && current.parentElement.tagName !== 'BODY' && textOf(current.parentElement).length <= maxChars) {
    current = current.parentElement;
  }
  return current;
}

/** The outermost ancestor (below <body>) whose text is still only this element's text, give or take `slack` characters. */
export function widenToWrapper(element: Element, slack = 2): Element {
  return widenUpTo(element, textOf(element).length + slack);
}

/** A link, a button, a form label or a menu: a phrase there names where it leads, not the block it sits in. */
export const isNavigation = (node: Element) => /^(A|BUTTON|OPTION|LABEL|NAV)$/.test(node.tagName) || node.getAttribute('role') === 'navigation';
