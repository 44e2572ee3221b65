import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/**
 * Not the bare word "cmp": Adobe AEM names every page component cmp-… (wcxb-dev 0709, 4287 lost their content).
 * Cookiebot names its blocks CybotCookiebotDialog, CybotCookiebotDialogBody…: one word each, so the prefix.
 */
const MANAGER_WORDS = 'cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|ccpa|onetrust|ot-sdk|didomi|cookiebot|cybotcookiebot[a-z]*|usercentrics|qc-cmp2|truste|cc-window|cookie-?notice|borlabs|complianz|cmplz|moove_gdpr';
const CONSENT_WORDS = wordPattern(`cookie|cookies|${MANAGER_WORDS}`);
/**
 * A consent manager's words, or "cookie" opening a compound name ("cookie-status", "wt-cli-cookie-description",
 * "_cookies_limitText"): a technical name. "cookie" closing one ("gingerbread-cookies") names a thing to bake.
 */
const MANAGER_NAME = wordPattern(`${MANAGER_WORDS}|cookies?[_-][a-z0-9]\\w*`);
/**
 * What a cookie notice says or asks. A block named only "cookie" or "cookies" is a notice when it says this: a
 * baking story names its sections "gingerbread-cookies" too, and lost every one of them.
 */
const CONSENT_TEXT = /\b(?:accept|agree|consent|reject|decline|privacy|opt.?out|got it|(?:use|uses|using) cookies|akzeptier|zustimm|ablehnen|einverstanden|datenschutz|accepte|refuse|acepta|rechaz|privacidad)/i;

/**
 * A section of the document about cookies, not a banner: its heading links to it by its id, the permalink that
 * documentation generators give each section ("<section id=cookies><h3>Cookies<a href=#cookies>¶</a>", wcxb-dev
 * 0662). A consent manager never links to itself.
 */
function isPermalinkedSection(element: Element): boolean {
  const heading = element.firstElementChild;
  if (!heading || !/^H[1-6]$/.test(heading.tagName)) return false;
  const anchor = `#${element.id}`;
  for (const link of heading.getElementsByTagName('a')) if (link.getAttribute('href') === anchor) return true;
  return false;
}

/**
 * True when the element's id or class names a cookie or consent manager (a banner, a preference centre),
 * by the same words the consent rule hides: the story finder skips their text (wcxb-dev 0543).
 */
export function namesConsentManager(element: Element): boolean {
  return (element.id !== '' || element.hasAttribute('class')) && isConsentManager(element);
}

function isConsentManager(element: Element): boolean {
  const signature = `${element.localName} ${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  if (!CONSENT_WORDS.test(signature) || (element.id && isPermalinkedSection(element))) return false;
  return MANAGER_NAME.test(signature) || CONSENT_TEXT.test((element.textContent ?? '').slice(0, 2000));
}

export const consentBanner = structuralRule({
  id: 'consent-banner',
  signature: CONSENT_WORDS,
  maxChars: 3000,
  accept: isConsentManager,
});
