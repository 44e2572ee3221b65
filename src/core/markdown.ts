/** Markdown for copying a story or its quotes. */
import type { Quote, Story } from './types';

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Markdown of a story, from its sanitized HTML when a DOM is at hand, else from its text. */
export function storyToMarkdown(story: Story, root?: Element): string {
  const head: string[] = [];
  if (story.title) head.push(`# ${escapeInline(story.title)}`);
  const meta = [story.byline, story.siteName, story.published].filter(Boolean).map((part) => escapeInline(part!));
  if (meta.length) head.push(`*${meta.join(' · ')}*`);
  const body = root ? elementToMarkdown(root) : story.text.split('\n\n').map(escapeInline).join('\n\n');
  return [...head, body].join('\n\n').trim();
}

function inlineMarkdown(node: Node): string {
  if (node.nodeType === 3) return escapeInline((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = () => [...element.childNodes].map(inlineMarkdown).join('');
  switch (element.tagName.toLowerCase()) {
    case 'strong':
    case 'b':
      return `**${inner().trim()}**`;
    case 'em':
    case 'i':
      return `*${inner().trim()}*`;
    case 'code':
      return '`' + (element.textContent ?? '') + '`';
    case 'br':
      return '  \n';
    case 'a': {
      const href = element.getAttribute('href');
      const text = inner().trim();
      return href && /^https?:/i.test(href) ? `[${text}](${href})` : text;
    }
    case 'img': {
      const src = element.getAttribute('src');
      return src && /^https?:/i.test(src) ? `![${escapeInline(element.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return inner();
  }
}

function elementToMarkdown(root: Element): string {
  const out: string[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      const tag = child.tagName.toLowerCase();
      const heading = /^h([1-6])$/.exec(tag);
      if (heading) out.push(`${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${inlineMarkdown(child).trim()}`);
      else if (tag === 'p' || tag === 'figcaption') out.push(inlineMarkdown(child).trim());
      else if (tag === 'blockquote') out.push(inlineMarkdown(child).trim().split('\n').map((line) => `> ${line}`).join('\n'));
      else if (tag === 'pre') out.push('```\n' + (child.textContent ?? '').replace(/\n$/, '') + '\n```');
      else if (tag === 'ul' || tag === 'ol') {
        [...child.children].filter((li) => li.tagName.toLowerCase() === 'li').forEach((li, index) => {
          out.push(`${tag === 'ol' ? `${index + 1}.` : '-'} ${inlineMarkdown(li).trim()}`);
        });
      } else if (tag === 'img') out.push(inlineMarkdown(child));
      else if (tag === 'hr') out.push('---');
      else visit(child);
    }
  };
  visit(root);
  return out.filter((block) => block.trim() !== '').join('\n\n');
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
