/** Rules that know clutter by its id, class, role or aria-label words. */
import type { CleanupRule, PageScan, StoryGuard } from './rule';
import { tagged } from './scan';
import { textOf } from './story';
import { linkedChars } from './text-match';

export interface StructuralRuleSpec {
  id: string;
  /** Tested on the element's lower-cased "tag id class role". */
  signature: RegExp;
  /** Never match these even if the words fit (e.g. a "share" class on the story's own <article>). */
  exclude?: RegExp;
  /** An extra test on the element, e.g. "holds a form", or on where it is against the story. */
  accept?: (element: Element, guard: StoryGuard) => boolean;
  /** Longer blocks are not this kind of clutter (a share bar has little text). */
  maxChars?: number;
  /** ARIA landmark roles that name this kind of block without any class word (`<div role="banner">`). */
  roles?: string[];
}

/**
 * Parts of a story that class words do not make clutter: "table.recommended-intake", "blockquote.share-quote"
 * inside the story's block are its own; unless they are mostly links, as a wiki's navigation box in a table is.
 */
const STORY_PARTS = new Set(['TABLE', 'BLOCKQUOTE', 'PRE']);

const isMostlyLinks = (element: Element) => linkedChars(element) >= textOf(element).length / 2;

export function structuralRule(spec: StructuralRuleSpec): CleanupRule {
  return {
    id: spec.id,
    words: spec.signature,
    find(_doc: Document, guard: StoryGuard, scan: PageScan) {
      const candidates = scan.named.filter(({ signature, rules }) => rules.includes(spec.id) && !spec.exclude?.test(signature)).map(({ element }) => element);
      if (spec.roles) candidates.push(...tagged(scan, spec.roles.map((role) => `[role="${role}"]`).join(', ')).filter((element) => !candidates.includes(element)));
      const found: Element[] = [];
      for (const element of candidates) {
        if (element.tagName === 'BODY' || element.tagName === 'HTML') continue;
        if (STORY_PARTS.has(element.tagName) && guard.story.root?.contains(element) && !isMostlyLinks(element)) continue;
        // Raw length, spaces included, first: cheaper than normalizing, and the limits are loose. Indented markup can
        // hold more spaces than words (wcxb-dev 0261: a 600-character bio in 2,000 characters), so the words decide.
        if (spec.maxChars !== undefined && (element.textContent ?? '').length > spec.maxChars * 2 && textOf(element).length > spec.maxChars) continue;
        if (spec.accept && !spec.accept(element, guard)) continue;
        if (!guard.holdsStory(element)) found.push(element);
      }
      return found;
    },
  };
}
