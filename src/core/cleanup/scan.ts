/** One walk over the page, shared by the rules: named elements for the structural rules, short texts for the phrase rules. */
import { firstWordOf, PHRASE_FIRST_WORDS } from './phrase-table';
import type { CleanupRule, PageScan, ScannedElement, ScannedText } from './rule';

/** Text that is not the page's: only long runs of it are worth telling apart. */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const COPYRIGHT_SIGN = 0xa9;
/** Longer text nodes are sentences, not headings or labels. */
const MAX_LABEL_CHARS = 120;
/** Tags that say what a block is without a name. */
const TELLING_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'DIALOG', 'IFRAME', 'INS', 'FORM']);
/**
 * The elements clutter blocks are made of. Links, images, inline text and SVG are most of a page's
 * elements and never the block itself: leaving them to the selector engine halves the script's work.
 */
const BLOCK_TAGS = 'div, section, aside, nav, header, footer, ul, ol, form, iframe, ins, dialog, figure, article, center, table';

/**
 * All rules' words as one pattern, one named group per rule: one pattern to compile on the page instead of
 * one per rule, and no case folding (signatures are lower-cased), which is what compiling costs most.
 */
function wordsOfRules(rules: CleanupRule[]): { pattern: RegExp; ids: string[] } | undefined {
  const worded = rules.filter((rule) => rule.words);
  if (!worded.length) return undefined;
  return { pattern: new RegExp(worded.map((rule, i) => `(?<r${i}>${rule.words!.source})`).join('|'), 'g'), ids: worded.map((rule) => rule.id) };
}

function rulesMatching(signature: string, words: { pattern: RegExp; ids: string[] }): string[] {
  const ids: string[] = [];
  words.pattern.lastIndex = 0;
  for (let match = words.pattern.exec(signature); match; match = words.pattern.exec(signature)) {
    const groups = match.groups!;
    for (const group in groups) {
      const id = words.ids[Number(group.slice(1))];
      if (groups[group] !== undefined && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/**
 * What the rules look at, gathered once. Measured in Chromium on the first run of a page, which is the run
 * that counts for a content script: a selector for the block elements and a walker over text nodes cost
 * less than one walker over every node testing each in script; a filter callback per node costs ten times
 * the walk, and a selector list with one entry per class word five times.
 */
export function scanPage(doc: Document, within?: Element[], rules: CleanupRule[] = []): PageScan {
  const roots = within ?? (doc.body ? [doc.body] : []);
  const words = wordsOfRules(rules);
  const named: ScannedElement[] = [];
  const texts: ScannedText[] = [];
  let textChars = 0;
  const matchesBySignature = new Map<string, string[] | null>();
  for (const root of roots) {
    if (words) {
      const blocks = root.matches(BLOCK_TAGS) ? [root, ...root.querySelectorAll(BLOCK_TAGS)] : root.querySelectorAll(BLOCK_TAGS);
      for (const element of blocks) {
        const className = element.getAttribute('class');
        const id = element.id;
        if (!className && !id && !TELLING_TAGS.has(element.tagName)) continue;
        const signature = `${element.localName} ${id} ${className ?? ''}`.toLowerCase();
        // Cards, list items and grid cells repeat their classes: each signature is matched once.
        let matching = matchesBySignature.get(signature);
        if (matching === undefined) {
          words.pattern.lastIndex = 0;
          matching = words.pattern.test(signature) ? rulesMatching(signature, words) : null;
          matchesBySignature.set(signature, matching);
        }
        if (matching) named.push({ element, signature, rules: matching });
      }
    }
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue!;
      // Most text nodes are the whitespace between tags: the cheap tests go first.
      if (value.length > MAX_LABEL_CHARS) {
        if (!CODE_TAGS.has(node.parentElement?.tagName ?? '')) textChars += value.length;
        continue;
      }
      textChars += value.length;
      const text = value.trim();
      if (text.length < 3 || !node.parentElement) continue;
      // Only a text that starts some phrase can match one: the rest, most of a page, are left here.
      const firstWord = firstWordOf(text);
      // A copyright line starts with its sign, before any word (see the legal-notice rule).
      if ((firstWord !== undefined && PHRASE_FIRST_WORDS.has(firstWord)) || text.charCodeAt(0) === COPYRIGHT_SIGN) texts.push({ element: node.parentElement, text, firstWord });
    }
  }
  return { roots, named, texts, textChars };
}

/** Tags of running text: an element with one of these is part of the block around it, never a block itself. */
export const INLINE_TAGS = /^(A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|LABEL|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR)$/;

/** A pattern matching whole words of an id or class ("post-share-bar" has the word "share"). */
export function wordPattern(words: string): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words})(?=$|[\\s_-])`);
}

/** The nearest ancestor (or the element itself) that passes the test: a plain walk, far cheaper than closest() in jsdom. */
export function ancestorWhere(element: Element, test: (node: Element) => boolean): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** True when the element holds one of these tags. */
export function holdsTag(element: Element, ...tags: string[]): boolean {
  return tags.some((tag) => element.getElementsByTagName(tag).length > 0);
}

/** Elements of the roots that match the selector (the roots included). */
export function tagged(scan: PageScan, selector: string): Element[] {
  return scan.roots.flatMap((root) => (root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)]));
}
