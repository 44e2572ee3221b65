import { holdsTag, wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** A sign-up block has a form or an e-mail field; "newsletter" alone may be a link in the menu. */
export const newsletter = structuralRule({
  id: 'newsletter',
  signature: wordPattern('newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mc4wp|mailchimp|mc_embed_signup|email-capture|abonnieren|inscription|suscripcion|suscribete'),
  accept: (element) => holdsTag(element, 'form', 'input'),
  maxChars: 1200,
});
