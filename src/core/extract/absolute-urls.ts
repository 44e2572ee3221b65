/**
 * The story is shown in the popup, an extension page, where a relative address would point into the extension:
 * every address in it is made absolute against the page's own base. Readability does this for what it returns,
 * but not for a story root taken whole, nor for a root read again in a document of its own (base about:blank).
 */
const URL_ATTRS: Array<[string, string]> = [
  ['a[href], area[href]', 'href'],
  ['img[src], video[src], audio[src], source[src], track[src]', 'src'],
  ['video[poster]', 'poster'],
];

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  // An in-page anchor and data: URLs are whole as they are.
  if (!trimmed || trimmed.startsWith('#') || /^(data|mailto|tel):/i.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

export function makeUrlsAbsolute(root: Element, base: string): void {
  if (!/^https?:/i.test(base)) return;
  for (const [selector, attr] of URL_ATTRS) {
    for (const element of root.querySelectorAll(selector)) element.setAttribute(attr, absolute(element.getAttribute(attr)!, base));
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    element.setAttribute('srcset', absoluteSrcset(element.getAttribute('srcset')!, base));
  }
}

/**
 * In-page anchors of a story shown away from its page: the popup drops the ids they point to (sanitizing) and opens
 * links in a new tab, so "#fn1" would open a second popup. They lead to that place in the page itself instead.
 */
export function pointAnchorsAtPage(root: ParentNode, pageUrl: string): void {
  if (!/^https?:/i.test(pageUrl)) return;
  for (const link of root.querySelectorAll('a[href^="#"], area[href^="#"]')) {
    link.setAttribute('href', new URL(link.getAttribute('href')!, pageUrl).href);
  }
}
