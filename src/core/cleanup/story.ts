/**
 * Where the story is, found cheaply (no Readability, no layout), so that no rule hides it: the densest
 * cluster of long paragraphs, widened while its ancestors add more paragraph text.
 */
import type { StoryGuard } from './rule';
import { namesConsentManager } from './rules/consent-banner';
import { ancestorWhere } from './scan';

/** A paragraph this long is story text when it sits in the story's block. */
const STORY_PARAGRAPH_CHARS = 40;
/** Hiding more than this share of the story's text is refused. */
const MAX_STORY_SHARE = 0.15;
/** Without a story, refuse blocks holding more than this share of the page's text. */
const MAX_PAGE_SHARE = 0.4;
/** Clutter is never most of a page: with or without a story, refuse blocks holding more than this share (wcxb-dev 0376). */
const MAX_CLUTTER_SHARE = 0.5;
/** How far up from a line amidStory looks for a story paragraph near it: the line, its wrapper, the wrapper's. */
const AMID_STORY_LEVELS = 3;
/** ...and how many siblings away on either side: a subheading may sit between a table and a figure. */
const AMID_STORY_SIBLINGS = 3;

const SKIP_TAGS = new Set(['BODY', 'HTML']);

const normalizedText = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Texts read during one findClutter run, when the page stands still: rules widening from nearby matches read the same ancestors. */
let textCache: Map<Node, string> | null = null;

/** The node's text, spaces collapsed. */
export function textOf(node: Node | null | undefined): string {
  if (!node || !textCache) return normalizedText(node);
  let text = textCache.get(node);
  if (text === undefined) textCache.set(node, (text = normalizedText(node)));
  return text;
}

/** Runs `read` with textOf remembering what it read: only for code that does not change the page. */
export function withTextCache<T>(read: () => T): T {
  if (textCache) return read();
  textCache = new Map();
  try {
    return read();
  } finally {
    textCache = null;
  }
}

/**
 * React's streamed HTML holds a late part of the page in `<div hidden id="S:2">` until its own inline script
 * moves it into place, before the reader sees the page: the whole article on wcxb-dev 0155, 4416, 4486. Extraction's
 * revealStreamedParts puts the same parts in place.
 */
export const STREAMED_PART = 'div[hidden][id^="S:"]';

const SITE_CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV']);
const SITE_CHROME_ROLES = new Set(['banner', 'contentinfo', 'navigation']);

/**
 * The site's header, footer or navigation: the frame of every page, never the story. A header or footer
 * inside an <article> or <main> is the story's own (its title, its tags) and does not count.
 */
function isSiteChrome(element: Element): boolean {
  if (!SITE_CHROME_TAGS.has(element.tagName) && !SITE_CHROME_ROLES.has(element.getAttribute('role') ?? '')) return false;
  return !element.parentElement?.closest('article, main, [role="main"]');
}

/**
 * Never the story's text: markup alone keeps this element from the reader, or it is a consent manager's (wcxb-dev
 * 0543: a OneTrust preference centre), or the site's frame (wcxb-dev 0576: a forum's footer blurb).
 */
function isNeverStory(element: Element): boolean {
  return isHiddenByMarkup(element) || namesConsentManager(element) || isSiteChrome(element);
}

/** Markup alone keeps this element from the reader: `hidden` (not a streamed part), `aria-hidden`, a template, a closed dialog. */
function isHiddenByMarkup(element: Element): boolean {
  return (
    (element.hasAttribute('hidden') && !element.matches(STREAMED_PART)) ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.tagName === 'TEMPLATE' ||
    (element.tagName === 'DIALOG' && !element.hasAttribute('open'))
  );
}

/**
 * Whether a paragraph sits in a block the reader never reads as the story. One walk up per long paragraph,
 * remembered on each ancestor passed so that the paragraphs of one block share it. <body> and <html> are not
 * tested: their classes name page states ("cookie-consent-shown"), not blocks.
 */
function unseenTest(): (paragraph: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (paragraph) => {
    const passed: Element[] = [];
    let verdict = false;
    for (let node: Element | null = paragraph; node && !SKIP_TAGS.has(node.tagName); node = node.parentElement) {
      const seen = known.get(node);
      if (seen !== undefined) {
        verdict = seen;
        break;
      }
      passed.push(node);
      if (isNeverStory(node)) {
        verdict = true;
        break;
      }
    }
    for (const node of passed) known.set(node, verdict);
    return verdict;
  };
}

const inSiteChrome = (element: Element) => ancestorWhere(element, isSiteChrome) !== null;

/**
 * An <h1> in the site's header that names the site, not the story: it links to the site's home page, or the page
 * has another <h1> outside the site's frame (wcxb-dev 2722, 0389: a blog's name over each post).
 */
export function isSiteName(heading: Element): boolean {
  if (!inSiteChrome(heading)) return false;
  for (const link of heading.getElementsByTagName('a')) if (/^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(link.getAttribute('href') ?? '-')) return true;
  for (const other of heading.ownerDocument.getElementsByTagName('h1')) if (other !== heading && !inSiteChrome(other)) return true;
  return false;
}

/**
 * An <h1> that may be the story's title, which no rule hides: not the site's name, nor the title of a modal the
 * reader has not opened (wcxb-dev 2826: "Subscribe to RSS" in an aria-hidden dialog in the sidebar).
 */
export function isStoryHeading(heading: Element): boolean {
  return !isSiteName(heading) && !ancestorWhere(heading, isHiddenByMarkup);
}

export interface Story {
  root: Element | null;
  paragraphs: Array<{ element: Element; chars: number }>;
  chars: number;
  headings: Element[];
}

export function locateStory(doc: Document): Story {
  const lengths = new Map<Element, number>();
  const score = new Map<Element, number>();
  const isUnseen = unseenTest();
  for (const p of doc.getElementsByTagName('p')) {
    const chars = (p.textContent ?? '').trim().length;
    if (chars < STORY_PARAGRAPH_CHARS || isUnseen(p)) continue;
    lengths.set(p, chars);
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + chars);
    const grandparent = parent.parentElement;
    if (grandparent) score.set(grandparent, (score.get(grandparent) ?? 0) + chars / 2);
  }
  let root: Element | null = null;
  let best = 0;
  for (const [element, value] of score) {
    if (value > best && !SKIP_TAGS.has(element.tagName)) [root, best] = [element, value];
  }
  const inside = (element: Element) => {
    const paragraphs = [...lengths].filter(([p]) => element.contains(p));
    return { paragraphs, chars: paragraphs.reduce((sum, [, chars]) => sum + chars, 0) };
  };
  let held = root ? inside(root) : { paragraphs: [], chars: 0 };
  // A story split by an ad or a figure spans several sibling blocks: widen while that adds real text.
  while (root?.parentElement && !SKIP_TAGS.has(root.parentElement.tagName)) {
    const wider = inside(root.parentElement);
    if (wider.chars < held.chars * 1.25) break;
    [root, held] = [root.parentElement, wider];
  }
  const headings = [...doc.getElementsByTagName('h1')].filter(isStoryHeading);
  return { root, paragraphs: held.paragraphs.map(([element, chars]) => ({ element, chars })), chars: held.chars, headings };
}

/** `pageChars`: the page's text without scripts and styles, when a walk over the whole page has counted it already. */
export function storyGuard(doc: Document, story: Story = locateStory(doc), pageChars = -1, isArticle = false): StoryGuard {
  // Measured once, and only when a candidate gets that far. Scripts' text would make every block look
  // small next to the page (wcxb-dev 0376 carries 40 KB of it).
  const tooBig = (element: Element) => {
    if (pageChars < 0) {
      pageChars = (doc.body?.textContent ?? '').length;
      for (const tag of ['script', 'style', 'noscript', 'template']) for (const node of doc.body?.getElementsByTagName(tag) ?? []) pageChars -= (node.textContent ?? '').length;
    }
    return pageChars > 0 && (element.textContent ?? '').length > pageChars * (story.root ? MAX_CLUTTER_SHARE : MAX_PAGE_SHARE);
  };
  let storyParagraphs: Set<Element> | undefined;
  const verdicts = new Map<Element, boolean>();
  let paragraphsInRoot: boolean | undefined;
  const isStoryParagraph = (node: Element | null) => node !== null && (storyParagraphs ??= new Set(story.paragraphs.map((p) => p.element))).has(node);
  return {
    story,
    isArticle,
    amidStory(element) {
      const root = story.root;
      if (!root || !root.contains(element)) return false;
      for (let node: Element | null = element, level = 0; node && node !== root && level < AMID_STORY_LEVELS; node = node.parentElement, level++) {
        let before = node.previousElementSibling;
        let after = node.nextElementSibling;
        for (let step = 0; step < AMID_STORY_SIBLINGS && (before || after); step++) {
          if (isStoryParagraph(before) || isStoryParagraph(after)) return true;
          before = before?.previousElementSibling ?? null;
          after = after?.nextElementSibling ?? null;
        }
      }
      return false;
    },
    holdsStory(element) {
      // Asked again for the same element by findClutter and by rules that test a block twice; the page does not change meanwhile.
      let verdict = verdicts.get(element);
      if (verdict === undefined) verdicts.set(element, (verdict = holdsStory(element)));
      return verdict;
    },
  };
  function holdsStory(element: Element): boolean {
    const root = story.root;
    if (root && element.contains(root)) return true;
    if (story.headings.some((heading) => element.contains(heading))) return true;
    if (!root) return tooBig(element);
    // Located, the story's paragraphs all sit in its root, and a block beside the root holds none of them; late content
    // is tested against a story located earlier, which the page may have rearranged since.
    paragraphsInRoot ??= story.paragraphs.every((paragraph) => root.contains(paragraph.element));
    if (paragraphsInRoot && !root.contains(element)) return tooBig(element);
    let chars = 0;
    let count = 0;
    for (const paragraph of story.paragraphs) {
      if (!element.contains(paragraph.element)) continue;
      chars += paragraph.chars;
      count++;
    }
    // The page-share test walks the element's text: last, for the few candidates still standing.
    return count >= 2 || chars > story.chars * MAX_STORY_SHARE || tooBig(element);
  }
}
