import { SITE_ACTION } from '../phrases';
import type { CleanupRule } from '../rule';
import { textOf } from '../story';
import { phraseElements, widenToWrapper } from '../text-match';

/** A link or a button: what the reader acts on, as opposed to a heading or a line of text with the same words. */
const isAction = (element: Element) => element.tagName === 'A' || element.tagName === 'BUTTON' || element.getAttribute('role') === 'button';
/** The phrase's text node sits at most this deep in its link ("<a><span><svg/>Log in</span></a>"). */
const MAX_DEPTH = 3;

function actionAround(element: Element): Element | null {
  let node: Element | null = element;
  for (let depth = 0; node && depth <= MAX_DEPTH; depth++, node = node.parentElement) if (isAction(node)) return node;
  return null;
}

/** "Please <a>contact us</a> with tips": a link inside a sentence is part of the sentence. */
function inSentence(action: Element): boolean {
  for (const node of action.parentElement?.childNodes ?? []) if (node.nodeType === 3 && /\p{L}/u.test(node.nodeValue ?? '')) return true;
  return false;
}

/**
 * "Log in", "Register", "Add to cart", "Contact us", "Book a demo": a link or button whose whole text is one of a
 * site's own actions (wcxb-dev: 160 such `without` snippets were still visible, most on forums, shops and service
 * pages, where no block around them is named or placed as clutter). Only the link goes, with a wrapper that holds
 * nothing else; the same words as a heading, or inside a sentence, stay.
 */
export const siteAction: CleanupRule = {
  id: 'site-action',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, SITE_ACTION)) {
      const action = actionAround(match);
      if (!action || inSentence(action) || textOf(action).length > textOf(match).length + 2) continue;
      const block = widenToWrapper(action);
      if (!found.includes(block) && !guard.holdsStory(block)) found.push(block);
    }
    return found;
  },
};
