/**
 * Reader mode in the page: hides the clutter, watches for late clutter, and undoes it exactly. Injected by the
 * background the first time reader mode turns on in a page (see 'load-cleanup'), so that the many pages where
 * it never does carry only detection. No extension API here: the content script does the talking.
 */
import { clearMarks, findClutter, locateStory, markClutter, RULES, toHidden, type ClutterBlock } from '../core/cleanup/index';
import { CLEANUP_KEY, HIDE_ATTR, READER_ATTR, VISUALLY_HIDDEN_ATTR } from '../core/cleanup/marks';
import { signatureOf } from '../core/state';
import type { PageCleanup } from '../messages';

const LATE_CLUTTER_DELAY_MS = 300;

let keep: string[] = [];
let marked: ClutterBlock[] = [];
let observer: MutationObserver | null = null;
let pendingScan: ReturnType<typeof setTimeout> | null = null;
/** Elements added since the last scan; late content is scanned alone, against the story found at turn-on. */
const added = new Set<Element>();
let story: ReturnType<typeof locateStory> | undefined;
/**
 * Every element marked since turn-on, held weakly. The page may take a marked element out and put it back after
 * reader mode is off (a router that keeps its views, a carousel): clearMarks only finds what is in the document.
 */
let everMarked: WeakRef<Element>[] = [];
let everMarkedSet = new WeakSet<Element>();
let isArticle = false;

function isKept(block: ClutterBlock): boolean {
  return keep.length > 0 && keep.includes(signatureOf(toHidden([block])[0]));
}

/** Marks clutter not marked yet: the whole page, or only what was added (late widgets, infinite scroll). */
function markNewClutter(within?: Element[]): void {
  const known = new Set(marked.map((block) => block.element));
  // The blocks' first words are read when the popup lists them: turning on does not wait for them.
  const found = findClutter(document, RULES, { within, story, isArticle, withoutText: true });
  const fresh = found.filter((block) => !known.has(block.element) && block.element.isConnected);
  const newlyMarked = markClutter(fresh, isKept);
  marked = marked.filter((block) => block.element.isConnected).concat(newlyMarked);
  everMarked = everMarked.filter((ref) => ref.deref());
  for (const block of newlyMarked) {
    for (const element of block.parts ?? [block.element]) {
      if (everMarkedSet.has(element)) continue;
      everMarkedSet.add(element);
      everMarked.push(new WeakRef(element));
    }
  }
}

function watchLateClutter(): void {
  observer ??= new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      // Scripts and styles come and go in <head>: nothing there is shown.
      if (document.head?.contains(mutation.target)) continue;
      for (const node of mutation.addedNodes) if (node.nodeType === 1) added.add(node as Element);
    }
    if (pendingScan || added.size === 0) return;
    pendingScan = setTimeout(() => {
      pendingScan = null;
      const within = [...added].filter((element) => element.isConnected);
      added.clear();
      if (!story || !within.length) return;
      // The story found at turn-on may be gone (a page that draws its story again after load) or not there yet (one
      // that draws it late): the guard would then protect nothing, so the story is found again.
      if (!story.root?.isConnected) story = locateStory(document);
      markNewClutter(within);
    }, LATE_CLUTTER_DELAY_MS);
  });
  // The whole document, not <body>: a framework that puts a new <body> in (hydration, a view transition) would leave
  // an observer on the old one watching nothing.
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

function turnOff(): void {
  observer?.disconnect();
  if (pendingScan) clearTimeout(pendingScan);
  pendingScan = null;
  added.clear();
  story = undefined;
  document.documentElement.removeAttribute(READER_ATTR);
  for (const ref of everMarked) {
    const element = ref.deref();
    element?.removeAttribute(HIDE_ATTR);
    element?.removeAttribute(VISUALLY_HIDDEN_ATTR);
  }
  everMarked = [];
  everMarkedSet = new WeakSet();
  // Also the page's copies of marked elements (a framework that draws a block again from its HTML).
  clearMarks(document);
  marked = [];
}

function turnOn(nextKeep: string[], article: boolean): void {
  // Re-applying starts from a clean page, so a block the reader asked to see again loses its mark.
  turnOff();
  keep = nextKeep;
  isArticle = article;
  story = locateStory(document);
  markNewClutter();
  document.documentElement.setAttribute(READER_ATTR, 'on');
  watchLateClutter();
}

const host = globalThis as { [CLEANUP_KEY]?: PageCleanup };
// Only what is still in the page: a block the page has removed since the last scan is hidden from nobody.
const hidden = () => toHidden(marked.filter((block) => block.element.isConnected));
host[CLEANUP_KEY] ??= { turnOn, turnOff, hidden };
