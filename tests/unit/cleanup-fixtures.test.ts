/**
 * Every cleanup fixture: the blocks its expected.json names are hidden (rule, mode and first words), nothing
 * else is, what it says to keep stays visible, and turning the marks off gives back the exact page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearMarks, findClutter, HIDE_ATTR, markClutter, RULES, VISUALLY_HIDDEN_ATTR } from '../../src/core/cleanup/index';
import { parseHtml } from '../../src/node/dom';
import { isStoryHeading } from '../../src/core/cleanup/story';

interface Expected {
  url?: string;
  /** Detection's verdict the page is cleaned with (the around-story rule needs an article). */
  isArticle?: boolean;
  hidden: Array<{ rule: string; text: string; mode?: string }>;
  kept: string[];
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
const cases = readdirSync(FIXTURES)
  .map((slug) => ({ slug, file: [join(FIXTURES, slug, 'expected-hidden.json')].find(existsSync) }))
  .filter((entry): entry is { slug: string; file: string } => entry.file !== undefined);

function load(slug: string, expected: Expected): Document {
  const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
  return parseHtml(html, expected.url ?? `https://example.org/news/2026/${slug}-story`).document;
}

/** True when the element or one of its ancestors is hidden outright. */
function isHidden(element: Element): boolean {
  return element.closest(`[${HIDE_ATTR}]`) !== null;
}

describe('cleanup fixtures', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const { slug, file } of cases) {
    const expected: Expected = JSON.parse(readFileSync(file, 'utf8'));

    it(`${slug}: hides exactly the expected blocks`, () => {
      const blocks = findClutter(load(slug, expected), RULES, { isArticle: expected.isArticle });
      const found = blocks.map((block) => ({ rule: block.rule, mode: block.mode, text: block.text }));
      const wanted = expected.hidden.map((block) => ({ rule: block.rule, mode: block.mode ?? 'hide', text: block.text }));
      const key = (entry: { rule: string; mode: string; text: string }) => `${entry.rule}|${entry.mode}|${entry.text}`;
      expect(found.map(key).sort()).toEqual(wanted.map(key).sort());
    });

    it(`${slug}: keeps the story and the named text visible`, () => {
      const doc = load(slug, expected);
      markClutter(findClutter(doc, RULES, { isArticle: expected.isArticle }));
      for (const paragraph of doc.querySelectorAll('article p, .entry p, .entry-content p')) {
        if ((paragraph.textContent ?? '').trim().length >= 80) expect(isHidden(paragraph), paragraph.textContent ?? '').toBe(false);
      }
      // Every <h1> but a site's name in its header (page-chrome-site-name), which goes with the header, and a closed
      // modal's title (sidebar-modal-title), which goes with its sidebar.
      for (const heading of doc.querySelectorAll('h1')) if (isStoryHeading(heading)) expect(isHidden(heading), heading.textContent ?? '').toBe(false);
      for (const snippet of expected.kept) {
        const holders = [...doc.body.querySelectorAll('*')].filter((element) => (element.textContent ?? '').includes(snippet));
        expect(holders.length, `"${snippet}" is in the fixture`).toBeGreaterThan(0);
        expect(isHidden(holders[holders.length - 1]), snippet).toBe(false);
      }
    });

    it(`${slug}: clearing the marks restores the page exactly`, () => {
      const doc = load(slug, expected);
      const before = doc.documentElement.outerHTML;
      const marked = markClutter(findClutter(doc, RULES, { isArticle: expected.isArticle }));
      if (expected.hidden.length > 0) expect(doc.documentElement.outerHTML).not.toBe(before);
      expect(marked.length).toBe(expected.hidden.length);
      clearMarks(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.querySelector(`[${HIDE_ATTR}], [${VISUALLY_HIDDEN_ATTR}]`)).toBeNull();
    });
  }
});
