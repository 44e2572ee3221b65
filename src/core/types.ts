/** Shared result shapes of the core. The JSON fields are a public contract of the command line. */

export interface Detection {
  isArticle: boolean;
  /** Higher means more article-like; isArticle is score >= 0. */
  score: number;
  /** Short human-readable reasons, e.g. "json-ld:NewsArticle", "teaser-cards:14". */
  reasons: string[];
}

/** One block that in-page cleanup hides (or would hide). */
export interface HiddenBlock {
  /** Id of the cleanup rule that matched. */
  rule: string;
  /** First words of the block's text. */
  text: string;
  /** For a block without text, what it holds ("image: <alt>", "frame: <title>", "div#ad-top"), to tell it from the others. */
  label?: string;
}

export interface QuoteSegment {
  start: number;
  end: number;
}

/** A quotation found in a text; offsets are JavaScript string indices into that text. */
export interface Quote {
  /** The quoted text without its marks (segments joined by a space when there are several). */
  text: string;
  /** Start of the first segment, at its opening mark. */
  start: number;
  /** End of the last segment, after its closing mark. */
  end: number;
  /** Present when the quotation is interrupted by its attribution, or runs over paragraphs (one per paragraph). */
  segments?: QuoteSegment[];
  /** The speaker mention as written, or null. */
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The resolved name ("he" -> "Eric Brewer"), or null if unknown. */
  speakerName: string | null;
  /** The reporting word ("said", "told", "sagte"), or null. */
  cue: string | null;
}

export interface Story {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date or date-time when known. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The clean story as plain text; paragraphs separated by a blank line. */
  text: string;
  /** The clean story as sanitized HTML. */
  html: string;
  quotes: Quote[];
  hidden: HiddenBlock[];
}
