// `npm start`: after the build, shows the clean-up working on the bundled sample page.
// Usage: tsx scripts/demo.ts [FILE.html] (default: the seed page reconstruction)
import { existsSync } from 'node:fs';
import { extractStory } from '../src/core/extract';
import { InputError, parseHtml, readHtmlFile } from '../src/node/dom';

const file = process.argv[2] ?? 'tests/fixtures/seed-storify/source.html';
const url = 'https://storifynews.com/2018/12/06/trumps-north-korea-strategy-isnt-working/';

try {
  const win = parseHtml(readHtmlFile(file), url);
  const story = extractStory(win.document, { window: win, url });
  const rule = '─'.repeat(72);
  // The browsers are not started here (that is the e2e tests' job, and slow): this is the builds' core in Node.
  console.log(`Tidyread on ${file}: the detection, cleanup and extraction code both builds run, here in Node\n${rule}`);
  console.log(`Article: ${story.isArticle ? 'yes' : 'no'}`);
  console.log(`Reader mode would hide ${story.hidden.length} block(s):`);
  for (const block of story.hidden) {
    // Skip links are only visually hidden (README): saying "hidden" alone would be untrue for keyboard users.
    const note = block.rule === 'skip-link' ? ' (visually only: kept for keyboard and screen-reader users)' : '';
    console.log(`  - [${block.rule}] ${block.text || `(no text: ${block.label ?? 'empty'})`}${note}`);
  }
  console.log(rule);
  console.log(story.title ?? '(no title)');
  console.log([story.byline, story.siteName, story.published, `${story.readingMinutes} min read`].filter(Boolean).join(' · '));
  console.log(`\n${story.text}\n${rule}`);
  console.log(`Quotes (${story.quotes.length}):`);
  for (const quote of story.quotes) console.log(`  > ${quote.text}\n    — ${quote.speakerName ?? quote.speaker ?? 'unattributed'}`);
  const builds = ['dist/chrome', 'dist/firefox'].filter((dir) => existsSync(`${dir}/manifest.json`));
  console.log(rule);
  console.log(builds.length === 2
    ? 'The unpacked extension is built in dist/chrome and dist/firefox; README.md says how to load it.'
    : `The extension is not built${builds.length ? ` (only ${builds[0]})` : ''}: run npm run build, then see README.md to load it.`);
} catch (error) {
  console.error(`tidyread demo: ${error instanceof InputError ? error.message : String(error)}`);
  process.exitCode = 2;
}
