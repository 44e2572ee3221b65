import { GOV_BANNER } from '../phrases';
import type { CleanupRule } from '../rule';
import { wordPattern } from '../scan';
import { structuralRule } from '../structural';
import { phraseElements, widenUpTo } from '../text-match';

/** The banner and its folded explanation (".gov means it's official… Secure .gov websites use HTTPS…"). */
const MAX_BANNER_CHARS = 700;

const namedBanners = structuralRule({
  id: 'gov-banner',
  signature: wordPattern('usa-banner|gov-?banner|govuk-?(?:phase-)?banner|official-?banner'),
  maxChars: MAX_BANNER_CHARS,
});

/**
 * The banner over a government site's pages: "An official website of the United States government. Here's how
 * you know" (wcxb-dev 0074, 0341, 0349, 0351). By its name (the U.S. Web Design System's "usa-banner") or by its
 * words, widened to the banner.
 */
export const govBanner: CleanupRule = {
  id: namedBanners.id,
  words: namedBanners.words,
  find(doc, guard, scan) {
    const found = namedBanners.find(doc, guard, scan) as Element[];
    for (const match of phraseElements(scan, GOV_BANNER)) {
      if (found.some((banner) => banner.contains(match))) continue;
      const banner = widenUpTo(match, MAX_BANNER_CHARS);
      if (!guard.holdsStory(banner)) found.push(banner);
    }
    return found;
  },
};
