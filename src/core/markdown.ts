/** Markdown for copying a story or its quotes. */
import type { Quote, Story } from './types';

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/**
 * A line that starts like a Markdown block ("1984. was…", "- 3 degrees", "# 1 pick", "+ fees") would turn into a
 * list or heading: its marker is escaped.
 */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*\d{1,9})([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)([-+])(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)(#{1,6})(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)(={3,}|-{3,})\s*$/, '$1\\$2');
}

function escapeText(text: string): string {
  return text.split('\n').map((line) => escapeLineStart(escapeInline(line))).join('\n');
}

/** Markdown of a story, from its sanitized HTML when a DOM is at hand, else from its text. */
export function storyToMarkdown(story: Story, root?: Element): string {
  const head: string[] = [];
  if (story.title) head.push(`# ${escapeInline(story.title)}`);
  const meta = [story.byline, story.siteName, story.published].filter(Boolean).map((part) => escapeInline(part!));
  if (meta.length) head.push(`*${meta.join(' · ')}*`);
  const body = root ? elementToMarkdown(root) : story.text.split('\n\n').map(escapeText).join('\n\n');
  return [...head, body].join('\n\n').trim();
}

/** A run of backticks longer than any inside the text, so that the text cannot close it. */
function fenceFor(text: string, least: number): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(least, longest + 1));
}

/** Brackets and spaces would end a Markdown link's address early. */
function safeUrl(url: string): string {
  return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function inlineMarkdown(node: Node): string {
  if (node.nodeType === 3) return escapeInline((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = () => [...element.childNodes].map(inlineMarkdown).join('');
  switch (element.tagName.toLowerCase()) {
    case 'strong':
    case 'b': {
      const text = inner().trim();
      return text ? `**${text}**` : '';
    }
    case 'em':
    case 'i': {
      const text = inner().trim();
      return text ? `*${text}*` : '';
    }
    case 'code': {
      const code = (element.textContent ?? '').replace(/\s*\n\s*/g, ' ');
      const fence = fenceFor(code, 1);
      return code.startsWith('`') || code.endsWith('`') ? `${fence} ${code} ${fence}` : fence + code + fence;
    }
    case 'br':
      return '  \n';
    case 'a': {
      const href = element.getAttribute('href');
      const text = inner().trim();
      return href && /^https?:/i.test(href) ? `[${text}](${safeUrl(href)})` : text;
    }
    case 'img': {
      const src = element.getAttribute('src');
      return src && /^https?:/i.test(src) ? `![${escapeInline(element.getAttribute('alt') ?? '')}](${safeUrl(src)})` : '';
    }
    default:
      return inner();
  }
}

/** Elements whose content is set apart from the text around it; anything else is a word of the sentence it is in. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul',
]);

/** Inline Markdown gathered into one paragraph: lines trimmed, hard breaks kept, line starts escaped. */
function paragraph(inline: string): string {
  return inline
    .split('  \n')
    .map((line) => escapeLineStart(line.replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .join('  \n')
    .trim();
}

/** Every line after the first indented, for the continuation of a list item. */
function indent(text: string, by: string, first: string): string {
  return text.split('\n').map((line, index) => (index === 0 ? first + line : line ? by + line : line)).join('\n');
}

function tableCell(cell: Element): string {
  return paragraph([...cell.childNodes].map(inlineMarkdown).join('')).replace(/ {2}\n/g, ' ').replace(/\|/g, '\\|');
}

/** A pipe table; the first row is the header row, as GitHub's Markdown wants one. */
function tableMarkdown(table: Element): string {
  const rows = [...table.querySelectorAll('tr')]
    .filter((row) => row.closest('table') === table)
    .map((row) => [...row.children].filter((cell) => /^(td|th)$/i.test(cell.tagName)).map(tableCell))
    .filter((cells) => cells.some(Boolean));
  if (!rows.length) return '';
  const width = Math.max(...rows.map((cells) => cells.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

/** The Markdown blocks of an element's content: its loose text too, not only its child elements. */
function blocksOf(element: Element): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const text = paragraph(run);
    if (text) out.push(text);
    run = '';
  };
  for (const child of element.childNodes) {
    if (child.nodeType !== 1) {
      run += inlineMarkdown(child);
      continue;
    }
    const node = child as Element;
    const tag = node.tagName.toLowerCase();
    // A <span> or <font> around paragraphs is a container: its paragraphs stay paragraphs.
    if (!BLOCK.has(tag) && (tag === 'a' || !node.querySelector([...BLOCK].join(',')))) {
      run += inlineMarkdown(node);
      continue;
    }
    flush();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const text = paragraph(inlineMarkdown(node)).replace(/ {2}\n/g, ' ');
      if (text) out.push(`${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${text}`);
    } else if (tag === 'p' || tag === 'figcaption' || tag === 'summary' || tag === 'dd') {
      out.push(...blocksOf(node));
    } else if (tag === 'dt') {
      const text = paragraph(inlineMarkdown(node));
      if (text) out.push(`**${text}**`);
    } else if (tag === 'blockquote') {
      const inner = blocksOf(node).join('\n\n');
      if (inner) out.push(inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'));
    } else if (tag === 'pre') {
      const code = (node.textContent ?? '').replace(/\n$/, '');
      const fence = fenceFor(code, 3);
      out.push(`${fence}\n${code}\n${fence}`);
    } else if (tag === 'ul' || tag === 'ol') {
      const items = [...node.children].filter((li) => li.tagName.toLowerCase() === 'li');
      const start = tag === 'ol' ? Number.parseInt(node.getAttribute('start') ?? '1', 10) || 1 : 1;
      items.forEach((li, index) => {
        const marker = tag === 'ol' ? `${start + index}. ` : '- ';
        const content = blocksOf(li).join('\n\n');
        if (content) out.push(indent(content, ' '.repeat(marker.length), marker));
      });
    } else if (tag === 'table') {
      const table = tableMarkdown(node);
      if (table) out.push(table);
    } else if (tag === 'hr') {
      out.push('---');
    } else {
      out.push(...blocksOf(node));
    }
  }
  flush();
  return out;
}

function elementToMarkdown(root: Element): string {
  return blocksOf(root).filter((block) => block.trim() !== '').join('\n\n');
}

/** Each quote as `> quote` then `— Speaker`. */
export function quotesToMarkdown(quotes: Quote[]): string {
  return quotes
    .map((quote) => {
      const lines = [`> ${quote.text.replace(/\n+/g, ' ')}`];
      const speaker = quote.speakerName ?? quote.speaker;
      if (speaker) lines.push(`— ${speaker}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
