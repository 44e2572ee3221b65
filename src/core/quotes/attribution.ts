/** Who said a quotation: the speaker mention and the reporting word around the quoted stretch. */
import { MENTION_STOP, PHRASE_CUES, SOURCE_AFTER, SOURCE_BEFORE, isCue, isTitleAbbreviation } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

export interface Attribution {
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  /** Where the attribution clause ends (used to join a quotation interrupted by it). */
  end: number;
  /** Where the last word of the cue or mention after the quotation ends, when known. */
  cueEnd?: number | null;
  /** A guess (the subject of the sentence), not a reporting clause. */
  weak?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;
/** Words that may stand between a speaker and the reporting verb ("he also said", "Obama has said"). */
const AUX = new Set(
  `also has have had then later once would will now previously recently again repeatedly just further reportedly finally
  can could may might must should did does do only even still already hat habe hatte a ha avait había aveva poi ensuite y e`.split(/\s+/u),
);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)$/iu;
const DETERMINER = /^(?:the|a|an|der|die|das|des|dem|den|ein|eine|einer|eines|le|la|les|el|los|las|il|lo|un|une|una|uno)$/iu;
/** Objects of "told"/"said to" that are not the speaker ("told me", "told reporters"). */
const LISTENER = /^(?:me|us|him|her|them|reporters|journalists|cnn|abc|cbs|nbc|fox|msnbc|npr|politico|axios)$/iu;
/** Words that are a speaker on their own even in lower case. */
const PRONOUN = /^(?:i|he|she|we|they|it|you|er|sie|wir|ich|es|man|il|elle|ils|elles|on|él|ella|ellos|lui|lei|loro|han|hon|hun|hän)$/iu;
const MAX_MENTION = 9;
const OPEN_MARK = /^[„“"«»‚‘]$/u;
const CLOSE_MARK = /^[“”"»«‘’]$/u;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  return tokens;
}

/** A full stop that ends an abbreviation or initial, not a sentence ("Mr.", "J.", "Sen."). */
function isAbbreviationDot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i].text === '.' && prev?.word === true && prev.end === tokens[i].start && (/^\p{Lu}$/u.test(prev.text) || isTitleAbbreviation(prev.text.toLowerCase()) || /^(?:jr|sr|st|u\.s|no)$/iu.test(prev.text));
}

function isStop(token: Token): boolean {
  const lower = token.text.toLowerCase();
  // A capital letter is an initial ("George W. Bush"), never the Polish preposition "w". An Italian preposition
  // elided into its noun ("all’uscita") is one token with it.
  return (MENTION_STOP.has(lower) && !/^\p{Lu}$/u.test(token.text)) || DAYS.test(lower) || /^(?:all|dall|nell|sull)['’]/u.test(lower);
}

/** An adverb in -ly between a speaker and the verb ("he had publicly stated", "Clinton has increasingly decried"). */
const isAdverb = (word: string) => /^\p{Ll}{3,}ly$/u.test(word) && !/^(?:family|assembly|supply|rally|ally|anomaly|monopoly|homily|italy)$/u.test(word);

/** "Marine Le Pen", "Bruno Le Maire", "Ignazio La Russa": a capitalised article between two names is part of the name. */
const isParticle = (tokens: Token[], i: number) => /^L[ae]$/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && !DETERMINER.test(tokens[i - 1].text);

/** The speaker mention that ends right before tokens[cue] ("Eric Brewer, who worked on …, told"). */
function mentionBefore(tokens: Token[], cue: number, floor: number): [number, number] | null {
  let i = cue - 1;
  while (i >= floor && tokens[i].word && (AUX.has(tokens[i].text.toLowerCase()) || isAdverb(tokens[i].text))) i--;
  // An apposition or relative clause between commas: skip back to the comma that opens it.
  if (i >= floor && tokens[i].text === ',') {
    let k = i - 1;
    while (k >= floor && tokens[k].text !== ',' && i - k < 30) k--;
    if (k < floor || tokens[k].text !== ',') return null;
    // "Brewer, who worked …, told", "Adelson, 82, said": skip the apposition; "The mayor, Ruth Okafor, said": keep the name.
    const inside = tokens.slice(k + 1, i);
    const insideWords = inside.filter((t) => t.word);
    const isName = insideWords.length > 0 && insideWords.length <= 5 && insideWords.every((t) => /^\p{Lu}/u.test(t.text));
    // A description ("Twitter’s director of political advertising") has words in lower case.
    if (!isName && !inside.some((t) => /^[\p{Ll}\p{N}]/u.test(t.text))) return null;
    // "…, Clinton said, adding": a reporting clause of its own, not an apposition (unless a relative clause holds it).
    if (!isName && inside.some((t) => t.word && isCue(t.text.toLowerCase(), null)) && !inside.some((t) => /^(?:who|which|whose|that)$/u.test(t.text))) return null;
    if (isName) {
      const head = mentionBefore(tokens, k, floor);
      return head ? [head[0], i - 1] : [k + 1, i - 1];
    }
    i = k - 1;
    // "Sanders, meanwhile, who sits at zero endorsements, said": a sentence adverb set off before the apposition.
    if (i - 1 >= floor && /^(?:meanwhile|however|too|also|though|instead|likewise|nonetheless)$/u.test(tokens[i].text) && tokens[i - 1].text === ',') i -= 2;
  }
  const end = i;
  while (i >= floor && end - i < MAX_MENTION) {
    const token = tokens[i];
    // "Renate Schmidt (SPD)", "Bernie Sanders (I-Vt.)": a bracket right after a name belongs to the mention.
    if (token.text === ')' && i === end) {
      const open = tokens.slice(floor, i).map((t) => t.text).lastIndexOf('(');
      if (open >= 0 && i - (floor + open) <= 5) {
        i = floor + open - 1;
        continue;
      }
    }
    if (!token.word && !isAbbreviationDot(tokens, i)) break;
    // "Commuters interviewed at the pier said", "People familiar with the matter said": a phrase inside the mention.
    const innerPhrase = /^(?:at|with|from|near|in|on)$/u.test(token.text) && i < end && i - 1 >= floor && tokens[i - 1].word && !isStop(tokens[i - 1]) && /^\p{Ll}/u.test(tokens[i - 1].text) && end - i < MAX_MENTION - 2;
    if (token.word && isStop(token) && !DETERMINER.test(token.text) && !innerPhrase) break;
    // "Reyes said Okafor called …": a reporting verb ends the mention before the next one.
    if (token.word && i < end && /^(?:said|says|told|tells|wrote|writes)$/u.test(token.text)) break;

    if (token.word && DETERMINER.test(token.text) && !isParticle(tokens, i)) {
      // "Secretary of the Treasury", "Der Leiter des Programms der WHO": an article inside the mention.
      const prev = tokens[i - 1];
      const phrase = prev && /^(?:at|with|from|near|in|on)$/u.test(prev.text) && tokens[i - 2] && i - 2 >= floor && /^\p{Ll}/u.test(tokens[i - 2].text) && !isStop(tokens[i - 2]) && end - i < MAX_MENTION - 3;
      const inside = prev && i - 1 >= floor && prev.word && (phrase || /^(?:of|for)$/u.test(prev.text) || (/^(?:des|der)$/u.test(token.text) && /^\p{Lu}/u.test(prev.text) && !DETERMINER.test(prev.text)));
      i--;
      if (inside) continue;
      break;
    }
    i--;
  }
  const start = i + 1;
  if (start > end) return null;
  const words = tokens.slice(start, end + 1).filter((t) => t.word);
  // "Ramil Carr, 31, a … photographer, said": an age set off by commas is one more apposition before the name.
  if (words.every((t) => /^\d/u.test(t.text))) return tokens[start - 1]?.text === ',' && start - 1 > floor ? mentionBefore(tokens, start - 1, floor) : null;
  // "… and for saying", "who in 2010 said": a preposition, a number or an auxiliary names nobody.
  if (words.every((t) => /^\d/u.test(t.text) || (/^\p{Ll}/u.test(t.text) && (PREPOSITION.test(t.text) || AUX.has(t.text))))) return null;
  if (!words.some((t) => /^\p{Lu}/u.test(t.text) || PRONOUN.test(t.text) || !DETERMINER.test(t.text))) return null;
  return [start, end];
}

/**
 * "Mike Lee, who declared …", "the report, which warns …", "bottles that said …": the relative pronoun before the
 * verb is the mention at that place (its antecedent is the resolved name).
 */
function relativeBefore(tokens: Token[], cue: number, floor: number): [number, number] | null {
  let i = cue - 1;
  while (i > floor && tokens[i].word && (AUX.has(tokens[i].text) || isAdverb(tokens[i].text))) i--;
  const prev = tokens[i - 1];
  if (i <= floor || !/^(?:who|which|that|qui|che|quien|który|która)$/u.test(tokens[i].text)) return null;
  // "that" is a relative pronoun after a noun ("a message that said"), not after a verb ("said that").
  return tokens[i].text !== 'that' || (prev.word && /^\p{Ll}/u.test(prev.text) && !isStop(prev) && !isCue(prev.text, 'en')) ? [i, i] : null;
}

/** The speaker mention that starts right after tokens[cue] ("said Pompeo", "sagte der Minister"). */
/** Words between a German verb and its subject: "äußerte sich jedoch der Minister". */
const BETWEEN_VERB_AND_SUBJECT = /^(?:sich|jedoch|auch|zudem|außerdem|unterdessen|nun|dann|dazu|ebenfalls|bereits|noch|schon|gestern|heute|daraufhin|weiter|dabei|damals|zuletzt|später|zuerst|erstmals|erneut|am|im|man)$/u;

function mentionAfter(tokens: Token[], cue: number, ceiling: number, listenerFirst = true): [number, number] | null {
  let i = cue + 1;
  // "told reporters", "told CNN": the listener; but "according to CNN" names the source.
  if (i < ceiling && listenerFirst && LISTENER.test(tokens[i].text)) return null;
  while (i < ceiling && BETWEEN_VERB_AND_SUBJECT.test(tokens[i].text)) i++;
  const start = i;
  while (i < ceiling && i - start < MAX_MENTION) {
    const token = tokens[i];
    // "der Fraktionschef der Grünen, Jonas Weber:": a genitive after a noun, and a name in apposition.
    const genitive = i > start && /^(?:des|der|of)$/u.test(token.text) && /^\p{Lu}/u.test(tokens[i - 1].text);
    if (token.text === ',' && i > start && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      let k = i + 1;
      while (k < ceiling && tokens[k].word && /^\p{Lu}/u.test(tokens[k].text)) k++;
      if (k - i - 1 <= 4 && (k >= ceiling || !tokens[k].word)) return [start, k - 1];
      break;
    }
    // A name in quotation marks ("schrieb „Die Zeit“"), blanked in the masked text: its two marks.
    if (!token.word && OPEN_MARK.test(token.text) && CLOSE_MARK.test(tokens[i + 1]?.text ?? '') && i + 1 < ceiling) {
      i += 2;
      continue;
    }
    if (!token.word && !isAbbreviationDot(tokens, i)) break;
    // A capitalised word after the verb is a name even when it spells a function word ("said Will Doyle").
    const name = (/^\p{Lu}/u.test(token.text) && !DETERMINER.test(token.text) && !DAYS.test(token.text)) || isParticle(tokens, i);
    if (token.word && isStop(token) && !name && !(i === start && DETERMINER.test(token.text)) && !genitive) break;
    // A pronoun is the whole mention, but Italian "il" is also an article ("ha detto il ministro Giorgetti").
    if (i > start && PRONOUN.test(tokens[i - 1].text) && !DETERMINER.test(tokens[i - 1].text)) break;
    i++;
  }
  return i > start ? [start, i - 1] : null;
}

interface CueHit {
  /** Index of the first and last token of the cue. */
  first: number;
  last: number;
  text: string;
}

/** Reporting words among tokens[from..to), in text order. */
function findCues(tokens: Token[], from: number, to: number, lang: string | null, text: string): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    // French inversion ("explique-t-il"): the verb before the pronoun is the cue.
    const verb = lang === 'fr' ? t.text.replace(/(?:-t)?-(?:il|elle|ils|elles|on)$/u, '') : t.text;
    const lower = verb.toLowerCase();
    // A capitalised word inside a sentence is a name ("the United States"), not a verb; after an article or
    // a possessive it is a noun ("his promise", "a statement").
    if (/^\p{Lu}/u.test(t.text) && i > from && tokens[i - 1].word && lang !== 'de') continue;
    if (lang === 'en' && /^(?:the|a|an|his|her|its|their|our|my|your|this|that|.+['’]s)$/iu.test(tokens[i - 1]?.text ?? '')) continue;
    // "Comey cannot say that …", "she would not say whether …": a denied report attributes nothing.
    if (lang === 'en' && tokens.slice(Math.max(from, i - 2), i).some((p) => /^(?:not|never|cannot|.+n['’]t)$/iu.test(p.text))) continue;
    // "secretary of state", "in 11 states": the noun; the verb follows a modal or a pronoun ("will state") or leads its clause ("states that").
    const before = tokens[i - 1]?.text ?? '';
    if (lang === 'en' && /^states?$/u.test(lower) && !(AUX.has(before) || PRONOUN.test(before) || before === 'to' || (lower === 'states' && /^(?:that|[,:“"])$/u.test(tokens[i + 1]?.text ?? ',') && !/^(?:\d+|two|three|four|five|many|all|other|some|most|both|these|those)$/iu.test(before)))) continue;
    if (isCue(lower, lang) || SOURCE_BEFORE.test(lower) || (lower !== 'so' && SOURCE_AFTER.test(lower))) {
      hits.push({ first: i, last: i, text: verb });
    } else if (lower === 'so' && lang === 'de' && (tokens[i - 1]?.text === ',' || i === from) && /^(?:\p{Lu}|der|die|das|ein|eine)/u.test(tokens[i + 1]?.text ?? '')) {
      hits.push({ first: i, last: i, text: t.text });
    }
  }
  // Multi-word cues replace the single words they contain.
  const from0 = tokens[from]?.start ?? 0;
  const to0 = tokens[to - 1]?.end ?? 0;
  PHRASE_CUES.lastIndex = 0;
  for (const m of text.slice(from0, to0).matchAll(PHRASE_CUES)) {
    const s = from0 + m.index!;
    const e = s + m[0].length;
    const first = tokens.findIndex((t) => t.start === s);
    const last = tokens.findIndex((t) => t.end === e);
    if (first < 0 || last < 0) continue;
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].first >= first && hits[k].last <= last) hits.splice(k, 1);
    hits.push({ first, last, text: m[0] });
  }
  return hits.sort((a, b) => a.first - b.first);
}

/** French inversion written as one word with its verb ("a-t-il", "affirme-t-elle"): the pronoun after the hyphen speaks. */
const INVERTED_PRONOUN = /-(?:il|elle|ils|elles|on)$/u;

function attribution(tokens: Token[], span: [number, number] | null, cue: CueHit, end: number): Attribution {
  const inverted = span && span[0] === span[1] ? tokens[span[0]].text.match(INVERTED_PRONOUN) : null;
  return {
    speakerStart: span ? (inverted ? tokens[span[0]].end - inverted[0].length + 1 : tokens[span[0]].start) : null,
    speakerEnd: span ? tokens[span[1]].end : null,
    cue: cue.text,
    end,
    cueEnd: Math.max(tokens[cue.last].end, span ? tokens[span[1]].end : 0),
  };
}

/** Reporting verbs that take a clause ("said he would", "wrote that"): a mention after one starts what it reports. */
const REPORTS_CLAUSE = /^(?:said|says|say|told|tells|wrote|writes|noted|notes|added|adds)$/iu;

/** The source of a cue: after it ("according to X", "sagte X"), or before it ("X said", "X zufolge"). */
const PREPOSITION_DE = /^(?:in|im|auf|aus|vom|von|bei|beim)$/u;
const PREPOSITION = /^(?:across|amid|among|following|given|here|there|later|earlier|meanwhile|however|instead|even|still|yet|now|then|last|this|like|unlike|despite|although|though|since|if|because|speaking|writing|asked|in|on|at|with|by|from|for|to|of|about|after|before|during|while|when|as|im|am|auf|bei|beim|nach|vor|mit|laut|seit|zu|zur|zum|über|unter|für|gegen|durch|aus|von|vom|angesichts|trotz|wegen|während|gegenüber|neben|ohne|um|bis|ab|en|dans|sur|avec|por|con)$/iu;

/** The subject at the start of a sentence, after an opening adverbial ("In an interview, Trump …"). */
function subjectFollowedByComma(tokens: Token[], i: number, cue: number): boolean {
  let k = i;
  while (k < cue && tokens[k].word && /^\p{Lu}/u.test(tokens[k].text)) k++;
  return k > i && tokens[k]?.text === ',';
}

/**
 * A participle or adverb opening the sentence before its comma ("Horrified at the prospect, Ramos …", "Reached by
 * POLITICO, Bennett …"): the next word is in lower case, so it is no name ("Kelly said", "Manning, the aide, …").
 */
function participleOpener(tokens: Token[], i: number, cue: number): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(tokens[i].text) || !/^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  const comma = tokens.findIndex((t, k) => k > i && k < cue && t.text === ',');
  return comma > 0 && comma - i <= 12;
}

/** Words that open an English sentence before its subject without a comma ("Then he …", "This senator …"). */
const OPENING_WORD = /^(?:then|this|that|these|those|now|still|yet|here|there|later|earlier|even|instead|meanwhile|however|last)$/iu;

/** A time or sentence adverbial before a comma: "Hours later, she …", "Eight years ago, he …", "Likewise, a paper …". */
function timeOpener(tokens: Token[], i: number, cue: number): boolean {
  const comma = tokens.findIndex((t, k) => k > i && k < cue && t.text === ',');
  if (comma < 0 || comma - i > 5) return false;
  const last = tokens[comma - 1].text;
  return tokens.slice(i, comma).every((t) => t.word) && (/^(?:later|ago|earlier|afterward|afterwards|likewise|first|second|meanwhile|however|instead|overall|finally|still|today|yesterday|tonight|then|now|again|too|similarly|nonetheless|nevertheless|moreover|also)$/iu.test(last) || isAdverb(last.toLowerCase()));
}

function subjectOf(tokens: Token[], floor: number, cue: number): [number, number] | null {
  let i = floor;
  // A dateline is no subject: "WASHINGTON — Sen. Chuck Grassley …", "PHILADELPHIA, July 25 (UPI) — The committee …".
  if (/^\p{Lu}{3,}$/u.test(tokens[i]?.text ?? '')) {
    const dash = tokens.findIndex((t, k) => k > i && k < cue && k - i <= 12 && /^[—–-]$/u.test(t.text));
    if (dash > 0) i = dash + 1;
  }
  if (tokens[i] && (PREPOSITION.test(tokens[i].text) || /^(?:den|dem)$/iu.test(tokens[i].text) || participleOpener(tokens, i, cue) || timeOpener(tokens, i, cue))) {
    while (i < cue && tokens[i].text !== ',') i++;
    i++;
    // "On Thursday, after remaining neutral …, Warren appeared": a second adverbial after the first.
    if (i < cue && /^\p{Ll}/u.test(tokens[i].text) && PREPOSITION.test(tokens[i].text)) {
      const next = tokens.findIndex((t, k) => k > i && k < cue && t.text === ',');
      if (next > 0 && next - i <= 10) i = next + 1;
    }
    // "Speaking in Salem, New Hampshire, Trump went …": past a place that a comma follows.
    if (i < cue && subjectFollowedByComma(tokens, i, cue)) {
      let k = i;
      while (k < cue && tokens[k].text !== ',') k++;
      if (k + 1 < cue && /^\p{Lu}/u.test(tokens[k + 1].text)) i = k + 1;
    }
    // German without the comma: "In der ARD zeigt sich der Bundestrainer …" — the subject is the first
    // article after the verb.
    if (i > cue) {
      for (let k = floor + 2; k < cue; k++) {
        if (DETERMINER.test(tokens[k].text) && /^\p{Ll}/u.test(tokens[k - 1].text) && !PREPOSITION.test(tokens[k - 1].text)) return mentionAfter(tokens, k - 1, cue);
      }
      // "Then he turned to …", "This Trump doppelganger spoke …": a lone adverb or demonstrative, no comma after it.
      if (!OPENING_WORD.test(tokens[floor].text)) return null;
      i = floor + 1;
    }
    // "When Trump used the words, “…”": nothing after the clause but the quotation; the clause's subject speaks.
    if (i >= cue && /^(?:when|while|as|after|before|since|because|if|although|though)$/iu.test(tokens[floor].text)) i = floor + 1;
  }
  // Spanish "Y", Italian "E" (and) opening the sentence are no initials; a reporting verb before its subject ("…”,
  // sade hon och fortsatte:") is no part of it.
  while (i < cue && (!tokens[i].word || (isStop(tokens[i]) && !DETERMINER.test(tokens[i].text)) || /^[YE]$/u.test(tokens[i].text) || (i + 1 < cue && PRONOUN.test(tokens[i + 1].text) && isCue(tokens[i].text, null)))) i++;
  if (i >= cue) return null;
  const span = mentionAfter(tokens, i - 1, cue);
  if (!span || !tokens.slice(span[0], span[1] + 1).some((t) => /^\p{Lu}/u.test(t.text) || PRONOUN.test(t.text) || DETERMINER.test(t.text))) return null;
  // The subject ends where its verb starts: after a name ("Trump went …"), or at a verb form ("The senator told …").
  let end = span[0];
  if (/^\p{Lu}/u.test(tokens[end].text) && !DETERMINER.test(tokens[end].text)) {
    while (end < span[1] && (/^\p{Lu}/u.test(tokens[end + 1].text) || isAbbreviationDot(tokens, end + 1))) end++;
    return [span[0], end];
  }
  while (end < span[1] && !(end > span[0] && ((PAST_OR_PRESENT.test(tokens[end + 1].text) && tokens[end + 1].text.length > 3) || IRREGULAR_PAST.test(tokens[end + 1].text)))) end++;
  return [span[0], end];
}

/** Common irregular verbs in the past, where a subject ends ("the Rainmakers sang", "the crowd went"). */
const IRREGULAR_PAST = /^(?:sang|said|told|wrote|spoke|went|took|gave|made|came|saw|found|thought|began|ran|got|held|put|kept|left|felt|met|brought|stood|won|lost|led|became|knew|chose|drew|grew|threw|rose|fell|sent|spent|built|sold|paid|heard|meant|was|were|is|are|has|had|have)$/u;

/** Words that may open a German clause before its subject ("Auch die Ministerin sagte"). */
const CLAUSE_OPENER = /^(?:und|aber|doch|auch|selbst|sogar|dann|zudem|außerdem|jedoch|nun|daraufhin|inzwischen|unterdessen|indes|ebenso|ebenfalls|bereits|schon|noch|so)$/iu;
/** Subordinate clauses with the verb last and the subject first: "Wie der Minister am Dienstag erklärte, …". */
const VERB_LAST = /^(?:wie|nachdem|weil|während|dass|da)$/iu;

/**
 * German word order: the subject stands before the verb only at the head of its clause; after anything
 * else (an adverbial, an object) it follows the verb ("Als Begründung sagte ein Wissenschaftler").
 */
/** Words that fill the place before a German verb instead of the subject ("Dazu sagte der Minister"). */
const GERMAN_FRONT = /^(?:dazu|hier|damit|daraufhin|zudem|außerdem|heute|gestern|nun|dann|so|deshalb|daher|trotzdem|inzwischen|zuvor|später|bereits|erstmals|zuletzt|dabei|darin|darauf|dort|jetzt|anschließend|später|den|dem|einem|einer|diesen|diesem|seinen|seinem|ihren|ihrem)$/iu;

/** A capitalised adverb or adjective in front ("Relativierend fügt Gall hinzu", "Passend dazu warnte die Moderatorin"). */
const FRONTED_ADVERB = /^(?:\p{Lu}\p{Ll}{2,}(?:end|lich|isch|weise|mals|erhin|dings|falls)|Besonders|Warum|Zunächst|Gleichzeitig|Insbesondere|Ebenso)$/u;

function germanSource(tokens: Token[], cue: CueHit, floor: number, ceiling: number, before: [number, number] | null): [number, number] | null {
  let head = floor;
  for (let k = cue.first - 1; k > floor; k--) {
    if (tokens[k].text === ',' && !before) {
      head = k + 1;
      break;
    }
  }
  if (VERB_LAST.test(tokens[head]?.text ?? '')) return mentionAfter(tokens, head, cue.first);
  // "Die Sichtweise des Ministers, wonach es „…“ geben werde": the relative adverb is the local mention of the view.
  if (tokens[head - 1]?.text === ',' && tokens[head].text === 'wonach') return [head, head];
  while (head < cue.first && (!tokens[head].word || CLAUSE_OPENER.test(tokens[head].text))) head++;
  const first = tokens[head];
  // The verb stands second: what comes first is the subject, unless it is an adverbial or an object.
  const inverted = !first || head >= cue.first || PREPOSITION.test(first.text) || GERMAN_FRONT.test(first.text) || FRONTED_ADVERB.test(first.text) || (/^\p{Ll}/u.test(first.text) && !PRONOUN.test(first.text) && !DETERMINER.test(first.text));
  // Subject first; the mention right before a final verb is an object when other words of the same clause
  // come between ("Stoiber hatte besonders die Rolle der Parteivorsitzenden betont:").
  const objectBefore = before !== null && tokens.slice(head, before[0]).every((t) => t.text !== ',') && tokens.slice(head, before[0]).some((t) => t.word && /^\p{Ll}/u.test(t.text));
  // A pronoun or a nominative article right after the verb is its subject ("… bezeichnete er als …").
  // "… und verurteilte ihn als „…“": an object pronoun is never the speaker.
  const afterAny = mentionAfter(tokens, cue.last, ceiling);
  const after = afterAny && /^(?:ihn|ihm|ihnen|uns|mich|dich|euch)$/iu.test(tokens[afterAny[0]].text) ? null : afterAny;
  // After the verb: a pronoun, a nominative article, or a full name ("nannte Reinhard Jung") is the subject.
  const fullName = after !== null && after[1] > after[0] && tokens.slice(after[0], after[0] + 2).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/(?:ung|heit|keit|schaft|ion|tät|nis|ium|ment)$/u.test(t.text));
  // Not after a subject in front: "Der Geschäftsführer des BPI nannte sie „fahrlässig“" (sie is the object).
  // A name or pronoun in front is the subject as well; "der"/"dem" after its verb is then the listener ("Tourmanager
  // Michael Cohl sagte der US-Zeitschrift:", "Er sagte dem Sender").
  const nameFirst = !inverted && head === floor && before?.[0] === head && before[1] === cue.first - 1 && /^(?:\p{Lu}|er$|sie$)/u.test(first.text) && /^(?:der|dem)$/u.test(tokens[after?.[0] ?? -1]?.text ?? '');
  const subjectFirst = !inverted && head === floor && (DETERMINER.test(first.text) || nameFirst);
  // "Die Arbeit der Koalition lobte er …", "Die Anwendung stellte der Vorsitzende in Frage": a nominative after the verb
  // is its subject whatever stands first.
  const nominative = /^(?:er|der)$/u.test(tokens[after?.[0] ?? -1]?.text ?? '') && (tokens[after![0]].text === 'er' || /^(?:die|das|den|dem)$/iu.test(first.text));
  if (after && (nominative || (!subjectFirst && (/^(?:er|sie|der|ein)$/u.test(tokens[after[0]].text) || fullName)))) return after;
  if (!inverted) return (objectBefore ? subjectOf(tokens, head, cue.first) : null) ?? before ?? subjectOf(tokens, head, cue.first);
  // Otherwise the subject follows the verb, or the finite auxiliary when the verb comes last
  // ("Bereits im Dezember hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet:").
  const aux = tokens.findIndex((t, k) => k > head && k < cue.first && /^(?:hatte|hatten|hat|habe|hätte|ist|war|wird|wurde|sei|waren|sind)$/u.test(t.text));
  return after ?? (aux > 0 ? mentionAfter(tokens, aux, cue.first) : null) ?? subjectOf(tokens, floor, cue.first) ?? before;
}

function sourceOf(tokens: Token[], cue: CueHit, floor: number, ceiling: number, preferAfter: boolean, lang: string | null): [number, number] | null {
  // "nach Ansicht von X", "nach Auffassung des X": the source after its preposition or genitive article.
  if (SOURCE_AFTER.test(cue.text)) {
    const span = mentionAfter(tokens, /^(?:von|vom)$/u.test(tokens[cue.last + 1]?.text ?? '') ? cue.last + 1 : cue.last, ceiling, false);
    if (!span || !/^(?:według|zdaniem|enligt|ifølge)$/iu.test(cue.text)) return span;
    // Polish and the Scandinavian languages have no article and put the verb right after the source ("Enligt
    // ministern är reformen …"): the source is its first word and any name after it.
    let end = span[0];
    while (end < span[1] && /^\p{Lu}/u.test(tokens[end + 1].text)) end++;
    return [span[0], end];
  }
  // "explique-t-il": the pronoun joined to the verb speaks.
  if (INVERTED_PRONOUN.test(tokens[cue.first].text) && cue.text !== tokens[cue.first].text) return [cue.first, cue.first];
  // "heißt es in einer Erklärung der Partei", "hieß es vom Abgeordneten X": the source is the phrase after.
  // "In einer Erklärung … hatte es geheißen:", "Im letzten Satz der Anordnung, die …, heißt es:": the place named first in the clause.
  const itSays = /^(?:(?:heißt|hieß) es|es geheißen)$/iu.test(cue.text);
  const place = itSays ? [cue.last + 1, ...tokens.map((_, k) => k).filter((k) => k >= floor && k < cue.first)].find((k) => PREPOSITION_DE.test(tokens[k]?.text.toLowerCase() ?? '')) : undefined;
  if (place !== undefined) {
    const span = mentionAfter(tokens, place, ceiling);
    if (span) return span;
  }
  if (SOURCE_BEFORE.test(cue.text)) return mentionBefore(tokens, cue.first, floor);
  // "In dem Antrag heißt es wörtlich:": the place named before; "Im Kongress warb Obama … mit den Worten:": the verb's subject.
  if (itSays) return mentionBefore(tokens, cue.first, floor);
  if (/^mit den Worten$/iu.test(cue.text)) {
    // "Ein Sender zitierte Papandreou mit den Worten:": the one quoted speaks.
    const cites = tokens.findIndex((t, k) => k >= floor && k < cue.first - 1 && /^zitiert/u.test(t.text));
    return cites >= 0 ? [cites + 1, cue.first - 1] : (germanSubject(tokens, floor, cue.first) ?? mentionBefore(tokens, cue.first, floor));
  }
  // "…, Hillary Clinton’s right-hand woman rallied supporters, saying: “…”": a participle's source is the subject.
  if (/ing$/u.test(cue.text) && tokens[cue.first - 1]?.text === ',' && !preferAfter) return subjectOf(tokens, floor, cue.first);
  const relative = lang === 'de' ? null : relativeBefore(tokens, cue.first, floor);
  if (relative) return relative;
  // "Rubio was asked by moderator Gerard Baker", "described by organizers as …": the agent of a passive speaks.
  const agent = lang !== 'de' && /ed$/u.test(cue.text) && tokens[cue.last + 1]?.text === 'by' && !/ing$/u.test(tokens[cue.last + 2]?.text ?? '') ? mentionAfter(tokens, cue.last + 1, ceiling, false) : null;
  if (agent) return agent;
  const before = cue.first > floor ? mentionBefore(tokens, cue.first, floor) : null;
  if (lang === 'de' && !preferAfter) return germanSource(tokens, cue, floor, ceiling, before);
  // "„…“, zitiert Welt-Online den Minister": the one quoted (the object after the medium) speaks.
  if (lang === 'de' && /^zitiert/u.test(cue.text)) {
    const span = mentionAfter(tokens, cue.last, ceiling);
    const object = span ? tokens.findIndex((t, k) => k > span[0] && k <= span[1] && /^(?:den|die)$/u.test(t.text)) : -1;
    if (span && object > 0) return [object, span[1]];
  }
  // "Trump posted a message on Twitter reading “…”": a mention right after another verb is its object; the subject speaks.
  const prev = before ? tokens[before[0] - 1] : undefined;
  const object = before !== null && before[0] > floor && prev!.word && /^\p{Ll}/u.test(prev!.text) && !isStop(prev!) && !AUX.has(prev!.text) && !PREPOSITION.test(prev!.text) && !REPORTS_CLAUSE.test(prev!.text);
  if (before && !preferAfter && !object) return before;
  // German puts the subject after the verb when something else comes first ("Als Begründung sagte ein Wissenschaftler").
  if (preferAfter || lang === 'de' || cue.first === floor) return mentionAfter(tokens, cue.last, ceiling) ?? before ?? subjectOf(tokens, floor, cue.first);
  // "…, saying “…”", "Trump doubled down … and said the judge had “…”": the sentence's subject speaks.
  return subjectOf(tokens, floor, cue.first);
}

/**
 * The attribution right after a quotation, within its sentence: ", Eric Brewer, who …, told me.",
 * ", said Pompeo.", ", sagte er.", ", according to the newspaper."
 */
export function attributionAfter(text: string, from: number, to: number, lang: string | null): Attribution | null {
  const tokens = tokenize(text.slice(from, to), from);
  let i = 0;
  while (i < tokens.length && /^[,:–—-]$/u.test(tokens[i].text)) i++;
  if (i >= tokens.length || !tokens[i].word) return null;
  const cues = findCues(tokens, i, Math.min(tokens.length, i + 30), lang, text);
  const cue = cues[0] ?? unlistedCue(tokens, i, lang);
  if (!cue) return null;
  // "“…”, wie Hoyzer von Spiegel-Online zitiert wird", "“…,” as Trump put it": the subject follows "wie"/"as".
  for (let w = i; w < Math.min(tokens.length, i + 20); w++) {
    if (!/^(?:wie|as)$/iu.test(tokens[w].text) || (w > i && tokens[w - 1].text !== ',')) continue;
    const asCue = cues.find((c) => c.first > w + 1 && c.first - w <= 9);
    const span = asCue ? mentionAfter(tokens, w, asCue.first) : null;
    if (asCue && span) return attribution(tokens, span, asCue, to);
  }
  // "…, a déclaré X", "…, ha dicho X": an auxiliary before the verb still puts the cue first.
  let j = i;
  while (j < cue.first && AUX.has(tokens[j].text.toLowerCase())) j++;
  if (cue.first === j) {
    const span = sourceOf(tokens, cue, j, tokens.length, true, lang);
    return attribution(tokens, span, cue, to);
  }
  // The words between the quotation and the cue must all be the mention (and its apposition, which may hold a
  // verb of its own: "Warren, who has not endorsed a candidate, told reporters").
  for (const c of cues.length ? cues : [cue]) {
    const span = mentionBefore(tokens, c.first, i);
    if (span && span[0] === i) return attribution(tokens, span, c, to);
  }
  // A partial quotation inside the sentence: "… „…“ beenden, so Rice." / "“…” about it, said Jane Doe."
  // "“…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": several commas; the name leads.
  if (tokens[cue.first - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[i].text) && !isStop(tokens[i])) {
    const lead = mentionAfter(tokens, i - 1, cue.first);
    if (lead) return attribution(tokens, lead, cue, to);
  }
  const leading = leadingMention(tokens, i, cue);
  if (leading) return attribution(tokens, leading, cue, to);
  const late = cues.find((c) => tokens[c.first - 1]?.text === ',' && !SOURCE_BEFORE.test(c.text));
  const lateSpan = late ? mentionAfter(tokens, late.last, tokens.length) : null;
  if (late && lateSpan) return attribution(tokens, lateSpan, late, to);
  // "“…” by the United States, NATO and others, Clinton said": a clause after a comma, later in the sentence.
  for (const c of cues) {
    const m = mentionBefore(tokens, c.first, i);
    if (m && tokens[m[0] - 1]?.text === ',' && m[1] === c.first - 1) return attribution(tokens, m, c, to);
  }
  // "… sei, hatte Koch-Mehrin damals gesagt": the subject after the auxiliary, the participle last.
  const aux = tokens.findIndex((t, k) => k >= i && tokens[k - 1]?.text === ',' && /^(?:hatte|hat|habe|hätte|wurde|wird|had|has)$/u.test(t.text));
  const auxCue = aux > 0 ? cues.find((c) => c.first > aux + 1 && c.first - aux <= 8) : undefined;
  const auxSpan = auxCue ? mentionAfter(tokens, aux, auxCue.first) : null;
  return auxCue && auxSpan ? attribution(tokens, auxSpan, auxCue, to) : null;
}

/** "…, the Orlando Sentinel reported." / "…, reports USA Today.": an outlet reporting the sentence at its end. */
const REPORTED_BY = /[,”"’]\s+(?:((?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’.\-]*\s+){1,5})(?:first\s+)?reported|report(?:s|ed)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.\-]*){0,4}))\b[^,]*$/u;

/**
 * The report that a sentence names as its source ("…,” Sanders said, according to CNN.", "According to GMA News,
 * Salceda said …", "…, CNN reported."): the news corpus gives the quotation to the report, not to the one quoted.
 */
export function reportingSource(text: string, from: number, to: number, at: number, lang: string | null): Attribution | null {
  const tokens = tokenize(text.slice(from, to), from);
  // The nearest before the quotation, else the first after it ("dem Bericht zufolge", "nach Darstellung des Verlages").
  const sources = findCues(tokens, 0, tokens.length, lang, text).filter((c) => c.text !== 'so' && (SOURCE_AFTER.test(c.text) || SOURCE_BEFORE.test(c.text)));
  // German names its press source after the one quoted ("sagte Raab laut Spiegel Online"); that one still speaks.
  const cue = sources.filter((c) => tokens[c.first].start < at).pop() ?? (lang === 'de' ? undefined : sources[0]);
  const span = cue ? sourceOf(tokens, cue, 0, tokens.length, false, lang) : null;
  if (span && cue) return attribution(tokens, span, cue, to);
  if (lang !== 'en') return null;
  const m = text.slice(from, to).trimEnd().replace(/[.!?]$/u, '').match(REPORTED_BY);
  const name = m?.[1]?.trimEnd() ?? m?.[2];
  if (!m || !name) return null;
  const speakerStart = from + m.index! + m[0].indexOf(name);
  return { speakerStart, speakerEnd: speakerStart + name.length, cue: 'reported', end: to };
}

/** Words that may stand inside a long mention ("the senator and candidate", "experts of the Institute for Science"). */
const MENTION_GLUE = /^(?:and|of|for|at|from|in|on|with|the|a|an)$/u;

/**
 * “…,” the Florida senator and Republican presidential candidate said / Senate Minority Leader Harry M. Reid (D-Nev.)
 * said: a mention too long or too joined for mentionBefore, filling the whole clause from the quotation to its verb.
 */
function leadingMention(tokens: Token[], i: number, cue: CueHit): [number, number] | null {
  if (cue.first - i > 16 || !/^(?:\p{Lu}|the$|an?$|this$|his$|her$|their$|its$|our$)/u.test(tokens[i].text) || isStop(tokens[i])) return null;
  let end = cue.first - 1;
  while (end > i && tokens[end].word && (AUX.has(tokens[end].text.toLowerCase()) || isAdverb(tokens[end].text))) end--;
  const inside = tokens.slice(i, end + 1);
  const fits = inside.every((t) => (t.word ? !isStop(t) || MENTION_GLUE.test(t.text) : /^[().\-&]$/u.test(t.text)));
  return fits && end >= i ? [i, end] : null;
}

/**
 * The attribution before a quotation in its sentence: "X said: “…”", "According to X, “…”", and the
 * reporting clause of a partial quotation ("Morris says the campaign will “compete vigorously.”").
 */
export function attributionBefore(text: string, from: number, to: number, lang: string | null): Attribution | null {
  const tokens = tokenize(text.slice(from, to), from);
  const cues = findCues(tokens, 0, tokens.length, lang, text);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k];
    const span = sourceOf(tokens, cue, 0, tokens.length, false, lang);
    if (!span) continue;
    // "Israel said Clinton called on members to be “…”": a verb inside what a reporting verb before it reports
    // belongs to that report; its speaker is the one who said it (not across a comma, a quotation or a subordinate clause).
    for (let j = 0; j < k && lang === 'en'; j++) {
      const outer = cues[j];
      if (!REPORTS_CLAUSE.test(outer.text) || span[0] <= outer.last || SOURCE_AFTER.test(cue.text)) continue;
      const between = tokens.slice(outer.last + 1, cue.first);
      if (between.some((t) => /^(?:[;,"“”]|as|when|though|although|while|whereas|because|after|before|if|which)$/iu.test(t.text))) continue;
      const outerSpan = sourceOf(tokens, outer, 0, tokens.length, false, lang);
      if (outerSpan) return attribution(tokens, outerSpan, outer, to);
    }
    return attribution(tokens, span, cue, to);
  }
  const last = cues[cues.length - 1];
  return last ? attribution(tokens, null, last, to) : null;
}

const PAST_OR_PRESENT = /^\p{Ll}+(?:ed|s)$/u;

/**
 * A reporting verb missing from the lists, known by its place right after the quotation: “…!” beamed
 * Donald Hartley / “…,” Hartley beamed / „…“, erinnerte sich Trotnow.
 */
function unlistedCue(tokens: Token[], i: number, lang: string | null): CueHit | null {
  const first = tokens[i];
  const verbFirst = /^\p{Ll}/u.test(first.text) && !isStop(first) && !PRONOUN.test(first.text) && !DETERMINER.test(first.text);
  if (verbFirst && (lang === 'de' || PAST_OR_PRESENT.test(first.text)) && /^[\p{Lu}]/u.test(tokens[i + 1]?.text ?? '') ) {
    return { first: i, last: i, text: first.text };
  }
  if (verbFirst && lang === 'de' && tokens[i + 1]?.text === 'sich') return { first: i, last: i + 1, text: `${first.text} sich` };
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k];
    if (!t.word) break;
    const next = tokens[k + 1];
    const clauseEnds = !next || !next.word || isStop(next);
    if (PAST_OR_PRESENT.test(t.text) && lang !== 'de' && clauseEnds && (/^\p{Lu}/u.test(first.text) || PRONOUN.test(first.text) || DETERMINER.test(first.text))) {
      return { first: k, last: k, text: t.text };
    }
  }
  return null;
}

/** "Der 23-jährige Sportler gab bekannt: „…“": a colon introduces the quotation; the subject speaks. */
export function attributionByColon(text: string, from: number, to: number, lang: string | null): Attribution | null {
  const tokens = tokenize(text.slice(from, to), from);
  const colon = tokens.length - 1;
  if (colon < 1 || tokens[colon].text !== ':' || !tokens[colon - 1].word) return null;
  const named = lang !== 'de' && /^\p{Lu}/u.test(tokens[colon - 1].text);
  const span = named ? mentionBefore(tokens, colon, 0) : (lang === 'de' ? germanSubject(tokens, 0, colon) : null) ?? subjectOf(tokens, 0, colon - 1);
  // German: the finite verb is the cue ("äußerte sich … zuversichtlich:"), not the word before the colon.
  const verb = lang === 'de' ? germanVerb(tokens, 0, colon) : -1;
  const cue = verb > 0 ? verb : colon - 1;
  return attribution(tokens, span, { first: cue, last: cue, text: named ? ':' : tokens[cue].text }, to);
}

/**
 * A German word inside a noun phrase, not a verb: a possessive or demonstrative ("seiner Pressemitteilung"), a word
 * after an article ("der dortigen"), or an adjective ending before its noun ("verbliebenen Flüchtlingen").
 */
function isGermanAttributive(tokens: Token[], k: number): boolean {
  const word = tokens[k].text;
  if (/^(?:sein|ihr|unser|euer|mein|dein|dies|jen|jed|manch|solch|welch)(?:e|en|em|er|es)?$/u.test(word)) return true;
  if (DETERMINER.test(tokens[k - 1]?.text ?? '') || /^(?:sein|ihr|unser|dies)(?:e|en|em|er|es)?$/iu.test(tokens[k - 1]?.text ?? '')) return true;
  return /(?:e|en|er|es|em)$/u.test(word) && !/(?:te|ten)$/u.test(word) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '');
}

/** The finite verb of a German clause: its first lower-case word that is no article, preposition, pronoun or attribute. */
const germanVerb = (tokens: Token[], floor: number, to: number) =>
  tokens.findIndex((t, k) => k > floor && k < to && t.word && /^\p{Ll}/u.test(t.text) && (!isStop(t) || /^(?:hatte|hat|habe|war|ist)$/u.test(t.text)) && !DETERMINER.test(t.text) && !PREPOSITION.test(t.text) && !PRONOUN.test(t.text) && !CLAUSE_OPENER.test(t.text) && !isGermanAttributive(tokens, k));

/** German "Dabei griff sie … an": the finite verb stands second, its subject after it when something else comes first. */
function germanSubject(tokens: Token[], floor: number, to: number): [number, number] | null {
  const verb = germanVerb(tokens, floor, to);
  return verb > 0 ? germanSource(tokens, { first: verb, last: verb, text: tokens[verb].text }, floor, to, mentionBefore(tokens, verb, floor)) : null;
}

/** Japanese and Chinese reporting verbs, ending their clause (述べた。, 述べ、, 说，). */
const CJK_VERB = '(述べた?|(?:語|言)った|語り|(?:話|説明|強調|指摘|明らかに|主張)した|付け加えた|说|說|表示|称|稱|指出|强调|強調)(?=[。、，,：:！？\\s」]|$)';
/** The speaker after the quotation, before its verb: 」と首相は述べた, ”习近平说. */
const CJK_AFTER = new RegExp(`^(?:と|、|，)?(?:([^\\s。、，,「」『』“”‘’はが]{1,12}?)(?:[はが][^\\s。「」『』“”]{0,12}?)?)?${CJK_VERB}`, 'u');
const CJK_TOPIC = /([^\s。、，「」『』“”‘’]{1,12}?)(は|が|说|說|表示|称|稱)[、，：:]?$/u;
/** The topic or subject opening the sentence: 岸田首相は記者団に対し「…」, 李强表示，中国经济“…”. */
const CJK_OPENING = /^([^\s。、，「」『』“”‘’]{1,12}?)(は|が|(?:说|說|表示|称|稱)(?=[，、：:]))/u;

/** Japanese and Chinese: 首相は「…」と述べた / 「…」と首相は述べた / 他说「…」 / “…，”他说，“…”: the speaker before or after, the verb after. */
export function attributionCjk(text: string, from: number, start: number, end: number, to: number): Attribution | null {
  const after = text.slice(end, to).match(CJK_AFTER);
  const clause = text.slice(from, start);
  // lastIndexOf, not an end-anchored search: that would rescan the clause from each of its characters.
  const sentenceStart = from + 1 + Math.max(...[...'。！？\n'].map((stop) => clause.lastIndexOf(stop)));
  const opening = text.slice(sentenceStart, start).match(CJK_OPENING);
  const topic = clause.match(CJK_TOPIC);
  if (after?.[1]) {
    const speakerStart = end + after[0].indexOf(after[1]);
    return { speakerStart, speakerEnd: speakerStart + after[1].length, cue: after[2], end: to, cueEnd: end + after[0].length };
  }
  if (!after && !topic && !opening) return null;
  const speakerStart = topic ? start - topic[0].length : opening ? sentenceStart : null;
  const speaker = topic ?? opening;
  const verbBefore = speaker && !/^[はが]$/u.test(speaker[2]) ? speaker[2] : null;
  return { speakerStart, speakerEnd: speaker ? speakerStart! + speaker[1].length : null, cue: after?.[2] ?? verbBefore, end: to };
}

/** The subject of the sentence before a quotation, and the verb after it as the cue when it looks like one. */
export function sentenceSubject(text: string, from: number, to: number, lang: string | null = null): Attribution | null {
  const tokens = tokenize(text.slice(from, to), from);
  const span = (lang === 'de' ? germanSubject(tokens, 0, tokens.length) : null) ?? subjectOf(tokens, 0, tokens.length);
  if (!span) return null;
  let v = span[1] + 1;
  while (v < tokens.length && AUX.has(tokens[v].text.toLowerCase())) v++;
  const verb = tokens[v];
  const cue = verb && PAST_OR_PRESENT.test(verb.text) ? verb.text : null;
  return { speakerStart: tokens[span[0]].start, speakerEnd: tokens[span[1]].end, cue, end: to };
}
