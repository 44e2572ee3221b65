/**
 * Injected on demand (scripting.executeScript) when the popup opens: Readability and DOMPurify stay out of
 * the always-on content script. The popup then calls tidyreadExtract() in the same isolated world.
 */
import { extractStory } from '../core/extract';
import type { ExtractionReply } from '../messages';

function extract(): ExtractionReply {
  try {
    return { ok: true, story: extractStory(document, { window, url: location.href }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

(globalThis as { tidyreadExtract?: () => ExtractionReply }).tidyreadExtract = extract;
