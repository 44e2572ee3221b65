import type { CleanupRule } from '../rule';

const SKIP_TEXT = /^\s*(press\s+["“]?enter["”]?\s+to\s+)?skip\s+(to|navigation)|^\s*(zum\s+(haupt)?inhalt(\s+springen|\s+wechseln)?|direkt\s+zum\s+inhalt|aller\s+au\s+(contenu|menu)|passer\s+au\s+contenu|aller\s+directement|saltar\s+(al|a)\s+(contenido|navegaci)|ir\s+al\s+contenido)/i;

const IN_PAGE_LINK = 'a[href*="#"]';

/** Skip links stay for keyboard and screen-reader users; they are only hidden from sight. */
export const skipLinks: CleanupRule = {
  id: 'skip-link',
  find(_doc, _guard, scan) {
    const found = [];
    for (const root of scan.roots) {
      // In-page links only, found by the selector engine: testing every link's text in script cost more than the rest of the rule.
      for (const link of root.matches(IN_PAGE_LINK) ? [root] : root.querySelectorAll(IN_PAGE_LINK)) {
        if (SKIP_TEXT.test(link.textContent ?? '')) found.push({ element: link, mode: 'visually-hidden' as const });
      }
    }
    return found;
  },
};
