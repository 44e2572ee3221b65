import type { CleanupRule } from '../rule';

const SKIP_TEXT = /^\s*(press\s+["“]?enter["”]?\s+to\s+)?skip\s+(to|navigation)|^\s*(zum\s+inhalt\s+springen|aller\s+au\s+contenu|saltar\s+al\s+contenido)/i;

/** Skip links stay for keyboard and screen-reader users; they are only hidden from sight. */
export const skipLinks: CleanupRule = {
  id: 'skip-link',
  description: 'Skip links ("Skip to content"), visually hidden but kept for keyboard users',
  find(doc) {
    const found = [];
    for (const link of doc.querySelectorAll('a[href^="#"]')) {
      if (SKIP_TEXT.test(link.textContent ?? '')) found.push({ element: link, mode: 'visually-hidden' as const });
    }
    return found;
  },
};
