import { SIGN_UP_HEADING } from '../phrases';
import type { CleanupRule, StoryGuard } from '../rule';
import { ancestorWhere, wordPattern } from '../scan';
import { structuralRule } from '../structural';
import { holdsActionBesides, isNavigation, phraseElements, widenUpTo } from '../text-match';

/** What a sign-up asks for. A purchase form named "subscription" has hidden fields and a button, no e-mail (wcxb-dev 3076). */
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';

/** A sign-up block has an e-mail field; "newsletter" alone may be a link in the menu. */
const namedSignUps = structuralRule({
  id: 'newsletter',
  signature: wordPattern('newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mc4wp|mailchimp|mc_embed_signup|email-capture|abonnieren|inscription|suscripcion|suscribete'),
  accept: (element) => element.querySelector(EMAIL_FIELD) !== null,
  maxChars: 1200,
});

/** A sign-up box is a heading, a line or two and a form: more text than this around the heading is something else. */
const MAX_BOX_CHARS = 400;
/** What a box asks the reader to do: a field, a button, a form, or a form in a frame (a mailing service's embed). */
const SIGN_UP_ACTION = 'input:not([type="hidden" i]), button, form, iframe, a[href]';

/**
 * The box around a sign-up heading ("Never miss a story", "Sign up for our newsletter"), named by nothing a
 * structural rule knows (wcxb-dev 0032, 0413, 4186): the heading's widest ancestor that is still a short box,
 * when that box holds something to act on besides the heading, or sits outside an article's story.
 */
function signUpBox(heading: Element, guard: StoryGuard): Element | null {
  if (ancestorWhere(heading, isNavigation)) return null;
  const box = widenUpTo(heading, MAX_BOX_CHARS);
  if (holdsActionBesides(box, heading, SIGN_UP_ACTION)) return box;
  const root = guard.story.root;
  // Beside an article's story the heading says enough: the form it heads comes from a mailing service's script,
  // often later or never (wcxb-dev 0032, 0151, 0295).
  if (guard.isArticle && root && !root.contains(box) && !box.contains(root)) return box;
  return null;
}

/** Newsletter and e-mail sign-up boxes: by their names and an e-mail field, or by their heading and something to act on. */
export const newsletter: CleanupRule = {
  id: namedSignUps.id,
  words: namedSignUps.words,
  find(doc, guard, scan) {
    const found = namedSignUps.find(doc, guard, scan) as Element[];
    for (const heading of phraseElements(scan, SIGN_UP_HEADING)) {
      const box = signUpBox(heading, guard);
      if (box && !found.some((block) => block.contains(box)) && !guard.holdsStory(box)) found.push(box);
    }
    return found;
  },
};
