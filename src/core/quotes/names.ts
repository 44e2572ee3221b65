/** Resolving a speaker mention to a name: "Brewer" -> "Eric Brewer", "he" -> the last fitting person. */
import { PRONOUNS, TITLE_WORDS, UNRESOLVED_PRONOUNS } from './lexicon';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)$/u;
/** Runs of capitalised words, with an optional middle initial ("Hillary Rodham Clinton", "George W. Bush"). */
const NAME_RUN = /\p{Lu}[\p{L}'’\-]+(?:[^\S\n]+(?:\p{Lu}\.[^\S\n]+)?\p{Lu}[\p{L}'’\-]+)+/gu;
/** Words in a capitalised run that make it an organisation or place, not a person. */
const NOT_PERSON = /^(?:Says|Convention|Campaign|Administration|Commission|Organization|Federation|Fund|Project|Alliance|Coalition|Board|Service|Force|Army|Police|Review|Magazine|Radio|Television|Channel|Daily|Herald|Tribune|Globe|Gazette|Guardian|Telegraph|News|Times|Post|Journal|Party|Council|Committee|House|Department|Ministry|Agency|Office|Court|Senate|Congress|Union|States|Kingdom|Korea|America|Street|Center|Centre|Institute|University|Foundation|Association|Group|Company|Inc|Corp|Bank|Press|Network|Club|City|County|Republic|Democrats|Republicans|Zeitung|Ministerium|Partei|Regierung|Bundestag|Verband|Gericht|York|Jersey|Hampshire|Carolina|Dakota|Mexico|Zealand|Angeles|Francisco|Diego|Orleans|Vegas|Island)$/u;

/**
 * German compound roles before a name ("Ministerpräsident", "CDU-Fraktionschef", "Bundesinnenministerin", Swiss
 * "Bundesrätin"), and the Finnish "Pääministeri".
 */
const GERMAN_ROLE = /(?:\p{Ll}(?:präsident|minister|kanzler|chef|sprecher|vorsitzende|sekretär|leiter|führer|direktor|trainer|kommissar|beauftragte)|\p{Ll}[stle]r[aä]t)(?:in|r|n|i)?$/u;
const GERMAN_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einer|eines)$/iu;
const stripPossessive = (word: string) => word.replace(/['’]s?$/u, '');
/** Words capitalised only for opening a sentence before a name ("Then John Smith took the stage"). */
const SENTENCE_OPENER = /^(?:Then|But|And|So|Now|When|After|Before|Later|Meanwhile|However|If|As|While|Yesterday|Today|Laut|Selon|Según|Secondo|Według|Zdaniem|Enligt|Ifølge)$/u;
/** A surname after a title ("Mr. Obama"): a person, though one word, and the title tells the gender. */
const TITLED_SURNAME = /\b(?:(Mr|Herr)|Mrs|Ms|Miss|Frau)\.?[^\S\n]+(\p{Lu}[\p{L}'’\-]+)(?![\p{L}'’\-]|[^\S\n]+\p{Lu})/gu;

/** The name words of a mention without leading titles and articles ("Spokeswoman Haley Morris" -> "Haley Morris"). */
export function nameOf(mention: string): string | null {
  const words = mention.split(/\s+/u).map(stripPossessive).filter(Boolean);
  let end = words.length;
  while (end > 0 && !NAME_WORD.test(words[end - 1])) end--;
  let start = end;
  while (start > 0 && NAME_WORD.test(words[start - 1]) && !TITLE_WORDS.has(words[start - 1].toLowerCase().replace(/\.$/u, '')) && !GERMAN_ROLE.test(words[start - 1]) && !SENTENCE_OPENER.test(words[start - 1])) start--;
  // German: the noun right after an article is a role ("die Baudezernentin Petra Lindner"), not a name.
  if (start > 0 && GERMAN_ARTICLE.test(words[start - 1]) && end - start > 1) start++;
  // "il presidente del Consiglio Giorgia Meloni", "della Cgil Maurizio Landini": the body a role belongs to runs into
  // the name; the name is its last two words. Not after English "of" or "the": "of George W. Bush".
  if (start > 0 && /^(?:del|della|dello|dei|degli|delle|de|du|des|di|do|da)$/u.test(words[start - 1]) && end - start > 2) start = end - 2;
  // "Commuters interviewed at the pier", "Clinton aides": a capital at the head of a description is no name.
  if (end - start === 1 && start === 0 && end < words.length && /^\p{Ll}/u.test(words[end])) return null;
  // "der Verwaltung": German capitalises every noun; one noun after an article describes, it does not name.
  if (end - start === 1 && start > 0 && GERMAN_ARTICLE.test(words[start - 1])) return null;
  return start < end ? words.slice(start, end).join(' ') : null;
}

export interface Person {
  name: string;
  /** Where it is mentioned (for "the last fitting person"). */
  at: number;
  gender: 'm' | 'f' | 'x';
}

const isPerson = (name: string) => !name.split(' ').some((w) => NOT_PERSON.test(w));

/** The names of people mentioned in a text, in order, without titles. */
export function peopleIn(text: string): Person[] {
  const people: Person[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // With the word before the run, which may show that the run begins with a body, not the name ("della Cgil …").
    const name = nameOf(`${text.slice(Math.max(0, m.index! - 8), m.index!).match(/(\S*)\s$/u)?.[1] ?? ''} ${m[0]}`);
    if (!name || !name.includes(' ') || !isPerson(name)) continue;
    const before = text.slice(Math.max(0, m.index! - 6), m.index! + m[0].length - name.length);
    const gender = /\b(?:Mr|Herr)\.?\s/u.test(before) ? 'm' : /\b(?:Mrs|Ms|Miss|Frau)\.?\s/u.test(before) ? 'f' : 'x';
    people.push({ name, at: m.index! + m[0].length - name.length, gender });
  }
  for (const m of text.matchAll(TITLED_SURNAME)) people.push({ name: m[2], at: m.index! + m[0].length - m[2].length, gender: m[1] ? 'm' : 'f' });
  return people.sort((a, b) => a.at - b.at);
}

/** The last item before a position that fits, walking back from the nearest (items are in text order). */
function lastBefore(items: Person[], at: number, fits: (p: Person) => boolean): Person | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) if (fits(items[k])) return items[k];
  return undefined;
}

export class Resolver {
  private readonly people: Person[];
  /** Full names by their last word, as first spelled out in the text ("Brewer" -> "Eric Brewer"). */
  private readonly bySurname = new Map<string, Person>();
  private readonly byName = new Map<string, Person>();
  /** Every word of the people's names ("Eric", "Brewer"), to tell a person in a sentence. */
  private readonly nameWords = new Set<string>();
  /** Speakers already resolved, with their position, so a pronoun prefers the people who speak. */
  private readonly speakers: Person[] = [];

  constructor(private readonly text: string) {
    this.people = peopleIn(text);
    for (const person of this.people) {
      const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, person);
      if (!this.byName.has(person.name)) this.byName.set(person.name, person);
      for (const word of person.name.split(' ')) this.nameWords.add(word);
    }
  }

  /** Whether a stretch of text names one of the people of the text ("Sanders’s promise", "Hillary Clinton"). */
  namesPerson(stretch: string): boolean {
    return (stretch.match(/\p{Lu}[\p{L}'’\-]+/gu) ?? []).some((word) => this.nameWords.has(stripPossessive(word)));
  }

  /** Resolve mentions in text order: a pronoun looks back at the people named and the speakers resolved so far. */
  resolve(mention: string, at: number): string | null {
    const lower = mention.toLowerCase();
    if (UNRESOLVED_PRONOUNS.has(lower)) return null;
    // "Mike Lee, who declared": a relative pronoun stands for the name right before it, or the description
    // ("the city report, which warned").
    if (lower === 'wonach') {
      // German capitalises every noun, so the view's noun phrase is taken from its article, never as a name.
      return this.text.slice(Math.max(0, at - 80), at).match(/\b((?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e[rsmn]?)?) (?:[\p{L}'’\-]+ ){0,3}[\p{L}'’\-]+),? $/u)?.[1] ?? null;
    }
    if (/^(?:who|which|that|qui|che|quien|który|która)$/u.test(mention)) {
      const before = this.text.slice(Math.max(0, at - 80), at);
      const antecedent = before.match(/((?:\p{Lu}[\p{L}'’.\-]*\s+)*\p{Lu}[\p{L}'’\-]*),?\s+$/u);
      return antecedent ? this.resolve(antecedent[1], at - antecedent[0].length) : (before.match(/\b((?:the|a|an) (?:[\p{L}'’\-]+ ){0,3}[\p{L}'’\-]+),? $/u)?.[1] ?? null);
    }
    const gender = PRONOUNS[lower];
    if (gender) return this.lastPerson(at, gender);
    const name = nameOf(mention);
    if (!name) return null;
    const resolved = name.includes(' ') ? name : (this.bySurname.get(name)?.name ?? name);
    const speaker = { name: resolved, at, gender: this.byName.get(resolved)?.gender ?? 'x' };
    if (!this.speakers.length || this.speakers[this.speakers.length - 1].at <= at) this.speakers.push(speaker);
    return resolved;
  }

  /** The person last named before a pronoun whose gender does not contradict it. */
  private lastPerson(at: number, gender: 'm' | 'f' | 'x'): string | null {
    const fits = (p: Person) => (gender === 'x' || p.gender === 'x' || p.gender === gender) && isPerson(p.name);
    const speaker = lastBefore(this.speakers, at, fits);
    const person = lastBefore(this.people, at, fits);
    const best = speaker && (!person || speaker.at >= person.at) ? speaker : person;
    if (!best) return null;
    if (gender !== 'x') best.gender = gender;
    return best.name;
  }
}
