import type { CleanupRule } from '../rule';
import { tagged, wordPattern } from '../scan';
import { textOf } from '../story';
import { linkedChars } from '../text-match';
import { overlay } from './overlay';

const DIALOG_WORDS = wordPattern('modal|modals|popup|pop-up|popups|dialog');
/**
 * The way to open one ("modal-trigger", "popup-link"), a gallery that opens its images in one, and a page wrapper that
 * only notes one is open ("has-modal", "modal-open") are not the dialog.
 */
const NOT_DIALOG = /(?:^|[\s_-])(?:modal|popup|pop-up)-?(?:open|opened|trigger|toggle|link|button|btn|gallery|image|images|img|video|icon)(?=$|[\s_-])|(?:^|[\s_-])(?:has|with|no|is)-(?:modal|popup)(?=$|[\s_-])|gallery|lightbox/;
/**
 * A shut modal that asks for something holds a form, a few links or a short message. One with more is a part of the
 * page shown on request, a product's details or features (wcxb-dev 0622, 0660: `with` text), or a wrapper named
 * "modal" around the whole page.
 */
const MAX_DIALOG_CHARS = 600;

/** A list of at least three items whose text is mostly not links: a product's features, not a menu. */
function holdsTextList(element: Element): boolean {
  for (const list of element.querySelectorAll('ul, ol')) {
    if (list.children.length >= 3 && linkedChars(list) < textOf(list).length / 2) return true;
  }
  return false;
}

/**
 * Parts of a page that only open on request: a modal's "Sign in to view more", a "Get a personalized demo" form, a
 * print panel, a help pop-up (wcxb-dev 0003, 0277, 0667, 4043, 4369). The site's stylesheet keeps them shut
 * until a click, and an open one sits over the page, not in its story; the overlay rule finds them only by position,
 * which a page whose styles did not load (or a modal not yet positioned) does not have.
 */
export const dialog: CleanupRule = {
  id: 'dialog',
  words: DIALOG_WORDS,
  find(_doc, guard, scan) {
    // On a shop's or a service's page a modal may hold the product's own details or features (wcxb-dev 0622, 0660:
    // `with` text); on an article the story is never in one.
    if (!guard.isArticle) return [];
    // The page scan records the first rule whose words fit a name, and "modal" and "popup" are the overlay rule's too.
    const named = scan.named.filter(({ signature, rules }) => (rules.includes('dialog') || rules.includes(overlay.id)) && DIALOG_WORDS.test(signature) && !NOT_DIALOG.test(signature));
    const candidates = [...named.map(({ element }) => element), ...tagged(scan, '[role="dialog"], [role="alertdialog"], [aria-modal="true"]')];
    const found: Element[] = [];
    for (const element of candidates) {
      if (found.includes(element) || element.tagName === 'BODY' || element.tagName === 'HTML') continue;
      if ((element.textContent ?? '').length > MAX_DIALOG_CHARS * 2 && textOf(element).length > MAX_DIALOG_CHARS) continue;
      if (!holdsTextList(element) && !guard.holdsStory(element)) found.push(element);
    }
    return found;
  },
};
