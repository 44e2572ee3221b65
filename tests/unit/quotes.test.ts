import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index';
import type { Quote } from '../../src/core/types';

const SEED = join(import.meta.dirname, '../../../shared/seed/000_aec7213c8a94c011.txt');

/** The quoted stretch as written, marks included. */
const written = (text: string, q: Quote) => text.slice(q.start, q.end);
const speakerAt = (text: string, q: Quote) => (q.speakerStart === null ? null : text.slice(q.speakerStart, q.speakerEnd!));

describe('findQuotes on the seed page', () => {
  const text = readFileSync(SEED, 'utf8');
  const quotes = findQuotes(text, { lang: 'en' });

  it('finds the two Eric Brewer quotations and nothing in the clutter', () => {
    expect(quotes).toHaveLength(2);
    expect(quotes.every((q) => q.speakerName === 'Eric Brewer')).toBe(true);
    expect(quotes.some((q) => q.text.includes('Enter'))).toBe(false);
  });

  it('gives the first quotation with its speaker as written and the cue', () => {
    const [first] = quotes;
    expect(written(text, first)).toMatch(/^“Despite US optimism, .* nuclear and missile programs,”$/u);
    expect(first.speaker).toBe('Eric Brewer');
    expect(speakerAt(text, first)).toBe('Eric Brewer');
    expect(first.cue).toBe('told');
    expect(first.segments).toBeUndefined();
  });

  it('keeps the second quotation, interrupted by its attribution, as one quote in two segments', () => {
    const second = quotes[1];
    expect(second.segments).toHaveLength(2);
    const [a, b] = second.segments!;
    expect(text.slice(a.start, a.end)).toBe('“The US needs to disabuse Kim that he can hold out for the summit,”');
    expect(text.slice(b.start, b.end)).toMatch(/^“The US should not hold a summit .* no pageantry without process\.”$/u);
    expect(second.start).toBe(a.start);
    expect(second.end).toBe(b.end);
    expect(second.speaker).toBe('Brewer');
    expect(speakerAt(text, second)).toBe('Brewer');
    expect(second.speakerName).toBe('Eric Brewer');
  });
});

describe('findQuotes: what is a quotation', () => {
  it('finds a partial quotation inside a sentence', () => {
    const text = 'Senator Jane Hollis said the nominee "is dogged, resilient" and deserves a vote.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(written(text, q)).toBe('"is dogged, resilient"');
    expect(q.text).toBe('is dogged, resilient');
    expect(q.speaker).toBe('Senator Jane Hollis');
    expect(q.speakerName).toBe('Jane Hollis');
  });

  it('joins a quotation over several paragraphs (opening mark at each, closing at the end)', () => {
    const text = [
      'The mayor, Ruth Okafor, said:',
      '“We will open the new bridge in spring. The work is ahead of schedule.',
      '“Nobody expected the river to stay this low for so long.',
      '“We were lucky, and we used the luck well.”',
      'The council meets on Monday.',
    ].join('\n\n');
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes).toHaveLength(1);
    const [q] = quotes;
    expect(text.slice(q.start, q.end).startsWith('“We will open')).toBe(true);
    expect(text.slice(q.start, q.end).endsWith('used the luck well.”')).toBe(true);
    expect(q.segments?.map((s) => text.slice(s.start, s.start + 8))).toEqual(['“We will', '“Nobody ', '“We were']);
    expect(q.speakerName).toBe('Ruth Okafor');
  });

  it('does not take scare quotes, titles or nicknames for quotations', () => {
    const text = [
      'Press "Enter" to skip to content.',
      'The so-called “rebels” crossed the border, where the actor who starred in “Parks and Recreation” lives.',
      'Marcel Lazar, known online as "Guccifer," was extradited in 2014.',
      'Ticket sales on Wednesday’s “Sunday Morning Futures” were low.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });

  it('keeps a short quotation that is attributed', () => {
    const text = '“Denver,” he answered.\n\nSmith called the plan “a disaster.”';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.text)).toEqual(['Denver', 'a disaster.']);
    expect(quotes[1].speaker).toBe('Smith');
  });

  it('keeps short speech: an answer word, a title-cased opener with its speaker, a short tail after the attribution', () => {
    const text = 'Asked whether he would fire the writer, Priebus said, "Probably."\n\n“Your Honor,” I said, “I would like to answer the question.”\n\n"There was carnage on the road," Bouhlel said. "Bodies everywhere."\n\nShe starred in “Trainwreck” and the show “Parks and Recreation.”';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.text)).toEqual(['Probably.', 'Your Honor, I would like to answer the question.', 'There was carnage on the road, Bodies everywhere.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Priebus', 'I', 'Bouhlel']);
    expect(quotes[2].segments).toHaveLength(2);
  });

  it('does not read apostrophes as quotation marks', () => {
    const text = 'Kim’s regime ignored the voters’ wishes, and it’s the allies’ problem now, the analyst said.';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });

  it('does not read two apostrophes as a quotation mark (newswire style, MediaWiki italics)', () => {
    expect(findQuotes("''We have done our part of the work,'' Mr. Autor said.", { lang: 'en' })).toEqual([]);
    const wiki = "Die Zeitung ''Der Bund'' und das Blatt '''Berner Zeitung''' berichteten.";
    expect(findQuotes(wiki, { lang: 'de' })).toEqual([]);
    // A quotation in real marks beside them is still found, and a single straight mark still pairs.
    const mixed = "The ''Times'' piece quoted her: 'We will not back down,' Ms. Lane said.";
    const [q] = findQuotes(mixed, { lang: 'en' });
    expect(q.text).toBe('We will not back down');
    expect(q.speaker).toBe('Ms. Lane');
  });

  it("reads a single-quoted stretch inside a newswire ''…'' quotation as nested, not as a quotation of its own", () => {
    const text = "''You know, when I said, 'No boots on the ground,' I think the American people understood,'' Mr. Obama said.";
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
    // Left open at its paragraph's end, the ''…'' quotation runs on; what it quotes stays inside it.
    const runOn = "''He said, 'I just need to go to Israel because we can't simply wait for all the stars to align.'\n\n''The visit was the high point,'' Mr. Rhodes said.";
    expect(findQuotes(runOn, { lang: 'en' })).toEqual([]);
    // Outside ''…'' single marks still quote.
    const after = "The ''Times'' reported it. Mr. Rhodes said: 'We had to wait for the moment.'";
    expect(findQuotes(after, { lang: 'en' }).map((q) => q.text)).toEqual(['We had to wait for the moment.']);
  });

  it('pairs marks with common typing slips: glued opener, “ as closer, a space between nested closers', () => {
    const text = `Ryan said,“Look, those images have no place here.”\n\n“It is unusual,“ said Larry Noble.\n\n"They treat it like, 'Oh, this is important,' " Magel said.`;
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.text)).toEqual(['Look, those images have no place here.', 'It is unusual', "They treat it like, 'Oh, this is important,'"]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ryan', 'Larry Noble', 'Magel']);
  });

  it('survives hostile text: runs of marks, blank lines, thousands of pairs', () => {
    for (const text of ['“'.repeat(20000) + '”'.repeat(20000), 'a “b\n' + '\n'.repeat(20000), '"a" '.repeat(5000), '„'.repeat(3000) + '«'.repeat(3000)]) {
      const quotes = findQuotes(text, {});
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.start).toBeLessThan(q.end);
      }
    }
  });

  it('drops a mark that is never closed', () => {
    expect(findQuotes('He said “never again and left.\n\nThe end.', { lang: 'en' })).toEqual([]);
    expect(findQuotes('', {})).toEqual([]);
  });
});

describe('findQuotes: speakers and cues', () => {
  it('reads "said X" after the quotation', () => {
    const text = '“We are not going to negotiate in public,” said Pompeo.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).toBe('Pompeo');
    expect(q.cue).toBe('said');
  });

  it('reads "according to" with a common noun', () => {
    const text = 'The plant will close in May, “with no jobs left in the valley,” according to the newspaper.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).toBe('the newspaper');
    expect(q.speakerName).toBeNull();
    expect(q.cue).toBe('according to');
  });

  it('reads "X said:" before the quotation', () => {
    const text = 'Governor Ann Lee wrote: "The budget is balanced for the first time in ten years."';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).toBe('Governor Ann Lee');
    expect(q.speakerName).toBe('Ann Lee');
    expect(q.cue).toBe('wrote');
  });

  it('resolves a pronoun to the last fitting named person and a surname to the full name', () => {
    const text = [
      'Mr. Tom Baxter, the union leader, spoke first. Ms. Clara Voss answered him.',
      '“We will strike on Monday if nothing changes,” he said.',
      '“The offer stays on the table until Friday,” Voss said.',
    ].join('\n\n');
    const [a, b] = findQuotes(text, { lang: 'en' });
    expect(a.speaker).toBe('he');
    expect(a.speakerName).toBe('Tom Baxter');
    expect(b.speakerName).toBe('Clara Voss');
  });

  it('continues the speaker into a quotation paragraph with no attribution of its own', () => {
    const text = '“The first part is done,” the engineer said.\n\n“The second part will take another year of work.”';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes).toHaveLength(2);
    expect(quotes[1].speaker).toBe('the engineer');
  });

  it('gives a quotation paragraph the source named in the paragraph just before it', () => {
    const text = 'The council met on Monday.\n\nMayor Ada Kerr said the bridge would reopen in spring.\n\n“We owe the people of this town a working crossing and we will deliver it.”';
    const [quote] = findQuotes(text, { lang: 'en' });
    expect(quote.speaker).toBe('Mayor Ada Kerr');
    expect(quote.cue).toBe('said');
  });

  it('takes a name opening the paragraph before as the source, but not a capitalised common word', () => {
    const named = 'Valdez praised the plan and its budget.\n\n“This is the best deal the city has had in years, and everyone knows it.”';
    expect(findQuotes(named, { lang: 'en' })[0].speaker).toBe('Valdez');
    const common = 'Critics of the plan are many. The critics point to its cost.\n\nMany voters doubt the plan.\n\n“This is the worst deal the city has had in years, and everyone knows it.”';
    expect(findQuotes(common, { lang: 'en' })[0].speaker).toBeNull();
  });
});

describe('findQuotes: attribution shapes', () => {
  const one = (text: string, lang = 'en') => {
    const quotes = findQuotes(text, { lang });
    expect(quotes).toHaveLength(1);
    return quotes[0];
  };

  it('a mention right after another verb is its object; the subject of the sentence speaks', () => {
    const text = 'Trump posted a message on Twitter reading “Thank you Georgia, we love you” moments after polls closed.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(speakerAt(text, q)).toBe('Trump');
  });

  it('a dotted abbreviation inside the sentence does not cut the reporting clause off', () => {
    const text = 'Defense Secretary Ash Carter said the U.S. approach to the region remained “one of commitment, strength and inclusion” for years.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(speakerAt(text, q)).toBe('Defense Secretary Ash Carter');
  });

  it('"X said, “…”" is not overridden by a guess at the next sentence; a possessive noun is no cue', () => {
    const text = 'Erdogan said, “Let the United Nations advise other countries.” The return of refugees to Turkey is a step backwards.\n\nMaher stated of the scandal that the inspector’s report “was not good at all.”';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => speakerAt(text, q))).toEqual(['Erdogan', 'Maher']);
  });

  it('a participle after a comma reports the subject', () => {
    expect(one('Speaking in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”').speaker).toBe('Trump');
  });

  it('a question followed by its attribution sentence', () => {
    const q = one('“Who is going to pay for the wall?” Trump asked, turning to the crowd.');
    expect([q.speaker, q.cue]).toEqual(['Trump', 'asked']);
  });

  it('a closing mark glued to the next word', () => {
    expect(one('“It was a good day for all of us,”Clinton said.').speaker).toBe('Clinton');
  });

  it('"as X put it" and "wie X zitiert wird"', () => {
    expect(one('The plan is “a bridge to nowhere and a waste of money,” as the governor put it.').speaker).toBe('the governor');
    expect(one('Man habe „um uns zu vergnügen, was wir auch taten“ gezahlt, wie Hoyzer von der Zeitung zitiert wird.', 'de').speaker).toBe('Hoyzer');
  });

  it('a full stop inside the mark ends the sentence unless only the attribution follows', () => {
    const [a, b] = findQuotes('He called the probe “ongoing.” He said the bureau has not commented.\n\n“We are done here.” Trump said.', { lang: 'en' });
    expect(a.speaker).toBe('He');
    expect(text(a)).toBe('ongoing.');
    expect(b.speaker).toBe('Trump');
    function text(q: Quote) {
      return q.text;
    }
  });

  it('German: the subject after the finite verb when something else stands first; an object pronoun after a subject is no speaker', () => {
    const colon = 'Dabei griff sie auch den Präsidenten direkt an: „Wer den Holocaust leugnet, kann keine Toleranz erwarten.“';
    const [a] = findQuotes(colon, { lang: 'de' });
    expect(speakerAt(colon, a)).toBe('sie');
    const object = 'Der Hauptgeschäftsführer des Verbandes nannte sie „fahrlässig und gefährlich“ und verwies auf Studien.';
    const [b] = findQuotes(object, { lang: 'de' });
    expect(speakerAt(object, b)).toBe('Der Hauptgeschäftsführer des Verbandes');
  });

  it('German: "der"/"dem" after the verb is the listener when a name or pronoun stands first', () => {
    const named = 'Trainerin Lena Hofmann sagte der Lokalzeitung: „Wir haben heute verdient gewonnen und sind sehr glücklich.“';
    expect(speakerAt(named, findQuotes(named, { lang: 'de' })[0])).toBe('Trainerin Lena Hofmann');
    const pronoun = 'Er erklärte dem Sender: „Die Brücke wird im Frühjahr wieder für alle geöffnet.“';
    expect(speakerAt(pronoun, findQuotes(pronoun, { lang: 'de' })[0])).toBe('Er');
    const inverted = 'Am Montag sagte der Bürgermeister: „Die Brücke wird im Frühjahr wieder für alle geöffnet.“';
    expect(speakerAt(inverted, findQuotes(inverted, { lang: 'de' })[0])).toBe('der Bürgermeister');
  });

  it('German: more reporting verbs ("verurteilte", "erwiderte") name the source of the sentence before', () => {
    const text = 'Die Abgeordnete Mara Linde verurteilte die Pläne der Regierung. „Diese Kürzungen treffen die Schwächsten zuerst und am härtesten.“';
    expect(speakerAt(text, findQuotes(text, { lang: 'de' })[0])).toBe('Die Abgeordnete Mara Linde');
  });

  it('German: an object pronoun after the verb ("verurteilte ihn") is no speaker', () => {
    const text = 'Die Stadtverwaltung zeigte sich bestürzt über den Brand und verurteilte ihn als „feigen und hinterhältigen Anschlag“.';
    expect(speakerAt(text, findQuotes(text, { lang: 'de' })[0])).toMatch(/^Die Stadtverwaltung\b/u);
  });

  it('German: a capitalised adverb in front is no speaker; the subject follows the verb', () => {
    const adverb = 'Ergänzend fügte die Ministerin hinzu: „Wir werden die Mittel im nächsten Jahr deutlich erhöhen.“';
    expect(speakerAt(adverb, findQuotes(adverb, { lang: 'de' })[0])).toBe('die Ministerin');
    const particle = 'Selbst die Opposition hatte kritisiert, dass die Regierung „viel zu spät und viel zu zögerlich“ handle.';
    expect(speakerAt(particle, findQuotes(particle, { lang: 'de' })[0])).toBe('die Opposition');
  });

  it('German: "nach Ansicht von X" and "nach Auffassung des X" name the source', () => {
    const text = 'Nach Ansicht von Ministerpräsident Christian Wulff ist damit noch nichts entschieden. „Es ist nur eine gutachterliche Stellungnahme.“\n\nNach Auffassung des Fraktionschefs Hartmut Perschau sei es „völlig untragbar, dass so etwas geschieht“.';
    const quotes = findQuotes(text, { lang: 'de' });
    expect(quotes.map((q) => q.speakerName)).toEqual(['Christian Wulff', 'Hartmut Perschau']);
  });

  it('German: "heißt es" names the place before it; "mit den Worten" the subject of the verb, or the one quoted', () => {
    const text = 'Die Partei räumte den Fehler ein. Gegenüber dem Sender äußerte er sich mit den Worten: „Das ist hoffentlich das Ende dieser Affäre.“\n\nIn dem Antrag heißt es wörtlich: „Die Aufhebung der Einstufung wäre ein Beitrag.“\n\nEin Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin, gehe ich.“\n\nPaolo hatte den Auftrag mit den Worten abgelehnt: „Das mache ich nicht.“';
    const quotes = findQuotes(text, { lang: 'de' });
    expect(quotes.map((q) => speakerAt(text, q))).toEqual(['er', 'dem Antrag', 'Papandreou', 'Paolo']);
  });

  it('German: a subject with a name in apposition before the verb of a colon introduction', () => {
    const text = 'Der Leiter der Studie, Paulo Pinheiro, sieht die Hauptverantwortung beim Staat: „Es gilt, ein starkes Zeichen zu setzen.“';
    const [q] = findQuotes(text, { lang: 'de' });
    expect(speakerAt(text, q)).toContain('Paulo Pinheiro');
  });

  it('German: a lower-case fragment is a quotation, a capitalised title is not', () => {
    const quotes = findQuotes('Die Partei fordert seit Jahren „mehr Geld für die Schulen im ganzen Land“. Das Gesetz „Schutz der Kinder im Netz“ tritt morgen in Kraft.', { lang: 'de' });
    expect(quotes.map((q) => q.text)).toEqual(['mehr Geld für die Schulen im ganzen Land']);
  });

  it('German: names of papers and things in „…“ are no quotations', () => {
    const text = 'Wie „heise online“ berichtet, sperrten die Behörden den Zugang zu „YouTube“. Laut „Tagesspiegel“ wurde das so genannte „Kompetenzzentrum“ geschlossen.';
    expect(findQuotes(text, { lang: 'de' })).toEqual([]);
  });
});

describe('findQuotes: quotation marks of other languages', () => {
  it('German „…“ with a cue after the quotation, and a name in „…“ that is no quotation', () => {
    const text = 'Die Zeitung „Tagesspiegel“ berichtete am Montag. „Wir werden das Gesetz noch in diesem Jahr ändern“, sagte Merkel in Berlin.';
    const quotes = findQuotes(text, { lang: 'de' });
    expect(quotes).toHaveLength(1);
    expect(written(text, quotes[0])).toBe('„Wir werden das Gesetz noch in diesem Jahr ändern“');
    expect(quotes[0].speaker).toBe('Merkel');
    expect(quotes[0].cue).toBe('sagte');
  });

  it('German »…« and a nested ‚…‘ inside one quotation', () => {
    const text = 'Der Minister erklärte: »Das Wort ‚Krise‘ ist hier fehl am Platz, wir sind gut vorbereitet.«';
    const quotes = findQuotes(text, { lang: 'de' });
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('Das Wort ‚Krise‘ ist hier fehl am Platz, wir sind gut vorbereitet.');
    expect(quotes[0].speaker).toBe('Der Minister');
  });

  it('French « … » with no-break spaces and "a déclaré"', () => {
    const text = '«\u00a0Nous allons reconstruire la cathédrale en cinq ans\u00a0», a déclaré Emmanuel Macron.';
    const [q] = findQuotes(text, { lang: 'fr' });
    expect(written(text, q).startsWith('«\u00a0Nous')).toBe(true);
    expect(written(text, q).endsWith('ans\u00a0»')).toBe(true);
    expect(q.text).toBe('Nous allons reconstruire la cathédrale en cinq ans');
    expect(q.speaker).toBe('Emmanuel Macron');
  });

  it('Spanish «…» with "dijo"', () => {
    const text = '«No vamos a subir los impuestos este año», dijo la ministra.';
    const [q] = findQuotes(text, { lang: 'es' });
    expect(q.text).toBe('No vamos a subir los impuestos este año');
    expect(q.cue).toBe('dijo');
  });

  it('Polish „…” and Swedish ”…” (the same mark on both sides)', () => {
    const pl = 'Minister powiedział: „Nie zgadzamy się na takie warunki umowy”.';
    expect(findQuotes(pl, { lang: 'pl' }).map((q) => written(pl, q))).toEqual(['„Nie zgadzamy się na takie warunki umowy”']);
    const sv = '”Vi kommer att bygga fler bostäder i år”, sa ministern.';
    expect(findQuotes(sv, { lang: 'sv' }).map((q) => written(sv, q))).toEqual(['”Vi kommer att bygga fler bostäder i år”']);
  });

  it('Japanese 「…」 with a nested 『…』', () => {
    const text = '首相は「来年から『働き方改革』を本格的に進める」と述べた。';
    const quotes = findQuotes(text, { lang: 'ja' });
    expect(quotes.map((q) => written(text, q))).toEqual(['「来年から『働き方改革』を本格的に進める」']);
  });
});

describe('findQuotes on hand-written news fixtures', () => {
  interface Expected {
    text: string;
    speaker: string | null;
    speakerName: string | null;
    cue?: string;
    segments: number;
  }
  for (const [slug, lang] of [['quotes-news-en', 'en'], ['quotes-news-de', 'de']]) {
    it(`${slug}: every quotation with its speaker, and no name or title taken for a quotation`, () => {
      const dir = join(import.meta.dirname, '../fixtures', slug);
      const text = readFileSync(join(dir, 'text.txt'), 'utf8');
      const expected: Expected[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const quotes = findQuotes(text, { lang });
      expect(quotes.map((q) => q.text)).toEqual(expected.map((e) => e.text));
      quotes.forEach((q, i) => {
        const e = expected[i];
        expect({ speaker: q.speaker, speakerName: q.speakerName, segments: q.segments?.length ?? 1 }).toEqual({ speaker: e.speaker, speakerName: e.speakerName, segments: e.segments });
        if (e.cue) expect(q.cue).toBe(e.cue);
        expect(speakerAt(text, q)).toBe(q.speaker);
      });
    });
  }
});

describe('findQuotes with characters outside the Basic Multilingual Plane', () => {
  // An emoji or a mathematical letter is two string indices: the offsets must still point into the input.
  it('keeps every offset on the input after emoji inside and before quotations', () => {
    const text = '“We will win 🎉🎉 the whole thing, with 𝒶𝓈𝓉𝓇𝒶𝓁 letters,” Smith said. Then “another 😀 long quotation here for sure,” said Jones.';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => speakerAt(text, q))).toEqual(['Smith', 'Jones']);
    for (const q of quotes) {
      expect(written(text, q)).toContain(q.text);
      expect(speakerAt(text, q)).toBe(q.speaker);
    }
    expect(written(text, quotes[1])).toBe('“another 😀 long quotation here for sure,”');
  });
});

describe('a quotation left open at its paragraph\'s end', () => {
  it('keeps its last character, which is the text\'s and not a closing mark', () => {
    const text = 'Smith said: “This quotation never closes and it is all about the rights of the players\'\n\nNext paragraph.';
    const [quote] = findQuotes(text, { lang: 'en' });
    expect(quote.text).toBe('This quotation never closes and it is all about the rights of the players\'');
    expect(quote.speaker).toBe('Smith');
  });
});
