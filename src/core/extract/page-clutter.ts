/** Page furniture taken out of the clone before Readability looks for the story. */

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
 * body, and a script moves it to <template id="B:n">. Without scripts (the command line) the story stays hidden:
 * move it where the script would have.
 */
export function revealStreamedParts(doc: Document): void {
  for (const part of [...doc.querySelectorAll('div[hidden][id^="S:"]')]) {
    const slot = doc.getElementById(`B:${part.id.slice(2)}`);
    if (!slot || slot.tagName !== 'TEMPLATE') continue;
    // The fallback (a loading skeleton) sits between the slot and React's closing <!--/$--> comment.
    let next = slot.nextSibling;
    while (next && !(next.nodeType === 8 && next.nodeValue === '/$')) {
      const after = next.nextSibling;
      next.parentNode?.removeChild(next);
      next = after;
    }
    slot.replaceWith(...part.childNodes);
    part.remove();
  }
}
