/** Plain text of a story, and the numbers derived from it. */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/**
 * The text of an element as paragraphs separated by a blank line. Inline whitespace is collapsed
 * as a browser would render it; <pre> keeps its own.
 */
export function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'PRE') {
      flush();
      const pre = (element.textContent ?? '').replace(/\s+$/, '');
      if (pre.trim()) paragraphs.push(pre);
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (const child of element.childNodes) walk(child);
    if (tag === 'TD' || tag === 'TH') current += ' ';
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

// Combining marks are parts of words: Devanagari and Tamil write most vowels as marks ("नमस्ते" is one word).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function countWords(text: string): number {
  // Chinese and Japanese have no spaces: count characters, at a typical rate of ~2 characters a word. Korean puts
  // spaces between words, so it is counted as words.
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return words + Math.round(cjk / 2);
}

/** Minutes at 238 words a minute, the mean adult silent-reading rate for non-fiction (Brysbaert 2019). */
export function readingMinutes(wordCount: number): number {
  if (wordCount === 0) return 0;
  return Math.max(1, Math.round(wordCount / 238));
}
