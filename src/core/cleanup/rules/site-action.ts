import { SITE_ACTION } from '../phrases';
import type { CleanupRule } from '../rule';
import { phraseLinks } from '../text-match';

/**
 * "Log in", "Register", "Add to cart", "Contact us", "Book a demo": a link or button whose whole text is one of a
 * site's own actions (wcxb-dev: 160 such `without` snippets were still visible, most on forums, shops and service
 * pages, where no block around them is named or placed as clutter). Only the link goes, with a wrapper that holds
 * nothing else; the same words as a heading, or inside a sentence, stay.
 */
export const siteAction: CleanupRule = {
  id: 'site-action',
  find(_doc, guard, scan) {
    return phraseLinks(scan, SITE_ACTION).filter((block) => !guard.holdsStory(block));
  },
};
