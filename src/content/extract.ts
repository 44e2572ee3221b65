/**
 * Injected on demand (scripting.executeScript) when the popup opens: Readability, DOMPurify and the quote
 * highlighter stay out of the always-on content script. The popup then calls these in the same isolated world.
 */
import { extractStory } from '../core/extract';
import type { ExtractionReply, InjectedExtractor } from '../messages';
import { flashQuote } from './quote-flash';

function extract(): ExtractionReply {
  try {
    return { ok: true, story: extractStory(document, { window, url: location.href }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const injected: InjectedExtractor = { tidyreadExtract: extract, tidyreadFlashQuote: (text) => flashQuote(document, text) };
Object.assign(globalThis, injected);
