/** Scrolls the page to a quotation and highlights it for a moment, without changing the page's DOM. */

const HIGHLIGHT_NAME = 'tidyread-quote';
const FLASH_MS = 2500;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A Range over the first place the page's text holds `needle`, whitespace-insensitive. */
export function findTextRange(doc: Document, needle: string): Range | null {
  const wanted = normalize(needle).slice(0, 80);
  if (!wanted) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  // A flat text with a map back to (node, offset) so a quote that spans links or <em> is still found.
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  let lastWasSpace = true;
  const map: Array<[number, number]> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    nodes.push(node);
    starts.push(flat.length);
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]);
      if (isSpace && lastWasSpace) continue;
      flat += isSpace ? ' ' : value[i].toLowerCase();
      map.push([nodes.length - 1, i]);
      lastWasSpace = isSpace;
    }
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  const [startNode, startOffset] = map[at];
  const [endNode, endOffset] = map[at + wanted.length - 1];
  const range = doc.createRange();
  range.setStart(nodes[startNode], startOffset);
  range.setEnd(nodes[endNode], endOffset + 1);
  return range;
}

export function flashQuote(doc: Document, text: string): boolean {
  const range = findTextRange(doc, text);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
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
