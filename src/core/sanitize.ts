/** Everything from a page passes through here before it reaches an extension page. */
import createDOMPurify from 'dompurify';

/** The page's window in the browser, jsdom's in Node. */
export type PurifyWindow = Window | typeof globalThis;

const FORBID_TAGS = ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'base', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'svg', 'math', 'dialog', 'portal'];
/** Removed with their content: a button's label or a form control's options are not story text. */
const FORBID_CONTENTS = ['button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'object', 'embed', 'frameset', 'dialog', 'portal'];
// autoplay: a story's video or audio plays when the reader starts it, not when the popup opens.
// background: a table's or cell's picture that the popup would fetch unseen as part of the layout, not the story.
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'id', 'name', 'autofocus', 'tabindex', 'autoplay', 'background'];

/** A width or height of at most one pixel: a tracking pixel or a spacer, which opening the popup would fetch for nothing. */
function isPixelImage(node: Element): boolean {
  return ['width', 'height'].some((name) => {
    const value = node.getAttribute(name);
    return value !== null && /^\s*[01](\.0*)?\s*(px)?\s*$/i.test(value);
  });
}

const purifiers = new WeakMap<object, ReturnType<typeof createDOMPurify>>();

function purifierFor(win: PurifyWindow) {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as Parameters<typeof createDOMPurify>[0]);
    // Links open outside the extension page, and never with a script URL (DOMPurify drops those already).
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // Without autoplay, media the page drove from its own scripts (no controls) could not be played at all.
      // preload=none: the page's preload=auto would download the whole file when the popup opens, unasked.
      if (node.nodeName === 'VIDEO' || node.nodeName === 'AUDIO') {
        node.setAttribute('controls', '');
        node.setAttribute('preload', 'none');
      }
      if (node.nodeName === 'IMG' && isPixelImage(node)) node.remove();
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  ADD_FORBID_CONTENTS: FORBID_CONTENTS,
  ALLOW_DATA_ATTR: false,
  USE_PROFILES: { html: true },
};

/** Sanitized HTML: no scripts, handlers, forms, frames, objects, SVG/MathML, <base> or <meta>. */
export function sanitizeHtml(html: string, win: PurifyWindow): string {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as string;
}

/**
 * The same sanitizing, returned as a detached <body> in an inert document of DOMPurify's (nothing loads or runs),
 * so that the caller can read the text of exactly what is shown.
 */
export function sanitizeToBody(html: string, win: PurifyWindow): HTMLElement {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM: true }) as unknown as HTMLElement;
}
