import { describe, expect, it } from 'vitest';
import { quotesToMarkdown, storyToMarkdown } from '../../src/core/markdown';
import type { Story } from '../../src/core/types';
import { parseHtml } from '../../src/node/dom';

function story(fields: Partial<Story>): Story {
  return {
    isArticle: true, title: null, byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null,
    leadImage: null, wordCount: 0, readingMinutes: 0, text: '', html: '', quotes: [], hidden: [], ...fields,
  };
}

describe('storyToMarkdown', () => {
  it('puts the title and a metadata line above the text, escaping Markdown characters', () => {
    const md = storyToMarkdown(story({ title: 'Stars *and* bars', byline: 'Ann Lee', siteName: 'The Site', text: 'One [two].\n\nThree.' }));
    expect(md).toBe('# Stars \\*and\\* bars\n\n*Ann Lee · The Site*\n\nOne \\[two\\].\n\nThree.');
  });

  it('renders headings, lists, links, images, quotes and code from the sanitized HTML', () => {
    const html = '<h2>Part <em>one</em></h2><p>See <a href="https://a.example/x">this</a> and <a href="javascript:x()">not this</a>.</p>' +
      '<ul><li>first</li><li>second</li></ul><ol><li>a</li><li>b</li></ol><blockquote>Said so.</blockquote>' +
      '<pre>let x = 1;\n</pre><img src="https://i.example/p.jpg" alt="A picture">';
    const root = parseHtml(`<body>${html}</body>`).document.body;
    const md = storyToMarkdown(story({ html }), root);
    expect(md).toBe([
      '### Part *one*',
      'See [this](https://a.example/x) and not this.',
      '- first', '- second', '1. a', '2. b',
      '> Said so.',
      '```\nlet x = 1;\n```',
      '![A picture](https://i.example/p.jpg)',
    ].join('\n\n'));
  });
});

it('quotesToMarkdown gives each quote and its speaker', () => {
  const quote = { text: 'We will rebuild.', start: 0, end: 18, speaker: 'she', speakerStart: 20, speakerEnd: 23, speakerName: 'Joan Pell', cue: 'said' };
  expect(quotesToMarkdown([quote, { ...quote, speakerName: null, speaker: null }])).toBe('> We will rebuild.\n— Joan Pell\n\n> We will rebuild.');
});

describe('storyToMarkdown from HTML that is not only paragraphs', () => {
  function markdownOf(html: string): string {
    return storyToMarkdown(story({ html }), parseHtml(`<body>${html}</body>`).document.body);
  }

  it('keeps text that stands loose in a <div> beside its paragraphs', () => {
    expect(markdownOf('<div>Loose <b>words</b> first.<p>A paragraph.</p>Loose words last.</div>'))
      .toBe('Loose **words** first.\n\nA paragraph.\n\nLoose words last.');
  });

  it('renders a table as a pipe table, header row first, a pipe in a cell escaped', () => {
    expect(markdownOf('<table><thead><tr><th>Model</th><th>Price</th></tr></thead><tbody><tr><td>A|1</td><td>$5</td></tr></tbody></table>'))
      .toBe('| Model | Price |\n| --- | --- |\n| A\\|1 | $5 |');
  });

  it('keeps the terms and definitions of a <dl>', () => {
    expect(markdownOf('<dl><dt>Torque</dt><dd>A turning force.</dd></dl>')).toBe('**Torque**\n\nA turning force.');
  });

  it('indents a nested list under its item and keeps the paragraphs of a quotation apart', () => {
    expect(markdownOf('<ol start="2"><li>Flour<ul><li>sifted</li></ul></li><li>Eggs</li></ol>')).toBe('2. Flour\n\n   - sifted\n\n3. Eggs');
    expect(markdownOf('<blockquote><p>One.</p><p>Two.</p></blockquote>')).toBe('> One.\n>\n> Two.');
  });

  it('escapes what would start a list or a heading at the start of a line', () => {
    expect(markdownOf('<p>1984. That was the year.</p><p>- 3 degrees</p><p># 1 pick</p><p>+ fees</p><p>Line<br>2. more</p>'))
      .toBe('1984\\. That was the year.\n\n\\- 3 degrees\n\n\\# 1 pick\n\n\\+ fees\n\nLine  \n2\\. more');
    expect(storyToMarkdown(story({ text: '1984. That was the year.\n\n- 3 degrees' }))).toBe('1984\\. That was the year.\n\n\\- 3 degrees');
  });
});
