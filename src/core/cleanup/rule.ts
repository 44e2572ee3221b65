/** What a cleanup rule is: a small named unit that finds clutter blocks in a document. */
import type { Story } from './story';

export type HideMode = 'hide' | 'visually-hidden';

export interface RuleMatch {
  element: Element;
  mode?: HideMode;
}

/** One element, its lower-cased "tag id class", and the rules whose words it has. */
export interface ScannedElement {
  element: Element;
  signature: string;
  rules: string[];
}

/** A short text node (a heading, a label) and the element holding it. */
export interface ScannedText {
  element: Element;
  text: string;
  /** Its first word as phrase tables are keyed: worked out once for every table. */
  firstWord: string | undefined;
}

/** What the rules look at, gathered once per run: the whole body, or only the late-added subtrees. */
export interface PageScan {
  roots: Element[];
  /** Elements inside the roots whose tag, id or class has a word some rule wants, in document order. */
  named: ScannedElement[];
  /** Short text nodes inside the roots, trimmed, whose first word starts some phrase (see PHRASE_FIRST_WORDS), or that start with ©. */
  texts: ScannedText[];
  /** Characters of text inside the roots, without the long text of scripts and styles. */
  textChars: number;
}

export interface CleanupRule {
  /** Stable id, shown in the popup and the command line's `hidden[].rule`. */
  id: string;
  /** Words of ids and classes this rule looks for (lower case, no flags): the scan records, per element, which rules' words it has. */
  words?: RegExp;
  find(doc: Document, story: StoryGuard, scan: PageScan): Array<Element | RuleMatch>;
}

/** Knows where the story is, so that no rule takes it. */
export interface StoryGuard {
  /** The story as located: its root and its long paragraphs. */
  story: Story;
  /** Detection called the page an article: a story with a frame of site furniture around it. */
  isArticle: boolean;
  /** True when hiding this element would take the story or more than a small share of its text. */
  holdsStory(element: Element): boolean;
  /**
   * True when the element stands inside the story's root beside one of its paragraphs (itself or a wrapper a
   * level or two up): a line of the story's own flow, whatever its words say.
   */
  amidStory(element: Element): boolean;
}
