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
