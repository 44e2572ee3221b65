/**
 * Pairing of quotation marks into quoted stretches.
 *
 * The pairs are the union of the CLDR 45 quotation delimiters of all locales (plus straight marks and
 * the common slips "“…\"" and "\"…”"). One character can open in one language and close in another
 * („…“ in German, “…” in English; ”…” in Swedish), so the role of a mark comes from what stands beside
 * it (flanking), and a closer only closes an opener that pairs with it.
 */

/** Opening mark -> the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '“': '”"“',
  '”': '”“',
  '„': '“”"',
  '"': '"”',
  '«': '»',
  '»': '«»',
  '‹': '›',
  '›': '‹›',
  '‘': '’‘',
  '’': '’‘',
  '‚': '‘’',
  "'": "'’",
  '「': '」',
  '『': '』',
  // Two apostrophes, a double mark in some newswires (''…''): paired apart in pairMarks, closed by no single mark.
  "''": '',
};
const CLOSING = new Set(Object.values(CLOSERS).join(''));
const MARK = new Set([...Object.keys(CLOSERS), ...CLOSING]);
const SINGLE = new Set("‘’‚'‹›");
const GUILLEMET = new Set('«»‹›');
const CJK = new Set('「」『』');
const MAX_DEPTH = 6;
/** Words after an opening mark left unclosed at its paragraph's end for it to open a quotation still. */
const MIN_UNCLOSED_WORDS = 8;

/**
 * A quotation mark at the start and at the end of a stretch. The look-behind lets the end-anchored pattern start only
 * at the head of a run of spaces: tried from every space of a long run, it would rescan the run each time (quadratic).
 */
export const OPENING_MARK = /^["'“”„‚‘’«»‹›「『][\s\u00a0\u202f]*/u;
export const CLOSING_MARK = /(?<![\s\u00a0\u202f])[\s\u00a0\u202f]*["'“”‘’«»‹›」』]$/u;

/** A quoted stretch as written, marks included. Several parts when it runs over paragraphs. */
export interface Span {
  start: number;
  end: number;
  /** One part per paragraph: the paragraph's opening mark to its end (the last part: to the closer). */
  parts: { start: number; end: number }[];
  /** Left open at its paragraph's end: the last character is the text's, not a closing mark. */
  unclosed?: true;
  /** A quotation's first stretch and its rest around an attribution set inside its marks (« …, a-t-il dit, … »). */
  interrupted?: true;
  resumes?: true;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which an opening mark may stand besides space: brackets, dashes, slashes. */
const isOpenPunct = (c: string): boolean => /[([{\-–—/]/u.test(c) || MARK.has(c);

interface Open {
  char: string;
  at: number;
  parts: { start: number; end: number }[];
  /** Quotations closed directly inside this one: the outermost ones if this mark is never closed. */
  inner: Span[];
}

/**
 * A mark whose sides do not tell its role: spaced on both sides ("…this, " Trump said"; “ … if the"), or a straight
 * or left mark glued to punctuation and a word ("Clinton:"We learned", "here.“Not"). It closes an open quotation it
 * pairs with, else opens one.
 */
function ambiguous(c: string, prev: string | undefined, next: string | undefined): boolean {
  if (SINGLE.has(c) || GUILLEMET.has(c) || CJK.has(c)) return false;
  if (prev !== undefined && prev !== '\n' && next !== '\n' && isSpace(prev) && isSpace(next)) return true;
  return (c === '"' || c === '“') && prev !== undefined && /[.,:;!?]/u.test(prev) && isWordChar(next);
}

/** Han, kana, Hangul and their full-width punctuation: written without spaces around quotation marks. */
export const isCjkChar = (c: string | undefined) => c !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff1f]/u.test(c);

function roles(c: string, prev: string | undefined, next: string | undefined, prev2: string | undefined): { canOpen: boolean; canClose: boolean } {
  if (CJK.has(c)) return { canOpen: c in CLOSERS, canClose: !(c in CLOSERS) };
  // Chinese and Korean set “…” and ‘…’ between characters with no space (说：“…。”他): the mark tells its role, as
  // with 「」, when it faces the text it marks.
  if ((c === '“' || c === '‘') && isCjkChar(next)) return { canOpen: true, canClose: false };
  if ((c === '”' || c === '’') && isCjkChar(prev)) return { canOpen: false, canClose: true };
  // An apostrophe inside a word (don’t, Kim’s) is never a quotation mark.
  if (SINGLE.has(c) && isWordChar(prev) && isWordChar(next)) return { canOpen: false, canClose: false };
  // Guillemets may have (no-break) spaces inside (« texte »), so only the outer side tells the role.
  if (GUILLEMET.has(c)) return { canOpen: isSpace(prev) || (prev !== undefined && isOpenPunct(prev)), canClose: isSpace(next) || !isWordChar(next) };
  // An opening curly mark glued to the reporting clause still opens (said,“Look).
  const gluedOpen = (c === '“' || c === '„') && (prev === ',' || prev === ':');
  // A mark before an angle bracket belongs to markup (tweet-date="…">), not to the text.
  const canOpen = !isSpace(next) && next !== '>' && (prev === undefined || isSpace(prev) || isOpenPunct(prev) || gluedOpen) && c in CLOSERS;
  // A closing curly mark right after punctuation closes even when the space after it is missing (,”Clinton said).
  const closesGlued = (c === '”' || c === '»' || c === '“') && prev !== undefined && /[,.!?]/u.test(prev);
  // A space may part a double closing mark from the single one it follows ('Oh, this is important,' ").
  const afterSingle = prev === ' ' && (prev2 === "'" || prev2 === '’') && !SINGLE.has(c);
  const canClose = (!isSpace(prev) || afterSingle) && (isSpace(next) || !isWordChar(next) || closesGlued) && CLOSING.has(c);
  return { canOpen, canClose };
}

/** Index of the next paragraph start (after a blank line or line break), or -1. */
function paragraphStartAfter(text: string, i: number): number {
  const blank = /\n\s*/uy;
  blank.lastIndex = i;
  return blank.test(text) ? blank.lastIndex : -1;
}

/**
 * The outermost quoted stretches of a text. A mark left open at the end of a paragraph continues
 * when the next paragraph opens with the same mark (the multi-paragraph convention); otherwise it
 * was no quotation mark (or a typo) and is dropped.
 */
export function pairMarks(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (!stack.length) continue;
      const next = paragraphStartAfter(text, i);
      const bottom = stack[0];
      // A quotation runs on over paragraphs when it opens its paragraph or follows an introduction ("said:", "said,");
      // one opened inside a sentence ("called the plan “a gift …") was left unclosed, and the next paragraph's mark
      // opens a quotation of its own.
      const lead = bottom && !bottom.parts.length ? text.slice(text.lastIndexOf('\n', bottom.at) + 1, bottom.at) : '';
      const runsOn = !lead.trim() || /[:,—–-]\s*$/u.test(lead);
      if (bottom && next >= 0 && text[next] === bottom.char && !SINGLE.has(bottom.char) && runsOn) {
        let end = i;
        while (end > bottom.at && /\s/u.test(text[end - 1])) end--;
        bottom.parts.push({ start: bottom.at, end });
        bottom.at = next;
        stack.length = 1;
        i = next;
        continue;
      }
      spans.push(...unclosed(text, stack, i));
      stack.length = 0;
      continue;
    }
    if (!MARK.has(c)) continue;
    // Two apostrophes are no quotation of their own: MediaWiki italics and bold, and the ''…'' of some newswires,
    // which annotated news (PolNeAR) does not count as quotations either. They still enclose what stands between
    // them, so a 'single-quoted' stretch inside ''…'' is a quotation within a quotation, not one of its own.
    if (c === "'" && text[i + 1] === "'") {
      let k = stack.length - 1;
      while (k >= Math.max(0, stack.length - MAX_DEPTH) && stack[k].char !== "''") k--;
      if (k >= Math.max(0, stack.length - MAX_DEPTH) && !isSpace(text[i - 1])) stack.length = k;
      else if (!isSpace(text[i + 2])) stack.push({ char: "''", at: i, parts: [], inner: [] });
      i++;
      continue;
    }
    let { canOpen, canClose } = roles(c, text[i - 1], text[i + 1], text[i - 2]);
    // The '90s, '08, 'em, 'til, 'cause, rock 'n' roll: an apostrophe for what is left out, not an opening mark.
    if (SINGLE.has(c) && /^(?:\d\d(?:s|(?![\p{L}\p{N}]))|(?:em|til|cause|n)(?![\p{L}\p{N}]))/u.test(text.slice(i + 1, i + 7))) canOpen = false;
    if (ambiguous(c, text[i - 1], text[i + 1])) {
      canClose = stack.slice(-MAX_DEPTH).some((open) => CLOSERS[open.char].includes(c));
      canOpen = !canClose && c in CLOSERS;
    }
    let closed = false;
    if (canClose) {
      // Quotations nest a few levels deep at most; a bounded search keeps hostile runs of marks linear.
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_DEPTH); k--) {
        if (!CLOSERS[stack[k].char].includes(c)) continue;
        // A single mark does not close across an open double mark (it is an apostrophe: voters’).
        if (SINGLE.has(c) && k < stack.length - 1 && !SINGLE.has(stack[stack.length - 1].char)) break;
        const open = stack[k];
        stack.length = k;
        closed = true;
        open.parts.push({ start: open.at, end: i + 1 });
        const span = { start: open.parts[0].start, end: i + 1, parts: open.parts };
        if (k === 0) spans.push(span);
        else stack[k - 1].inner.push(span);
        break;
      }
    }
    if (!closed && canOpen) stack.push({ char: c, at: i, parts: [], inner: [] });
  }
  spans.push(...unclosed(text, stack, text.length));
  return spans;
}

/**
 * What marks left open at a paragraph's end stand for. A double mark before a sentence's worth of words, with no
 * quotation closed inside it, opens a quotation the writer forgot to close, or a quoted paragraph set as a block: it
 * runs to the paragraph's end. Other unclosed marks were no quotation marks; the quotations closed inside them stand.
 */
function unclosed(text: string, stack: Open[], paragraphEnd: number): Span[] {
  const bottom = stack[0];
  if (!bottom) return [];
  let end = paragraphEnd;
  while (end > bottom.at && /\s/u.test(text[end - 1])) end--;
  // A newswire quotation in ''…'' runs on over paragraphs unclosed: the quotations inside it stay nested.
  if (bottom.char === "''") return [];
  const inner = stack.flatMap((open) => open.inner);
  // A quotation closed inside tells the open mark around it was stray.
  if (inner.length || SINGLE.has(bottom.char) || (text.slice(bottom.at, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_UNCLOSED_WORDS) return inner;
  const parts = [...bottom.parts, { start: bottom.at, end }];
  return [{ start: parts[0].start, end, parts, unclosed: true }];
}
