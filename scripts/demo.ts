// `npm start`: after the build, shows the clean-up working on the bundled sample page.
// Usage: tsx scripts/demo.ts [FILE.html] (default: the seed page reconstruction)
import { extractStory } from '../src/core/extract';
import { InputError, parseHtml, readHtmlFile } from '../src/node/dom';

const file = process.argv[2] ?? 'tests/fixtures/seed-storify/source.html';
const url = 'https://storifynews.com/2018/12/06/trumps-north-korea-strategy-isnt-working/';

try {
  const win = parseHtml(readHtmlFile(file), url);
  const story = extractStory(win.document, { window: win, url });
  const rule = '─'.repeat(72);
  console.log(`Tidyread on ${file}\n${rule}`);
  console.log(`Article: ${story.isArticle ? 'yes' : 'no'}`);
  console.log(`Reader mode would hide ${story.hidden.length} block(s):`);
  for (const block of story.hidden) console.log(`  - [${block.rule}] ${block.text || '(no text)'}`);
  console.log(rule);
  console.log(story.title ?? '(no title)');
  console.log([story.byline, story.siteName, story.published, `${story.readingMinutes} min read`].filter(Boolean).join(' · '));
  console.log(`\n${story.text}\n${rule}`);
  console.log(`Quotes (${story.quotes.length}):`);
  for (const quote of story.quotes) console.log(`  > ${quote.text}\n    — ${quote.speakerName ?? quote.speaker ?? 'unattributed'}`);
  console.log(`${rule}\nThe unpacked extension is in dist/chrome and dist/firefox; README.md says how to load it.`);
} catch (error) {
  console.error(`tidyread demo: ${error instanceof InputError ? error.message : String(error)}`);
  process.exitCode = 2;
}
