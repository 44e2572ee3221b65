import type { CleanupRule } from '../rule';

const SKIP_TEXT = /^\s*(press\s+["“]?enter["”]?\s+to\s+)?skip\s+(to|navigation)|^\s*jump\s+to\s+(the\s+)?(main\s+)?content|^\s*(zum\s+(haupt)?inhalt(\s+springen|\s+wechseln)?|direkt\s+zum\s+inhalt|aller\s+au\s+(contenu|menu)|passer\s+au\s+contenu|aller\s+directement|saltar\s+(al|a)\s+(contenido|navegaci)|ir\s+al\s+contenido)/i;

/** A skip link is an in-page link, or a button that moves the focus (wcxb-dev 4657). */
const SKIP_CONTROLS = 'a[href*="#"], button';

/** Skip links stay for keyboard and screen-reader users; they are only hidden from sight. */
export const skipLinks: CleanupRule = {
  id: 'skip-link',
  find(_doc, _guard, scan) {
    const found = [];
    for (const root of scan.roots) {
      // In-page links and buttons only, found by the selector engine: testing every link's text in script cost more than the rest of the rule.
      for (const link of root.matches(SKIP_CONTROLS) ? [root] : root.querySelectorAll(SKIP_CONTROLS)) {
        if (SKIP_TEXT.test(link.textContent ?? '')) found.push({ element: link, mode: 'visually-hidden' as const });
      }
    }
    return found;
  },
};
