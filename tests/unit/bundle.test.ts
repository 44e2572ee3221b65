/**
 * The always-on content script stays small: detection and messaging only. The cleanup rules arrive with
 * cleanup.js when reader mode first turns on, Readability with extract.js when the popup opens.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Issue 3's budget for the content script, minified. */
const CONTENT_SCRIPT_BUDGET_BYTES = 25 * 1024;

async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, minify: true, format: 'iife', write: false, platform: 'browser' });
  return result.outputFiles[0].text;
}

it('keeps the content script within its budget, without the cleanup rules or Readability', async () => {
  const content = await bundle('src/content/index.ts');
  expect(content.length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  for (const marker of ['promo-heading', 'page-chrome', 'Readability', 'DOMPurify']) expect(content, marker).not.toContain(marker);
});

it('puts the cleanup rules in cleanup.js, which needs no extension API', async () => {
  const cleanup = await bundle('src/content/cleanup.ts');
  for (const marker of ['promo-heading', 'page-chrome', 'skip-link']) expect(cleanup, marker).toContain(marker);
  // The polyfill's own guard message: present in every bundle that carries it.
  expect(cleanup).not.toContain('should only be loaded in a browser extension');
  expect(cleanup).not.toMatch(/\bchrome\.runtime\b/);
});
