/** The attributes in-page cleanup writes, and the stylesheet that acts on them. */

/** On <html> while reader mode is on; the stylesheet only applies under it. */
export const READER_ATTR = 'data-tidyread';
/** On a block to hide; its value is the rule id. */
export const HIDE_ATTR = 'data-tidyread-hide';
/** On a block to hide visually but keep for keyboard and screen-reader users (skip links). */
export const VISUALLY_HIDDEN_ATTR = 'data-tidyread-sr';

/**
 * Where cleanup.js leaves itself for the content script, on their shared global. A symbol and not a name: in Chromium's
 * isolated world an element's id (or an image's name) is still a property of window, so a page with an element named
 * like a global Tidyread reads would hand the content script that element.
 */
export const CLEANUP_KEY = Symbol.for('tidyread.cleanup');

/**
 * One stylesheet; it is injected as a content-script stylesheet, so it never appears in the page's DOM.
 * Built by a pure call so that bundles which only need the attribute names leave the text out.
 */
export const READER_CSS = /* @__PURE__ */ readerCss();

function readerCss(): string {
  return `html[${READER_ATTR}="on"] [${HIDE_ATTR}] { display: none !important; }
html[${READER_ATTR}="on"] [${VISUALLY_HIDDEN_ATTR}]:not(:focus):not(:focus-within) {
  position: absolute !important; width: 1px !important; height: 1px !important; margin: -1px !important;
  padding: 0 !important; border: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important; white-space: nowrap !important;
}
html[${READER_ATTR}="on"] .tidyread-quote-flash { outline: 3px solid #f5b800 !important; background: rgba(245, 184, 0, 0.25) !important; transition: background 0.3s; }
`;
}
