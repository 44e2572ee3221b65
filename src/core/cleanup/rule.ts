/** What a cleanup rule is: a small named unit that finds clutter blocks in a document. */

export type HideMode = 'hide' | 'visually-hidden';

export interface RuleMatch {
  element: Element;
  mode?: HideMode;
}

export interface CleanupRule {
  /** Stable id, shown in the popup and the command line's `hidden[].rule`. */
  id: string;
  description: string;
  find(doc: Document, story: StoryGuard): Array<Element | RuleMatch>;
}

/** Knows where the story is, so that no rule takes it. */
export interface StoryGuard {
  /** True when hiding this element would take the story or more than a small share of its text. */
  holdsStory(element: Element): boolean;
}
