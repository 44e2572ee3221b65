import type { CleanupRule } from '../rule';
import { tagged } from '../scan';
import { textOf } from '../story';

/** XenForo's and vBulletin's names for the rank line and the badge under a poster's name. */
const RANK = '.userTitle, .usertitle, .user-title, .userBanner, .userbanner, .user-banner';
/** A rank is a few words; a block of that name with more is a profile or a heading of the page. */
const MAX_RANK_CHARS = 60;

/**
 * A forum poster's rank under the name, which the forum software gives by post count or role: "Well-known member",
 * "New Head-Fier", "Original poster" (wcxb-dev 0513, 0515, 0521). Found by its class on any tag, a heading as often as
 * a block. The poster's name stays, and so does the post.
 */
export const posterRank: CleanupRule = {
  id: 'poster-rank',
  find(_doc, guard, scan) {
    return tagged(scan, RANK).filter((element) => {
      const chars = textOf(element).length;
      return chars > 0 && chars <= MAX_RANK_CHARS && !guard.holdsStory(element);
    });
  },
};
