import type { CleanupRule } from '../rule';

/**
 * What skip links say, in English and in the wording of the CMSs' translations (WordPress, Drupal, MediaWiki). Not
 * "Zum Inhaltsverzeichnis": a link to the table of contents is the page's. "ü" ends no word for \b, so "menü" has none.
 */
const LOCALIZED_SKIP = [
  'zu[mr]\\s+(haupt)?(inhalt\\b|navigation|men[üu])', 'direkt\\s+zu[mr]\\s+(haupt)?(inhalt\\b|navigation)', 'zur\\s+suche\\s+springen', 'springe\\s+zu[mr]\\s+',
  '(inhalt|navigation)\\s+überspringen',
  'aller\\s+(au\\s+(contenu|menu)|[àa]\\s+la\\s+(navigation|recherche))', 'passer\\s+au\\s+contenu', 'aller\\s+directement', 'acc[ée]der\\s+(directement\\s+)?au\\s+(contenu|menu)',
  '(saltar|ir|pasar)\\s+(al?\\s+)?(la\\s+)?(contenido|navegaci|men[úu]|b[úu]squeda)',
  '(vai|salta|passa)\\s+al(la)?\\s+(contenuto|navigazione)', '(pular|saltar|ir)\\s+para\\s+(o\\s+)?(conte[úu]do|navega[çc][ãa]o)',
  '(ga\\s+|direct\\s+)?naar\\s+(de\\s+)?(hoofd)?inhoud', 'overslaan\\s+en\\s+naar',
];
const SKIP_TEXT = new RegExp(`^\\s*(press\\s+["“]?enter["”]?\\s+to\\s+)?skip\\s+(to|navigation)|^\\s*jump\\s+to\\s+(the\\s+)?(main\\s+)?content|^\\s*(${LOCALIZED_SKIP.join('|')})`, 'i');

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
