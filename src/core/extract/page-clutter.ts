/** Page furniture taken out of the clone before Readability looks for the story. */
import { STREAMED_PART } from '../cleanup/story';

/** Landmarks and widgets that never hold the story. */
const FURNITURE = [
  'nav', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="search"]', '[role="dialog"]',
  '[role="alertdialog"]', '[role="menu"]', '[role="menubar"]', '[role="complementary"]', 'dialog', 'template',
  '[aria-modal="true"]', 'button', 'select', 'input', 'textarea', 'form[role="search"]',
].join(', ');

/**
 * Cookie and consent banners, by the names consent managers give them. Whole names only: "cmp-carousel" is an Adobe
 * component and "cookie-recipe" a story.
 */
const CONSENT = /(^|\s)(onetrust\S*|cybotcookiebot\S*|cookiebot\S*|gdpr\S*|ccpa\S*|\S*cookie[-_]?(banner|notice|consent|bar|law|popup|modal|message|notification|wall)\S*|\S*consent[-_]?(banner|bar|popup|modal|notice|manager|dialog|wall)\S*)(\s|$)/i;

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** True when the element holds most of the page's text: then it is the story's wrapper, whatever its name. */
function holdsMostText(element: Element, bodyLength: number): boolean {
  return bodyLength > 0 && textLength(element) > bodyLength * 0.5;
}

export function removePageFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const bodyLength = textLength(body);
  for (const element of [...body.querySelectorAll(FURNITURE)]) {
    if (element.isConnected && !holdsMostText(element, bodyLength)) element.remove();
  }
  for (const element of [...body.querySelectorAll('[id], [class]')]) {
    if (!element.isConnected) continue;
    const signature = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
    if (CONSENT.test(signature) && textLength(element) < 2000 && !holdsMostText(element, bodyLength)) element.remove();
  }
  // A page footer (not an article's own footer) is site furniture.
  for (const footer of [...body.querySelectorAll('footer')]) {
    if (footer.isConnected && !footer.closest('article') && !holdsMostText(footer, bodyLength)) footer.remove();
  }
}

/**
 * React's streamed server rendering sends each late part of the page as <div hidden id="S:n"> at the end of the
 * body, and a script moves it into place: into the Suspense boundary <template id="B:n"> (replacing its loading
 * fallback) or, for a segment of a part, onto the placeholder <template id="P:n">. Without scripts (the command
 * line) the story stays hidden: move each part where the script would have.
 */
export function revealStreamedParts(doc: Document): void {
  for (const part of [...doc.querySelectorAll(STREAMED_PART)]) {
    const n = part.id.slice(2);
    const boundary = doc.getElementById(`B:${n}`);
    const placeholder = doc.getElementById(`P:${n}`);
    if (boundary?.tagName === 'TEMPLATE') {
      for (const node of streamedFallback(boundary)) node.parentNode?.removeChild(node);
      boundary.replaceWith(...part.childNodes);
    } else if (placeholder?.tagName === 'TEMPLATE') {
      placeholder.replaceWith(...part.childNodes);
    } else {
      continue;
    }
    part.remove();
  }
}

/**
 * The loading fallback shown in a slot's place: what lies between the slot and React's closing <!--/$--> comment.
 * Pages saved without their comments lose that marker: the fallback is then the one element after the slot (the
 * next slot's own fallback follows it, so nothing further may go).
 */
function streamedFallback(slot: Element): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let next = slot.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 8 && next.nodeValue === '/$') return nodes;
    nodes.push(next);
  }
  const element = slot.nextElementSibling;
  if (!element || element.tagName === 'TEMPLATE' || textLength(element) > 200) return [];
  return [element];
}
