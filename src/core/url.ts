/** Page and site identity for remembering the reader's choice, and where the extension cannot run. */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'spm', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wt_mc', '__twitter_impression', 'si', 'at_medium', 'at_campaign', 'sr_share', 'share',
]);

/** A fragment that single-page sites use as their page's address ("#/inbox", "#!/story/2"), not as a place in the page. */
const ROUTE_FRAGMENT = /^#!?\//;

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || key.startsWith('pk_') || key.startsWith('hsa_') || TRACKING_PARAMS.has(key);
}

/**
 * The address that names a page: its URL without fragment, user name and password, and tracking parameters.
 * A fragment that is a single-page site's route ("#!/story/2") names a page of its own, and stays.
 * Returns null for URLs that are not http(s).
 */
export function pageAddress(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!ROUTE_FRAGMENT.test(parsed.hash)) parsed.hash = '';
  // A password in the address is not part of the page, and the key is stored on disk. The page itself does not see
  // them (its location.href has none), so a key with them would never be found again.
  parsed.username = '';
  parsed.password = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  return parsed.href;
}

/**
 * Longest page key stored as it is. Some sites keep their state in the address (kilobytes of query); such a key is cut
 * and ends with a digest of the whole address, so that every remembered page costs about the same in storage.
 */
export const MAX_PAGE_KEY_LENGTH = 1024;

/** 64 bits of two FNV-1a hashes with different starting points, in hex: tells long addresses with one beginning apart. */
function digest(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/** The key a page's choice is stored under: its address (pageAddress), cut with a digest when it is very long. */
export function pageKey(url: string): string | null {
  const address = pageAddress(url);
  if (address === null || address.length <= MAX_PAGE_KEY_LENGTH) return address;
  // A space never occurs in a serialized URL: a cut key cannot equal another page's address.
  return `${address.slice(0, MAX_PAGE_KEY_LENGTH - 17)} ${digest(address)}`;
}

/**
 * True when going from one address to the other only moves within the page: the same address but for the fragment,
 * and neither fragment a route. A table of contents, a footnote link or a site marking the section in view changes
 * the fragment many times while the reader stays on one page.
 */
export function isSamePageAnchor(from: string, to: string): boolean {
  let before: URL;
  let after: URL;
  try {
    before = new URL(from);
    after = new URL(to);
  } catch {
    return false;
  }
  if (ROUTE_FRAGMENT.test(before.hash) || ROUTE_FRAGMENT.test(after.hash)) return false;
  before.hash = '';
  after.hash = '';
  return before.href === after.href;
}

/** The key of a whole site: its host name, without a leading "www.". */
export function siteKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Mozilla's own sites, where Firefox runs no extension (its default extensions.webextensions.restrictedDomains, the store aside). */
const MOZILLA_PROTECTED_HOSTS = [
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'api.accounts.firefox.com', 'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org', 'install.mozilla.org', 'oauth.accounts.firefox.com', 'profile.accounts.firefox.com', 'support.mozilla.org',
  'sync.services.mozilla.com',
];

export type BrowserName = 'chromium' | 'firefox';

/**
 * Why the extension cannot work on a tab with this URL, in plain words, or null when it can.
 * An unknown URL (the browser hides it when the extension has no access) is also restricted.
 */
export function restrictionReason(url: string | null | undefined, browserName: BrowserName = 'chromium'): string | null {
  if (!url) return 'Tidyread has no access to this tab. It works on web pages (http and https).';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Tidyread cannot read this page: its address is not a web address.';
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') return 'Tidyread does not work on page source views.';
  if (scheme === 'file:') {
    return 'Tidyread cannot read files on your computer unless you allow it: turn on "Allow access to file URLs" for Tidyread in the extensions page.';
  }
  if (scheme !== 'http:' && scheme !== 'https:') {
    if (/^(chrome|edge|brave|about|moz-extension|chrome-extension|resource|devtools):$/.test(scheme)) {
      return "This is one of the browser's own pages. Browsers do not let extensions change them.";
    }
    return 'Tidyread works on web pages (http and https) only.';
  }
  const host = parsed.hostname;
  if (STORE_HOSTS.some((store) => host === store) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'Browsers do not let extensions change their add-on store.';
  }
  if (browserName === 'firefox' && MOZILLA_PROTECTED_HOSTS.includes(host)) {
    return "Firefox does not let extensions change Mozilla's own sites, such as its accounts and support pages.";
  }
  if (/\.pdf$/i.test(parsed.pathname)) return "This looks like a PDF shown in the browser's PDF viewer; extensions cannot change it.";
  return null;
}
