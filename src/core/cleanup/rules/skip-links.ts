import type { CleanupRule } from '../rule';

const SKIP_TEXT = /^\s*(press\s+["“]?enter["”]?\s+to\s+)?skip\s+(to|navigation)|^\s*(zum\s+(haupt)?inhalt(\s+springen|\s+wechseln)?|direkt\s+zum\s+inhalt|aller\s+au\s+(contenu|menu)|passer\s+au\s+contenu|aller\s+directement|saltar\s+(al|a)\s+(contenido|navegaci)|ir\s+al\s+contenido)/i;

/** Skip links stay for keyboard and screen-reader users; they are only hidden from sight. */
export const skipLinks: CleanupRule = {
  id: 'skip-link',
  find(_doc, _guard, scan) {
    const found = [];
    for (const root of scan.roots) {
      for (const link of root.tagName === 'A' ? [root] : root.getElementsByTagName('a')) {
        if ((link.getAttribute('href') ?? '').includes('#') && SKIP_TEXT.test(link.textContent ?? '')) found.push({ element: link, mode: 'visually-hidden' as const });
      }
    }
    return found;
  },
};
