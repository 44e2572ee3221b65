/** The quotes of the seed page through the whole extraction: `extract` fills `quotes` from the story text. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/core/extract';
import { parseHtml, readHtmlFile } from '../../src/node/dom';

const SOURCE = join(import.meta.dirname, '../fixtures/seed-storify/source.html');

describe('quotes of the extracted seed page', () => {
  it('are the two Eric Brewer quotations, with offsets into the story text', () => {
    const win = parseHtml(readHtmlFile(SOURCE));
    try {
      const story = extractStory(win.document, { window: win });
      expect(story.quotes).toHaveLength(2);
      const [first, second] = story.quotes;
      expect(story.text.slice(first.start, first.end)).toMatch(/^“Despite US optimism,.*programs,”$/u);
      expect(story.text.slice(first.speakerStart!, first.speakerEnd!)).toBe('Eric Brewer');
      expect(second.segments).toHaveLength(2);
      expect(story.text.slice(second.speakerStart!, second.speakerEnd!)).toBe('Brewer');
      expect(second.speakerName).toBe('Eric Brewer');
      expect(story.quotes.some((q) => q.text.includes('Enter'))).toBe(false);
    } finally {
      win.close();
    }
  });
});
