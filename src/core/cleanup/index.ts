/** In-page cleanup: run the rules, mark what to hide, and undo it exactly. */
import type { HiddenBlock } from '../types';
import { HIDE_ATTR, VISUALLY_HIDDEN_ATTR } from './marks';
import type { CleanupRule, HideMode, StoryGuard } from './rule';
import { skipLinks } from './rules/skip-links';

export const RULES: CleanupRule[] = [skipLinks];

export interface ClutterBlock {
  rule: string;
  element: Element;
  mode: HideMode;
  /** First words of the block's text. */
  text: string;
}

export function firstWords(element: Element, words = 12): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parts = text.split(' ');
  return parts.length > words ? parts.slice(0, words).join(' ') + '…' : text;
}

/** A story guard that refuses nothing; replaced by the real one when the story locator lands. */
const permissiveGuard: StoryGuard = { holdsStory: () => false };

/** Every clutter block the rules find, outermost first, each once. */
export function findClutter(doc: Document, rules: CleanupRule[] = RULES): ClutterBlock[] {
  const guard = permissiveGuard;
  const blocks: ClutterBlock[] = [];
  const taken = new Set<Element>();
  for (const rule of rules) {
    for (const match of rule.find(doc, guard)) {
      const element = 'element' in match ? match.element : match;
      const mode = 'element' in match ? (match.mode ?? 'hide') : 'hide';
      if (taken.has(element) || guard.holdsStory(element)) continue;
      taken.add(element);
      blocks.push({ rule: rule.id, element, mode, text: firstWords(element) });
    }
  }
  // A block inside another block adds nothing.
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.element.contains(block.element)));
}

export function toHidden(blocks: ClutterBlock[]): HiddenBlock[] {
  return blocks.map(({ rule, text }) => ({ rule, text }));
}

/** Marks the blocks for the reader stylesheet, except those whose signature the reader asked to keep. */
export function markClutter(blocks: ClutterBlock[], isKept: (block: ClutterBlock) => boolean = () => false): ClutterBlock[] {
  const marked: ClutterBlock[] = [];
  for (const block of blocks) {
    if (isKept(block)) continue;
    block.element.setAttribute(block.mode === 'visually-hidden' ? VISUALLY_HIDDEN_ATTR : HIDE_ATTR, block.rule);
    marked.push(block);
  }
  return marked;
}

/** Removes every mark, so that the page is exactly as it was. */
export function clearMarks(root: Document | Element): void {
  for (const element of root.querySelectorAll(`[${HIDE_ATTR}], [${VISUALLY_HIDDEN_ATTR}]`)) {
    element.removeAttribute(HIDE_ATTR);
    element.removeAttribute(VISUALLY_HIDDEN_ATTR);
  }
}
