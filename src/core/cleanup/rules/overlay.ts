import type { CleanupRule } from '../rule';
import { wordPattern } from '../scan';

/** Where overlays live: near the top of <body>, or named as such anywhere. */
const OVERLAY_WORDS = wordPattern('modal|popup|pop-up|overlay|sticky|fixed|interstitial|lightbox|dialog|floating|toast|banner|bottom-bar|flyout|slide-?in');
const TOP_LEVEL_DEPTH = 3;
const STORY_MEDIA = 'figure, picture, video, canvas';

function topLevelElements(body: Element, depth: number, into: Element[]): Element[] {
  for (const child of body.children) {
    into.push(child);
    if (depth > 1) topLevelElements(child, depth - 1, into);
  }
  return into;
}

/** Fixed and sticky overlays (sign-up pop-ups, sticky bars). The only rule that reads layout: only that tells an overlay. */
export const overlay: CleanupRule = {
  id: 'overlay',
  words: OVERLAY_WORDS,
  find(doc, guard, scan) {
    const view = doc.defaultView;
    if (!doc.body) return [];
    // Without a layout engine (jsdom, the command line, a document cloned out of its window) computed styles are
    // slow or absent and say little: read inline styles only.
    const hasLayout = view !== null && doc.body.getBoundingClientRect().height > 0;
    const positionOf = (element: Element) =>
      hasLayout ? view!.getComputedStyle(element).position : (/position\s*:\s*(fixed|sticky)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? '').toLowerCase();
    const candidates = new Set<Element>(scan.named.filter((entry) => entry.rules.includes(overlay.id)).map((entry) => entry.element));
    if (scan.roots.includes(doc.body)) for (const element of topLevelElements(doc.body, TOP_LEVEL_DEPTH, [])) candidates.add(element);
    const found: Element[] = [];
    for (const element of candidates) {
      const position = positionOf(element);
      if (position !== 'fixed' && position !== 'sticky') continue;
      // A graphic held in place while the story scrolls past it is the story's own (a scrollytelling figure).
      if (position === 'sticky' && guard.story.root?.contains(element) && element.querySelector(STORY_MEDIA)) continue;
      if (!guard.holdsStory(element)) found.push(element);
    }
    return found;
  },
};
