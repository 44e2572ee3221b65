import { expect, it } from 'vitest';
import { countWords } from '../../src/core/text';

it('counts English words, apostrophes and hyphens inside a word', () => {
  expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
});

it('counts a Hindi or Tamil word whole, vowel signs and all', () => {
  expect(countWords('नमस्ते दुनिया')).toBe(2);
  expect(countWords('हिन्दी भाषा में पढ़िए')).toBe(4);
  expect(countWords('வணக்கம் உலகம்')).toBe(2);
});

it('counts Korean by its spaces, and Chinese and Japanese by characters', () => {
  expect(countWords('안녕하세요 세계 여러분')).toBe(3);
  expect(countWords('你好世界')).toBe(2);
  expect(countWords('こんにちは')).toBe(3);
});
