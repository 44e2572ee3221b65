/**
 * Phrases looked up by their first word. A page has thousands of short texts and a phrase list in four
 * languages is a large pattern: compiled as one case-insensitive Unicode pattern it cost the content script
 * more than the rest of the cleanup together (wcxb-dev, Chromium, first run). Texts are lower-cased instead,
 * and each first word's few phrases are compiled only when a text on the page starts with it.
 */

/** Punctuation, symbols, spaces and emoji around a phrase ("— More from X —", "Tags:", "» Related"). */
const EDGE = '[\\s!-/:-@[-`{-~\\u00a0-\\u00bf\\u2000-\\u2bff\\u3000-\\u303f\\ud800-\\udfff]*';
const FIRST_WORD = /[a-z0-9\u00c0-\u024f][a-z0-9\u00c0-\u024f'’‘-]*/i;

/** Stands for any number in a phrase, and is the first word of a text that starts with one. */
const NUMBER = '#';

/** Letters with accents: only a text that has one is folded. */
const ACCENTED = /[\u00c0-\u024f]/;

/**
 * Accents taken off ("À lire également" as "a lire egalement", "Lo más leído" as "lo mas leido"): sites, and their
 * headings in capitals, often leave them out ("A LIRE EGALEMENT", "Tambien te puede interesar"), and a table that
 * wrote each phrase both ways would still miss the mixed ones.
 */
export function foldAccents(text: string): string {
  return ACCENTED.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
}

/** The first word of a text, lower-cased, apostrophes straightened and accents taken off, as the table is keyed. */
export function firstWordOf(text: string): string | undefined {
  // Only the word is lower-cased: this runs for every short text of a page, and most match nothing.
  let word = FIRST_WORD.exec(text)?.[0].toLowerCase();
  if (word) word = foldAccents(word);
  // Run for every short text of a page: the replacements only when they have something to do.
  if (word?.endsWith('-')) word = word.replace(/-+$/, '');
  if (word && (word.includes('’') || word.includes('‘'))) word = word.replace(/[’‘]/g, "'");
  // A number is looked up as "#": "11 min read" and "4 min read" are one phrase.
  if (word && word.charCodeAt(0) <= 57) word = word.replace(/^[0-9]+/, NUMBER);
  return word;
}

/** Case, spacing and apostrophes are tolerated by the pattern, so that texts need only lower-casing. */
function compile(phrases: string[]): RegExp {
  const tolerant = foldAccents(phrases.join('|')).replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/'/g, "['’‘]").replace(/#/g, '[0-9]+');
  return new RegExp(`^${EDGE}(?:${tolerant})${EDGE}$`);
}

/** The first words of every table's phrases: the page scan keeps only the texts that start with one. */
export const PHRASE_FIRST_WORDS = new Set<string>();

export class PhraseTable {
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly compiled = new Map<string, RegExp>();

  /** Each phrase starts with a literal word or "#" (a number), followed by a space, a group starting with a space, or nothing. */
  constructor(readonly phrases: string[]) {
    for (const phrase of phrases) {
      const word = foldAccents(phrase.split(/[ (]/, 1)[0]);
      this.byFirstWord.set(word, [...(this.byFirstWord.get(word) ?? []), phrase]);
      PHRASE_FIRST_WORDS.add(word);
    }
  }

  /** True when the whole text, give or take case, spacing and punctuation at either end, is one of the phrases. */
  test(text: string, word = firstWordOf(text)): boolean {
    const phrases = word === undefined ? undefined : this.byFirstWord.get(word);
    if (!phrases) return false;
    let pattern = this.compiled.get(word!);
    if (!pattern) this.compiled.set(word!, (pattern = compile(phrases)));
    return pattern.test(foldAccents(text.toLowerCase()));
  }
}
