import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** What a sign-up asks for. A purchase form named "subscription" has hidden fields and a button, no e-mail (wcxb-dev 3076). */
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';

/** A sign-up block has an e-mail field; "newsletter" alone may be a link in the menu. */
export const newsletter = structuralRule({
  id: 'newsletter',
  signature: wordPattern('newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mc4wp|mailchimp|mc_embed_signup|email-capture|abonnieren|inscription|suscripcion|suscribete'),
  accept: (element) => element.querySelector(EMAIL_FIELD) !== null,
  maxChars: 1200,
});
