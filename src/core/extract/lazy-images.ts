/** Lazy-loaded images made real, so that the story keeps its pictures without the page's scripts. */

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const IMAGE_URL = /^(https?:)?\/\/|^\/|\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** A src that only holds the place of the real picture: a tiny data URI, a blank or a spinner. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  if (/^data:/i.test(src)) return src.length < 1000 || /^data:image\/svg/i.test(src);
  return /(^|[/_.-])(blank|spacer|placeholder|lazy|loading|pixel|transparent|grey|gray)([/_.-]|$)/i.test(src);
}

/** The widest candidate of a srcset ("a.jpg 480w, b.jpg 960w" -> "b.jpg"). */
export function largestSrcsetUrl(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) * (/x$/i.test(descriptor) ? 1000 : 1);
    if (size > bestSize || Number.isNaN(bestSize)) {
      best = url;
      bestSize = Number.isNaN(size) ? 0 : size;
    }
  }
  return best;
}

function firstAttr(element: Element, names: string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

function realizeImage(img: Element): void {
  const lazySrc = firstAttr(img, SRC_ATTRS);
  const lazySrcset = firstAttr(img, SRCSET_ATTRS);
  if (lazySrcset && (!img.getAttribute('srcset') || isPlaceholderSrc(img.getAttribute('srcset')))) {
    img.setAttribute('srcset', lazySrcset);
  }
  if (isPlaceholderSrc(img.getAttribute('src'))) {
    const srcset = img.getAttribute('srcset');
    const src = (lazySrc && IMAGE_URL.test(lazySrc) ? lazySrc : null) ?? (srcset ? largestSrcsetUrl(srcset) : null);
    if (src) img.setAttribute('src', src);
  }
}

/**
 * The elements inside a <noscript>. Where scripting was on (the live page) its content is one text node, so it is
 * parsed here, in the clone's document, which has no browsing context: nothing loads or runs.
 */
function noscriptContent(noscript: Element): Element[] {
  if (noscript.children.length) return [...noscript.children];
  const markup = noscript.textContent ?? '';
  if (!/<img\b/i.test(markup)) return [];
  const holder = noscript.ownerDocument.createElement('div');
  holder.innerHTML = markup;
  return [...holder.children];
}

function onlyImage(elements: Element[]): Element | null {
  if (elements.length !== 1) return null;
  const [element] = elements;
  if (element.tagName === 'IMG') return element;
  const images = element.querySelectorAll('img');
  return images.length === 1 && !(element.textContent ?? '').trim() ? images[0] : null;
}

/** A <noscript> picture replaces the placeholder <img> right before it, or stands in for itself. */
function unwrapNoscriptImages(doc: Document): void {
  for (const noscript of [...doc.querySelectorAll('noscript')]) {
    const image = onlyImage(noscriptContent(noscript));
    if (!image) continue;
    let previous = noscript.previousElementSibling;
    if (previous && previous.tagName !== 'IMG') previous = onlyImage([previous]);
    if (previous && previous.tagName === 'IMG' && isPlaceholderSrc(previous.getAttribute('src'))) {
      previous.replaceWith(image);
      noscript.remove();
    } else if (!previous || previous.tagName !== 'IMG') {
      noscript.replaceWith(image);
    } else {
      noscript.remove();
    }
  }
}

/** Works on a clone: copies data-src/data-srcset into src/srcset, unwraps <noscript> fallbacks, fills src from srcset. */
export function realizeLazyImages(doc: Document): void {
  unwrapNoscriptImages(doc);
  for (const img of doc.querySelectorAll('img')) realizeImage(img);
  for (const source of doc.querySelectorAll('picture > source')) {
    const lazySrcset = firstAttr(source, SRCSET_ATTRS);
    if (lazySrcset && !source.getAttribute('srcset')) source.setAttribute('srcset', lazySrcset);
  }
}
