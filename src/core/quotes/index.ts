/** Quotations and their speakers in a plain text (paragraphs separated by line breaks). */
import type { Quote } from '../types';
import { attributionAfter, attributionBefore, attributionByColon, attributionCjk, reportingSource, sentenceSubject, tokenize, type Attribution } from './attribution';
import { DE_REPORTED, DE_REPORTED_WIDE, MENTION_STOP, SOURCE_AFTER, isCue, isTitleAbbreviation } from './lexicon';
import { CLOSING_MARK, OPENING_MARK, isCjkChar, pairMarks, type Span } from './marks';
import { Resolver } from './names';

export interface QuoteOptions {
  /** BCP 47 language of the text ("en", "de", ...); guessed from the marks when absent. */
  lang?: string | null;
}

/** Quotations of at most this many words are scare quotes, titles or nicknames unless attributed. */
const SHORT_WORDS = 3;
/** Quotations of at most this many words need a speaker, said or carried over, to be quotations. */
const UNVOICED_WORDS = 8;
/** Characters of context read before and after a quotation. */
const MAX_CONTEXT = 400;
const SMALL_WORDS = new Set('a an the of and or in on for to with at by from vs nor but der die das und von im'.split(' '));

function guessLang(text: string): string | null {
  // A scan from each „ stops at the next one, so a run of unclosed marks stays linear.
  if (/„[^„“”\n]*[“”]/u.test(text) && /\b(?:und|der|die|das|nicht)\b/u.test(text)) return 'de';
  if (/«[\s\u00a0\u202f]/u.test(text)) return 'fr';
  if (/\b(?:the|and|of)\b/u.test(text)) return 'en';
  return null;
}

function wordCount(s: string): number {
  const cjk = s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  // A French or Italian elided word is one with the word after it (d’une, dell’Italia).
  return (s.match(/(?:(?<![\p{L}\p{N}])(?:[ldjmnstc]|qu|dell|all|dall|nell|sull|un|quest)['’])?[\p{L}\p{N}]+/giu)?.length ?? 0) + Math.floor(cjk / 2);
}

/** The text with the inside of each quoted stretch blanked, so words and stops in quotations are not read as attribution. */
function mask(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start + 1) + text.slice(span.start + 1, span.end - 1).replace(/[^\n]/g, ' ') + text[span.end - 1];
    at = span.end;
  }
  return out + text.slice(at);
}

/** What may follow the verb of an attribution standing as its own sentence ("Trump said on Monday."). */
const AFTER_ATTRIBUTION = /^\s*(?:[,.;:!?]|$|(?:on|in|at|during|after|before|to|of|about|yesterday|today|tonight|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|im|auf|bei|gegenüber|vor|nach|gestern|heute)\b)/iu;

const SENTENCE_END = /[.!?]+(?=\s|$)|\n/gu;

/** Offsets just after each sentence end in masked text (not after "Mr." or an initial). */
function sentenceEnds(masked: string): number[] {
  const ends: number[] = [];
  for (const m of masked.matchAll(SENTENCE_END)) {
    const word = masked.slice(Math.max(0, m.index! - 20), m.index).match(/(\S+)$/u)?.[1] ?? '';
    if (m[0] === '.' && (/^\p{Lu}$/u.test(word) || isTitleAbbreviation(word.toLowerCase()))) continue;
    // "the U.S. approach", "at 10 a.m. on": a dotted abbreviation ends a sentence only before a capital.
    if (m[0] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(word) && !/^\s+\p{Lu}/u.test(masked.slice(m.index! + 1, m.index! + 4))) continue;
    // "am 14. Dezember": a German ordinal day before its month.
    if (m[0] === '.' && /^\d{1,2}$/u.test(word) && /^\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u.test(masked.slice(m.index! + 1, m.index! + 12))) continue;
    ends.push(m.index! + m[0].length);
  }
  return ends;
}

/** Characters a headline runs to at most on either side of its quotation. */
const HEADLINE_CHARS = 200;

/** A short line of at least three words besides the quotation, nearly all capitalised: a headline in title case. */
function isTitleCaseLine(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - HEADLINE_CHARS), span.start);
  const after = text.slice(span.end, span.end + HEADLINE_CHARS);
  const lineStart = before.lastIndexOf('\n');
  const lineEnd = after.indexOf('\n');
  // A line that runs on past the bound is no headline (and a bounded look keeps run-on text linear).
  if ((lineStart < 0 && span.start > HEADLINE_CHARS) || (lineEnd < 0 && span.end + HEADLINE_CHARS < text.length)) return false;
  const outside = before.slice(lineStart + 1) + ' ' + (lineEnd < 0 ? after : after.slice(0, lineEnd));
  const words = outside.match(/\p{L}[\p{L}'’\-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** A sentence of more than one clause: a comma, words in lower case after it, a full stop at its end ("Despite what people want to say, it was our greatest night."). */
const isClausal = (inner: string) => /,\s+\p{Ll}[^]*[.!?…]$/u.test(inner);

/** Title case ("Parks and Recreation", "Guardians of the Galaxy"): a name of a work or a body, not a quotation. */
function isTitleCase(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
  // A subtitle may follow a colon ("Backfire: A Battle for the Soul of a Company").
  if (words.length < 2 || words.length > 14 || /[.!?;](?:\s|$)/u.test(inner.trim())) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

interface Candidate {
  span: Span;
  attribution: Attribution | null;
  /** The attribution follows the quotation (", Brewer told me."), so a next quotation may continue it. */
  attributedAfter: boolean;
  accepted: boolean;
}

function innerText(text: string, span: Span): string {
  const last = span.parts[span.parts.length - 1];
  return span.parts.map((p) => text.slice(p.start, p.end).replace(OPENING_MARK, '').replace(p === last && !span.unclosed ? CLOSING_MARK : /$/u, '').trim()).join('\n\n');
}

/** What the whole text gives each quoted stretch: marks paired, quotations blanked, sentence ends. */
interface Context {
  text: string;
  masked: string;
  lang: string | null;
  ends: number[];
  resolver: Resolver;
}

/**
 * The quotations of a text, in order, each with its speaker where it is attributed. Offsets are JavaScript
 * string indices into `text`; `start`..`end` covers the quotation with its marks. A quotation has `segments`
 * when it is interrupted by its attribution ("…,” Brewer told me. “…”) or runs over several paragraphs (one
 * segment per paragraph, from its opening mark). Scare quotes, titles and names in quotation marks are left out.
 */
export function findQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  const lang = options.lang ? options.lang.toLowerCase().split(/[-_]/u)[0] : guessLang(text);
  const spans = pairMarks(text).flatMap((span) => splitIncise(text, span, lang));
  const masked = mask(text, spans);
  // A full stop inside a closing mark ends the sentence too, though the mask hides it.
  const closed = spans.filter((s) => /[.!?…]\s*$/u.test(text.slice(s.start + 1, s.end - 1)) && /^\s+\p{Lu}/u.test(text.slice(s.end, s.end + 3)));
  const ends = [...sentenceEnds(masked), ...closed.map((s) => s.end)].sort((a, b) => a - b);
  const resolver = new Resolver(text);
  const context: Context = { text, masked, lang, ends, resolver };
  const candidates = spans.map((span) => candidate(context, span));
  // Spanish, Italian, Polish … leave the subject out («No hay margen», dijo.): there a reporting verb alone voices a quotation.
  const voiced = (a: Attribution | null) => a?.speakerStart != null || (lang !== 'en' && lang !== 'de' && a?.cue != null && !a.weak);
  // “…,” Bouhlel said. “Bodies everywhere.”: a short stretch right after an interrupting attribution continues the quotation.
  for (let k = 1; k < candidates.length; k++) {
    const [last, next] = [candidates[k - 1], candidates[k]];
    if (!next.accepted && last.accepted && last.attributedAfter && voiced(last.attribution) && last.attribution!.end <= next.span.start && !text.slice(last.attribution!.end, next.span.start).trim()) next.accepted = true;
  }
  const accepted = candidates.filter((c) => c.accepted);
  inheritSpeakers(context, accepted);
  // A few words in quotation marks with nobody to say them, even after the speakers carried over, are a term or a
  // title held at a distance; a longer stretch is a quotation in its own right.
  // A sentence (a capital to a full stop) set after its reporting verb and a colon or comma ("…, saying: “We have to
  // be ready to stop him.”") is speech even when the verb's subject was not found.
  const introduced = (c: Candidate) => c.attribution?.cueEnd != null && !c.attribution.weak && /^[^\S\n]*[,:][^\S\n]*$/u.test(masked.slice(c.attribution.cueEnd, c.span.start)) && /^\P{L}*\p{Lu}[^]*[.!?…]$/u.test(innerText(text, c.span));
  const kept = lang === 'de' ? accepted : accepted.filter((c) => voiced(c.attribution) || introduced(c) || wordCount(innerText(text, c.span)) > UNVOICED_WORDS);
  const quotes: Quote[] = [];
  for (let k = 0; k < kept.length; k++) {
    const first = kept[k];
    const group = [first];
    // "…summit," Brewer told me. "The US should …": the attribution interrupts one quotation.
    while (k + 1 < kept.length) {
      const last = group[group.length - 1];
      const next = kept[k + 1];
      // The attribution stands between the two parts: its sentence ends right before the next (“…,” Brewer told me.
      // “…”), or only punctuation follows its last word (“…,” I said, “…”). A second partial quotation later in the
      // sentence (“…” to drive up …, she said, referencing … “cross-sell”) is a quotation of its own.
      const { end = Infinity, cueEnd = null } = last.attribution ?? {};
      const between = (end <= next.span.start && !text.slice(end, next.span.start).trim()) || (cueEnd !== null && cueEnd <= next.span.start && /^[^\S\n]*[,.;:—–\-，、：。]?[^\S\n]*$/u.test(text.slice(cueEnd, next.span.start)));
      const sameSpeaker = next.span.resumes || next.attribution?.speakerStart == null || next.attribution.weak || next.attribution.speakerStart === last.attribution?.speakerStart;
      const joins = last.attributedAfter && voiced(last.attribution) && between && !/\n/u.test(text.slice(last.span.end, next.span.start)) && sameSpeaker;
      if (!joins) break;
      group.push(next);
      k++;
    }
    const attribution = group.find((c) => c.attribution?.speakerStart != null)?.attribution ?? group[0].attribution;
    const speaker = attribution?.speakerStart != null ? text.slice(attribution.speakerStart, attribution.speakerEnd!) : null;
    const quote: Quote = {
      // The comma before a closing mark belongs to the reporting sentence ("“We will win,” she said").
      // Chinese and Japanese join the segments with no space.
      text: group.map((c) => innerText(text, c.span)).reduce((a, b) => a + (isCjkChar(a[a.length - 1]) ? '' : ' ') + b).replace(/(?<!\s)\s*[,，]$/u, ''),
      start: first.span.parts[0].start,
      end: group[group.length - 1].span.end,
      speaker,
      speakerStart: speaker === null ? null : attribution!.speakerStart,
      speakerEnd: speaker === null ? null : attribution!.speakerEnd,
      speakerName: speaker === null ? null : resolver.resolve(speaker, attribution!.speakerStart!),
      cue: attribution?.cue ?? null,
    };
    const segments = group.flatMap((c) => c.span.parts);
    if (segments.length > 1) quote.segments = segments;
    quotes.push(quote);
  }
  return quotes;
}

/** An attribution set off by commas or dashes inside a quotation, with text of the quotation after it. */
const INCISE = /(?:,([^,—–\n«»“”„]{1,80}),|[^\S\n]+[—–]([^,—–\n«»“”„]{1,80})[—–],?)[^\S\n]*(?=\p{L})/gu;

/**
 * French, Spanish, Italian and Polish set the attribution inside the marks (« La situation est grave, a déclaré
 * Emmanuel Macron, mais … », «Es grave —dijo el ministro—, pero …», „Jest trudno – powiedział prezydent – ale …”):
 * the two stretches around it are read as those of a quotation interrupted by its attribution in English.
 */
function splitIncise(text: string, span: Span, lang: string | null): Span[] {
  if (span.parts.length > 1 || lang === 'en' || lang === 'de') return [span];
  for (const m of text.slice(span.start, span.end).matchAll(INCISE)) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\-]+/gu) ?? [];
    const word = /^(?:a|ha|han|ont|hanno)$/u.test(words[0] ?? '') && words.length > 1 ? words[1] : (words[0] ?? '');
    const verb = word.replace(/(?:-t)?-(?:il|elle|ils|elles|on)$/u, '').toLowerCase();
    if (verb === word.toLowerCase() && (!isCue(verb, lang) || SOURCE_AFTER.test(verb))) continue;
    const at = span.start + m.index!;
    const rest = at + m[0].length;
    // Each stretch runs to the attribution's delimiter, so the mask leaves the attribution and only it readable; the
    // first segment keeps its comma, as “…,” does in English.
    const first = m[1] === undefined ? at : at + 1;
    const second = at + m[0].search(/[,—–][^,—–]*$/u);
    return [
      { start: span.start, end: at + m[0].search(/[,—–]/u) + 1, parts: [{ start: span.start, end: first }], interrupted: true },
      { start: second, end: span.end, parts: [{ start: rest, end: span.end }], resumes: true },
    ];
  }
  return [span];
}

/** A sentence is read up to a bound on each side of its quotation, so run-on text stays linear. */
function sentenceStart({ ends }: Context, at: number): number {
  return Math.max(ends[countAtMost(ends, at) - 1] ?? 0, at - MAX_CONTEXT);
}

function sentenceEnd({ ends, text }: Context, at: number): number {
  return Math.min(ends[countAtMost(ends, at)] ?? text.length, at + MAX_CONTEXT);
}

/** The attribution of one quoted stretch, and whether it is a quotation at all. */
function candidate(context: Context, span: Span): Candidate {
  const { text, masked, lang } = context;
  const from = sentenceStart(context, span.start);
  const sentenceTo = sentenceEnd(context, span.end);
  const leading = masked.slice(from, span.start);
  const innerRaw = text.slice(span.start + 1, span.end - 1);
  // "… is “ongoing.” He said …": a full stop inside the closing mark ends the sentence when a capital follows…
  const closesSentence = /[.!?…]\s*$/u.test(innerRaw) && /^\s*(?:\p{Lu}|\n|$)/u.test(text.slice(span.end, span.end + 3));
  let after = attributionAfter(masked, span.end, closesSentence ? span.end : sentenceTo, lang);
  // …unless the next sentence is only the attribution: nothing but time or place after its verb ("…missing.”
  // Trump said on Monday."), or, after a question or exclamation, an object ("“Why?” Obama asked Republicans").
  if (!after && closesSentence) {
    const clause = attributionAfter(masked, span.end, sentenceTo, lang);
    const rest = clause?.cueEnd != null ? masked.slice(clause.cueEnd, sentenceTo) : '';
    const asked = lang !== 'de' && /[!?]\s*$/u.test(innerRaw) && clause?.speakerStart != null && clause.speakerStart - span.end < 40;
    if (clause && (AFTER_ATTRIBUTION.test(rest) || asked)) after = clause;
  }
  const nextSentence = after !== null && closesSentence;
  const to = after ? after.end : closesSentence ? span.end : sentenceTo;
  const before = attributionBefore(masked, from, span.start, lang);
  // "Erdogan said, “…” The return of refugees …": a reporting clause before beats a guess at the next sentence.
  const beforeFirst = nextSentence && before?.speakerStart != null && /[,:]\s*$/u.test(leading);
  // "While Comey said that Clinton was “extremely careless” …, he said …": a partial quotation inside the reported
  // clause belongs to the reporting verb before it, not to the next clause's.
  const partial = leading.trim() !== '' && !/[,:]\s*$/u.test(leading) && before?.speakerStart != null && !span.interrupted;
  let attribution = after?.speakerStart != null && !beforeFirst && !partial ? after : before?.speakerStart != null ? before : (after ?? before);
  if (!attribution && !leading.trim()) attribution = introducedBefore(masked, from, lang);
  const colon = /:\s*$/u.test(leading) ? attributionByColon(masked, from, from + leading.trimEnd().length, lang) : null;
  if (attribution?.speakerStart == null && colon) attribution = colon;
  if (attribution?.speakerStart == null && !closesSentence && lang !== 'de') attribution = closingAttribution(masked, span.end, sentenceTo, lang) ?? attribution;
  const cjk = !attribution && (/^[「『]/u.test(text.slice(span.start)) || isCjkChar(text[span.start - 1]) || isCjkChar(text[span.start + 1])) ? attributionCjk(masked, from, span.start, span.end, to) : null;
  attribution ??= cjk;
  const headline = attribution ? null : headlineSpeaker(masked, span.start);
  attribution ??= headline;
  if (attribution?.speakerStart == null) attribution = signatureAfter(masked, span.end) ?? attribution;
  if (attribution || lang === 'de') attribution = reportingSource(masked, from, to, span.start, lang) ?? attribution;

  const inner = innerText(text, span);
  // The look-behind starts the end-anchored match at the head of the run only (else a long run inside is quadratic).
  const bare = inner.replace(/(?<![\s.,;:!?…])[\s.,;:!?…]+$/u, '');
  const words = wordCount(inner);
  // Evidence of reported speech: a reporting clause, or German subjunctive. The subject of the sentence alone
  // is none ("the so-called “rebels”"); it only names the source when there is no better one.
  const attributed = attribution !== null || (lang === 'de' && DE_REPORTED.test(masked.slice(from, to)));
  if (attribution?.speakerStart == null) {
    // The quotation opens its sentence (or German reports it in the subjunctive): the source of the sentence
    // before ("Stoiber begründete … Damit seien „…“"); else the subject ("Rubio bemoaned … “literally hate …”").
    const continues = !leading.trim() || (lang === 'de' && DE_REPORTED_WIDE.test(leading));
    const subject = (continues ? previousSentenceSource(masked, from, context.ends, lang) : null) ?? sentenceSubject(masked, from, span.start, lang);
    if (subject) attribution = { ...subject, cue: attribution?.cue ?? subject.cue, weak: true };
  }
  const attributedAfter = (attribution === after && after !== null) || (attribution === cjk && cjk?.cueEnd != null);
  // The quotation's own marks, blanked in the masked text, look like a name in quotation marks after the verb
  // ("nach Angaben des Leiters „die Moderne, …“"): a mention ends before its quotation and never starts inside it.
  if (attribution?.speakerStart != null && attribution.speakerStart < span.end && attribution.speakerEnd! > span.start) {
    let end = span.start;
    while (end > attribution.speakerStart && /\s/u.test(text[end - 1])) end--;
    attribution = end > attribution.speakerStart ? { ...attribution, speakerEnd: end } : { ...attribution, speakerStart: null, speakerEnd: null };
  }
  if (lang === 'de' && attribution?.speakerStart != null) attribution = { ...attribution, speakerEnd: germanMentionEnd(text, attribution.speakerStart, attribution.speakerEnd!) };
  const ownSentence = !leading.trim() && (/[.!?,…]["'”“’»«]?$/u.test(text.slice(span.start, span.end - 1).trim()) || /^[.!?]/u.test(text.slice(span.end)));
  // “Your Honor,” I said: a quotation opening its sentence, its speaker right after, is speech whatever its case.
  const spoken = !leading.trim() && attributedAfter && attribution?.speakerStart != null;
  // In a headline set in title case every word is capitalised, so case tells nothing about the quotation.
  const titleCaseLine = lang !== 'de' && isTitleCaseLine(text, span);
  const looksLikeTitle = !headline && !spoken && !titleCaseLine && (isTitleCase(inner) || (/^\p{Lu}/u.test(bare) && !isClausal(inner) && /['’]s\s*$/u.test(text.slice(Math.max(0, span.start - 4), span.start))) || (lang === 'en' && isWorkTitle(text, span, bare)));
  // A single capitalised word is a name or a title ("Enter", “Hannity”) unless a speaker follows it (“Denver,” he
  // answered). German capitalises every noun: there a short quotation after a definite article, with up to two words
  // between ("der nigerianischen Fluggesellschaft „Sosoliso“"), names a paper, a work, a company.
  const named = lang === 'de' ? /\b(?:der|die|das|dem|den|des|im|vom|zum|zur)\s+(?:[\p{L}\-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, span.start - 40), span.start)) && /^\p{Lu}/u.test(bare) : /^\p{Lu}[\p{L}\-]*$/u.test(bare) && !titleCaseLine;
  // Priebus said, “Probably.”: a word the speaker answers with, not a name, when a reporting clause names the speaker.
  const reported = attribution?.speakerStart != null && !attribution.weak && attribution.cue !== null;
  const oneName = (named && !(reported && lang !== 'de')) || isNaming(text, span, bare);
  // Outside German a longer stretch in quotation marks is nearly always a quotation (train F1 0.935 -> 0.947). In
  // German it is a title or a name when it starts with a capital and nothing reports it; a fragment of speech
  // starts in lower case ("fehle es „an einem durchgreifenden Konzept …“").
  const fragment = /^\p{Ll}/u.test(bare) || titleCaseLine;
  // News puts a few words in quotation marks to give them to someone: a fragment in lower case is speech when a
  // person figures in its sentence (“…said the deal was “a disaster,” he …”, "Trump’s “king of debt” moniker"); with
  // nobody there it is a term held at a distance (the so-called “market accident”).
  // …unless it stands before the noun it modifies, unreported: a label (the “establishment” candidate, an “opt-out” movement).
  const voiced = () => fragment && lang !== 'de' && !(!reported && isModifier(text, span)) && personIn(context, masked.slice(from, span.start) + masked.slice(span.end, sentenceTo));
  // German names of bodies, laws and works run longer than three words: after an article, with no stop inside and no
  // speaker of their own ("hat die „Fédération Internationale de Football Association“, kurz FIFA, …").
  const longName = lang === 'de' && named && !spoken && !/:\s*$/u.test(leading) && isNounPhrase(inner);
  // “R” or “D”, a grade “A”: one letter in quotation marks is a letter named, whatever reports it.
  const letter = /^\p{L}$/u.test(bare);
  const accepted = words > 0 && !letter && !looksLikeTitle && !longName && !isCitation(text, span) && (words <= SHORT_WORDS ? (attributed || voiced()) && !oneName : attributed || ownSentence || fragment || lang !== 'de');
  return { span, attribution, attributedAfter, accepted };
}

/** Capitalised words, articles, prepositions and adjectives before their noun only: a name, no clause ("Rat für nationale Sicherheit"). */
function isNounPhrase(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[.!?]/gu) ?? [];
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:der|die|das|des|dem|den|ein|eine|für|zur|zum|und|von|vom|im|in|de|la|du|del|della|dello|di|el|los|le|les|y|et|of|and|the)$/u.test(w) || (/(?:e|en|er|es|em)$/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '')));
}

/** Words after a quotation that are no noun it could modify (with the mention stops): function words, pronouns, adverbs. */
const NOT_NOUN = /^(?:the|an?|for|of|nor|so|he|she|it|they|we|you|i|his|her|its|their|our|these|those|now|even|only|just|rather|instead|too|either|yet|here|there|more|less|all|any|some|each|\p{L}+ly)$/u;

/** An English quotation right before a lower-case noun, with no punctuation between: it modifies the noun. */
function isModifier(text: string, span: Span): boolean {
  if (/[.,;:!?…]\s*.$/u.test(text.slice(Math.max(span.start, span.end - 4), span.end))) return false;
  const next = text.slice(span.end, span.end + 30).match(/^[^\S\n]+(\p{Ll}[\p{L}'’\-]*)/u)?.[1];
  return next !== undefined && !NOT_NOUN.test(next) && !MENTION_STOP.has(next);
}

/** A personal or possessive pronoun, or a word of a name the text gives a person. */
const PERSONAL = /(?<![\p{L}\p{N}])(?:he|she|they|his|her|their|him|them|we|our|I)(?![\p{L}\p{N}])/iu;
const personIn = ({ resolver }: Context, stretch: string) => PERSONAL.test(stretch) || resolver.namesPerson(stretch);

/**
 * German capitalises nouns and names, so a mention ends at the first lower-case word after its noun, unless that
 * word opens a genitive or an apposition: "Die Menschenmenge skandierte" -> "Die Menschenmenge", "der Leiter des Amtes".
 */
function germanMentionEnd(text: string, start: number, end: number): number {
  let previous: RegExpMatchArray | null = null;
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|[„“”"()]/gu)) {
    const afterNoun = previous !== null && /^[\p{Lu}\p{N}]/u.test(previous[0]) && !/^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines)$/u.test(previous[0]);
    if (afterNoun && /^\p{Ll}/u.test(m[0]) && !/^(?:der|des|von|vom|aus|für|und|zur|zum|am|im)$/u.test(m[0])) return start + previous!.index! + previous![0].length;
    previous = m;
  }
  return end;
}

/** "Guns are “…” and “…,” Howard Dean, …, proclaimed.": a reporting clause after the last comma closes the sentence. */
function closingAttribution(masked: string, from: number, to: number, lang: string | null): Attribution | null {
  const tail = masked.slice(from, to);
  const comma = Math.max(...[', ', '” ', '" '].map((mark) => tail.lastIndexOf(mark)));
  const clause = comma >= 0 ? attributionAfter(masked, from + comma + 1, to, lang) : null;
  return clause?.speakerStart != null && clause.cueEnd != null && AFTER_ATTRIBUTION.test(masked.slice(clause.cueEnd, to)) ? clause : null;
}

/** "Caddell continued:" ending the paragraph before a quotation that stands on its own. */
function introducedBefore(masked: string, paragraphStart: number, lang: string | null): Attribution | null {
  let end = paragraphStart;
  while (end > 0 && /\s/u.test(masked[end - 1])) end--;
  const lineStart = masked.lastIndexOf('\n', end - 1) + 1;
  if (masked[end - 1] === '：') return attributionCjk(masked, lineStart, end, end, end);
  if (masked[end - 1] !== ':') return null;
  const tokens = tokenize(masked.slice(lineStart, end), lineStart);
  const sentenceFrom = tokens.filter((t) => /^[.!?]$/u.test(t.text)).pop()?.end ?? lineStart;
  const withCue = attributionBefore(masked, sentenceFrom, end, lang);
  return withCue?.speakerStart != null ? withCue : (attributionByColon(masked, sentenceFrom, end, lang) ?? withCue);
}

/**
 * A quotation signed on the next line ("“…”" / "- Bernie Sanders." / "—Michelle Marks, Philadelphia."), or after it on
 * its own line when the name ends the line ("“…” ― Sonya Herridge").
 */
function signatureAfter(masked: string, end: number): Attribution | null {
  const m = masked.slice(end, end + 120).match(/^[^\S\n]*[.!?]?[^\S\n]*(\n\s*)?[-–—―][^\S\n]*((?:\p{Lu}[\p{L}'’.\-]*[^\S\n]?){1,5})(?=[^\S\n]*(?:[,.]|\n|$))/u);
  if (!m || (!m[1] && !/^[^\S\n]*\.?[^\S\n]*(?:\n|$)/u.test(masked.slice(end + m[0].length, end + m[0].length + 20)))) return null;
  const speakerStart = end + m[0].length - m[2].length;
  // The full stop after the name ends the line ("- Sanders."); after an initial it is part of the name.
  const name = m[2].trimEnd().replace(/(\p{L}{2,})\.$/u, '$1');
  return { speakerStart, speakerEnd: speakerStart + name.length, cue: null, end };
}

/** A headline or lead-in "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve’": the name before the colon. */
function headlineSpeaker(masked: string, at: number): Attribution | null {
  // A lead-in name stands within a headline's length of its line start; a bounded look keeps run-on text linear.
  const from = Math.max(0, at - HEADLINE_CHARS);
  const lineStart = from + masked.slice(from, at).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0 && masked[from - 1] !== '\n') return null;
  const m = masked.slice(lineStart, at).match(/^((?:\p{Lu}[\p{L}'’.\-]*\s){0,3}\p{Lu}[\p{L}'’\-]*):\s/u);
  // "Europapolitik: Die SPD will … festhalten. „…“": a whole sentence after the colon makes it a label, not a speaker.
  if (!m || /[.!?]\s/u.test(masked.slice(lineStart + m[0].length, at))) return null;
  return { speakerStart: lineStart, speakerEnd: lineStart + m[1].length, cue: ':', end: at };
}

const startsParagraph = (text: string, at: number) => /(?:^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, at - 4), at));
const hasSpeaker = (c: Candidate | undefined): c is Candidate & { attribution: Attribution } => c?.attribution?.speakerStart != null;

/**
 * A quotation standing alone as a paragraph continues the speaker of the quotation just before it
 * ("…,” Carson continued. / “Even under …”), or else of the one right after it.
 */
function inheritSpeakers(context: Context, kept: Candidate[]): void {
  const { text } = context;
  // The speaker carries over; a verb of the quotation's own stays its cue ("Poi ha aggiunto: «…»").
  const inherit = (c: Candidate, from: Candidate & { attribution: Attribution }) => (c.attribution = { ...from.attribution, cue: c.attribution?.cue ?? from.attribution.cue, end: c.span.end });
  // Adjacent: no paragraph between the two that is not itself one of the quotations.
  const adjacent = (a: Candidate, b: Candidate) => !/\n[^\n]*\S[^\n]*\n/u.test(text.slice(a.span.end, b.span.start).replace(/\n\s*\n/gu, '\n'));
  const fromPrevious = () => {
    for (let k = 1; k < kept.length; k++) {
      const [a, c] = [kept[k - 1], kept[k]];
      if (!hasSpeaker(c) && hasSpeaker(a) && startsParagraph(text, c.span.start) && adjacent(a, c)) inherit(c, a);
    }
  };
  const fromNext = () => {
    for (let k = kept.length - 2; k >= 0; k--) {
      const [c, b] = [kept[k], kept[k + 1]];
      if (!hasSpeaker(c) && hasSpeaker(b) && startsParagraph(text, c.span.start) && startsParagraph(text, b.span.start) && adjacent(c, b)) inherit(c, b);
    }
  };
  fromPrevious();
  // "Carter said that … / “That’s because …”": a quotation paragraph with no quotation before it continues
  // the source named in the paragraph just before.
  for (const c of kept) {
    if (!hasSpeaker(c) && startsParagraph(text, c.span.start)) c.attribution = paragraphBeforeSource(context, c.span.start) ?? c.attribution;
  }
  fromPrevious();
  fromNext();
  // Anything still unattributed continues the speaker of the quotation before it, in its paragraph or the one before
  // (news quotes one source for a while; "… he said. / The plan was “unworkable” and “far too late.”").
  for (let k = 1; k < kept.length; k++) {
    const [a, c] = [kept[k - 1], kept[k]];
    if (!hasSpeaker(c) && hasSpeaker(a) && text.slice(a.span.end, c.span.start).split(/\n\s*\n/u).length <= 2) inherit(c, a);
  }
}

let lowerCaseWordsOf: { text: string; words: Set<string> } | null = null;

/** The words a text writes in lower case, read once per text (a paragraph check per quotation would rescan it). */
function lowerCaseWords(text: string): Set<string> {
  if (lowerCaseWordsOf?.text !== text) {
    lowerCaseWordsOf = { text, words: new Set(text.match(/(?<![\p{L}\p{N}_])\p{Ll}\p{L}*/gu) ?? []) };
  }
  return lowerCaseWordsOf.words;
}

/** The source of the paragraph right before a position: the reporting clause of its last sentence, else a name opening it. */
function paragraphBeforeSource({ text, masked, ends, lang }: Context, at: number): Attribution | null {
  let end = masked.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/u.test(masked[end - 1])) end--;
  if (end <= 0) return null;
  const paragraphStart = masked.lastIndexOf('\n', end - 1) + 1;
  const start = Math.max(paragraphStart, ends[countAtMost(ends, end - 2) - 1] ?? 0);
  const byCue = attributionBefore(masked, start, end, lang);
  if (byCue?.speakerStart != null && /^(?:\p{Lu}|(?:he|she|they|er|sie)\b)/u.test(masked.slice(byCue.speakerStart))) return { ...byCue, end: at, weak: true };
  // "Valastro praised Christie’s leadership …": a name, or he/she, then a verb; a capitalised common word ("Many
  // voters …") is no name: the text has it in lower case too.
  const lead = masked.slice(start, end).match(/^\s*((?:\p{Lu}[\p{L}'’\-]*\.?\s){0,3}\p{Lu}[\p{L}'’\-]+|He|She)\s+\p{Ll}/u);
  if (!lead) return null;
  const first = lead[1].split(/\s/u)[0].replace(/\.$/u, '');
  if (!/^(?:He|She)$/u.test(lead[1]) && lowerCaseWords(text).has(first.toLowerCase())) return null;
  const speakerStart = start + lead[0].indexOf(lead[1]);
  return { speakerStart, speakerEnd: speakerStart + lead[1].length, cue: null, end: at, weak: true };
}

/** The source named in the sentence before (same paragraph): by its reporting verb, else its subject. */
function previousSentenceSource(masked: string, from: number, ends: number[], lang: string | null): Attribution | null {
  // German reported speech runs on for sentences in the subjunctive: look back a few, within the paragraph.
  let sentenceEnd = from;
  for (let back = 0; back < (lang === 'de' ? 3 : 1); back++) {
    if (sentenceEnd === 0 || /\n\s*$/u.test(masked.slice(Math.max(0, sentenceEnd - 3), sentenceEnd))) return null;
    const start = ends[countAtMost(ends, sentenceEnd - 2) - 1] ?? 0;
    if (masked.slice(start, sentenceEnd).includes('\n')) return null;
    const byCue = attributionBefore(masked, start, sentenceEnd, lang);
    if (byCue?.speakerStart != null) return byCue;
    // In German the sentence before often has an object or adverbial first; its subject is a poor guess there.
    if (lang !== 'de') return sentenceSubject(masked, start, sentenceEnd);
    sentenceEnd = start;
  }
  return null;
}

/** A work cited, not a quotation: its author after it (“Sam leaves the show,” by Ann Lee) or its year (“No to the wall” (2009)). */
function isCitation(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 12);
  // The comma sets the author apart; without it "by" names the agent of a passive ("“anointed” by God").
  const byAuthor = /,\s*.$/u.test(text.slice(Math.max(span.start, span.end - 4), span.end)) || after.startsWith(',');
  // A title starts with a capital; a fragment in lower case before ", by" is speech and its agent ("the “ugliness of
  // utterances, largely undeserved,” by Trump").
  const title = /^\P{L}*\p{Lu}/u.test(text.slice(span.start + 1, span.end));
  return /^\s*\(\d{4}\)/u.test(after) || (byAuthor && title && /^,?\s*by\s+\p{Lu}/u.test(after));
}

/** Nouns for a work, whose title may stand beside them: the podcast “Here’s the Thing.”, her memoir, “Tough Choices.” */
const WORK_NOUN = /\b(?:show|podcast|film|movie|book|memoir|novel|song|album|series|sitcom|documentary|musical|play)s?,?\s*$/iu;

/**
 * A title set beside the noun for its work: words in title case (or one capitalised word) even with the full stop that
 * American style sets inside the mark. A sentence quoted from the work is no title ("in his book, “I like to be …”").
 */
function isWorkTitle(text: string, span: Span, bare: string): boolean {
  return WORK_NOUN.test(text.slice(Math.max(0, span.start - 20), span.start)) && (isTitleCase(bare) || /^\p{Lu}[\p{L}\p{N}\-]*$/u.test(bare));
}

/** Naming, not quoting: "the so-called „Tricolore“", "(„Bookmarks“)", "laut „Tagesspiegel“", "„Muslix64“". */
function isNaming(text: string, span: Span, bare: string): boolean {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const after = text.slice(span.end, span.end + 30);
  if (/(?:so\s?genannte[nmrs]?|so-called|genannt|nennt sich|nennen sich|known as|laut|von|zu|wie|,\s*(?:detto|detta|dit|dite)|surnommée?|soprannominat[oa]|apodad[oa]|nazywan[ya]|kallad)\s*$/iu.test(before)) return true;
  if (/^\s*(?:genannt|berichtet|berichtete|schreibt|schrieb|meldete|meldet)\b/u.test(after)) return true;
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
  return /^[\p{L}\-]*(?:\p{N}|\p{Ll}\p{Lu})[\p{L}\p{N}\-]*$/u.test(bare);
}

/** How many of the sorted numbers are at most the value (binary search). */
function countAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
