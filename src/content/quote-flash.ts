/** Scrolls the page to a quotation and highlights it for a moment, without changing the page's DOM. */

const HIGHLIGHT_NAME = 'tidyread-quote';
const FLASH_MS = 2500;

/**
 * Lower case one character at a time, as the page's text is lowered below: whole-string lowering follows context
 * (a Greek final sigma) and the two would not match.
 */
function lower(text: string): string {
  let out = '';
  for (const char of text) out += char.toLowerCase();
  return out;
}

function normalize(text: string): string {
  return lower(text.replace(/\s+/g, ' ').trim());
}

/** A Range over the first place the page's text holds `needle`, whitespace-insensitive. */
export function findTextRange(doc: Document, needle: string): Range | null {
  const wanted = normalize(needle).slice(0, 80);
  if (!wanted) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  // A flat text with a map back to (node, offset, length) so a quote that spans links or <em> is still found. One
  // entry per character of the flat text: lowering can lengthen a character ("İ" becomes "i̇", two).
  const nodes: Text[] = [];
  let flat = '';
  let lastWasSpace = true;
  const map: Array<[number, number, number]> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    nodes.push(node);
    const value = node.data;
    for (let i = 0; i < value.length; ) {
      const char = String.fromCodePoint(value.codePointAt(i)!);
      const isSpace = /\s/.test(char);
      if (!(isSpace && lastWasSpace)) {
        const out = isSpace ? ' ' : char.toLowerCase();
        flat += out;
        for (let k = 0; k < out.length; k++) map.push([nodes.length - 1, i, char.length]);
        lastWasSpace = isSpace;
      }
      i += char.length;
    }
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  const [startNode, startOffset] = map[at];
  const [endNode, endOffset, endLength] = map[at + wanted.length - 1];
  const range = doc.createRange();
  range.setStart(nodes[startNode], startOffset);
  range.setEnd(nodes[endNode], endOffset + endLength);
  return range;
}

export function flashQuote(doc: Document, text: string): boolean {
  const range = findTextRange(doc, text);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  // Browsers animate a smooth scroll even for a reader who asked for reduced motion.
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target?.scrollIntoView({ behavior: reduceMotion ? 'instant' : 'smooth', block: 'center' });
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    registry.set(HIGHLIGHT_NAME, new HighlightCtor(range));
    setTimeout(() => registry.delete(HIGHLIGHT_NAME), FLASH_MS);
  } else {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

export const QUOTE_FLASH_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111; }\n`;
