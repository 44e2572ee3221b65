/** Quotation rules learnt from the errors on annotated news (train splits), each on a few hand-written sentences. */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index';
import type { Quote } from '../../src/core/types';

const written = (text: string, q: Quote) => text.slice(q.start, q.end);

describe('short quotations without a reporting verb', () => {
  it('keeps a lower-case fragment when a person figures in its sentence', () => {
    const text = [
      'Mayor Ruth Okafor defended her “bridge to nowhere” at the council meeting.',
      'Voters later heard Okafor’s “no new taxes” pledge again.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“bridge to nowhere”', '“no new taxes”']);
  });

  it('leaves a term in quotation marks alone when nobody figures in its sentence', () => {
    const text = 'Mayor Ruth Okafor spoke on Monday.\n\nThe “market accident” would send stock prices down, and a “virtual tie” looks likely.';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });

  it('does not take one letter in quotation marks for speech, even before "according to" (PolNeAR train)', () => {
    const text = 'Many voters simply push the button for “R,” or “D,” according to their instinctive preferences, Ruth Okafor said.';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });

  it('does not take a capitalised title or a so-called term for speech, even beside a person', () => {
    const text = 'Ruth Okafor watched “Morning Joe” with her staff while they argued about the so-called “rebels.”';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });
});

describe('a short sentence after its reporting verb', () => {
  it('keeps a sentence set after a reporting verb and a colon or comma even when the verb’s subject is not found', () => {
    const text = [
      'WASHINGTON, Dec. 8 (UPI) — In response to the proposal to bar visitors from entering the country, the senator’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”',
      'But after the rally, a commentator of the Gazette imagined the governor was thinking: “My God what have I done?”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“We have to be ready to stop him.”', '“My God what have I done?”']);
    // A fragment after the colon is no sentence: it still needs someone to say it.
    const fragment = 'WASHINGTON, Dec. 9 (UPI) — In response to the plan, the senator’s right-hand woman rallied supporters, saying: “cheaper bus fares.”';
    expect(findQuotes(fragment, { lang: 'en' })).toEqual([]);
  });
});

describe('speakers of partial quotations', () => {
  it('gives a quotation inside a reported clause to the reporting verb before it, not to the clause after', () => {
    const text = 'While Ruth Okafor said the plan was “badly managed” and too costly, she said it would go ahead.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).toBe('Ruth Okafor');
  });

  it('still gives a quotation opening its sentence to the attribution after it', () => {
    const text = 'Ruth Okafor spoke first.\n\n“The plan was badly managed,” Tom Reyes said.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).toBe('Tom Reyes');
  });
});

describe('the speaker before an adverb', () => {
  it('skips an adverb in -ly between the speaker and the verb, but keeps a noun in -ly', () => {
    const text = 'Ruth Okafor had publicly stated that the bridge was “safe for everyone.”\n\nThe family said the verdict was “a relief.”';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Ruth Okafor', 'The family']);
  });
});

describe('the subject of a sentence as a guessed speaker', () => {
  it('passes over a dateline', () => {
    const text = 'WASHINGTON — Sen. Ruth Okafor on Wednesday waved the attack away as “a little bit of a problem” for now.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Sen. Ruth Okafor']);
  });

  it('passes over a participle or a preposition opening the sentence before its comma', () => {
    const text = [
      'Reached by phone on Monday, Tom Reyes still believes in a council that “listens first.”',
      'Across the river, Ruth Okafor still favours going “slow and steady” on taxes.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Tom Reyes', 'Ruth Okafor']);
  });
});

describe('German: names after an article and its noun', () => {
  it('are not quotations when an adjective stands between the article and the noun', () => {
    const text = 'Die Maschine der nigerianischen Fluggesellschaft „Sosoliso“ stürzte am Samstag ab, teilte die Polizei mit.';
    expect(findQuotes(text, { lang: 'de' })).toEqual([]);
  });

  it('still lets a reported quotation after such words be one', () => {
    const text = 'Der Sprecher der nigerianischen Fluggesellschaft sagte: „Wir trauern um alle Opfer dieses Unglücks.“';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.text)).toEqual(['Wir trauern um alle Opfer dieses Unglücks.']);
  });
});

describe('German: the subject of a sentence as a guessed speaker', () => {
  it('takes the subject after the verb when an adverb stands first', () => {
    const text = 'Ursprünglich wollte der Trainer „ein Konzept mit sechs Stadien vorlegen“, am Ende waren es zwölf.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['der Trainer']);
  });

  it('still takes the subject standing first', () => {
    const text = 'Die Trainerin wollte „ein Konzept mit sechs Stadien vorlegen“, am Ende waren es zwölf.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['Die Trainerin']);
  });
});

describe('the attribution right after a quotation', () => {
  it('"according to" names a news outlet that would be a listener after "told"', () => {
    const text = 'Okafor was heard on Monday.\n\n“The inquiry will close within weeks,” according to CNN.\n\n“It is over,” Okafor told CNN.';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.speaker)).toEqual(['CNN', 'Okafor']);
  });

  it('passes over an apposition with a verb of its own', () => {
    const text = '“I do not believe in this vote,” Warren, who has not endorsed a candidate, told reporters.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect([q.speaker, q.cue]).toEqual(['Warren', 'told']);
  });
});

describe('a quotation paragraph signed on the next line', () => {
  it('takes the name after the dash as the speaker', () => {
    const text = 'The claims, checked.\n\n"The big firms pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.\n\n"Great speech. She is ready."\n\n—President Obama, tweeting after the speech.';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.speaker)).toEqual(['Sanders', 'President Obama']);
    expect(quotes[1].speakerName).toBe('Obama');
  });

  it('takes no signature for a quotation that does not end its paragraph', () => {
    const text = 'Then he repeated the “zero taxes for the rich” line to the crowd.\n\n- Sanders leads the polls.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect(q.speaker).not.toBe('Sanders');
  });
});

describe('a long mention between the quotation and its verb', () => {
  it('takes the whole mention, with "and", initials and a bracket, and an unlisted verb after an article', () => {
    const text = [
      'The vote came late.',
      '"The vote is a disgrace," the Ohio senator and Republican presidential candidate said in a statement.',
      '"The plan games the system," Senate Minority Leader Ruth M. Okafor (D-Ohio) said.',
      '“The city will always be the city,” an angry Tom Reyes retaliated.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual([
      'the Ohio senator and Republican presidential candidate',
      'Senate Minority Leader Ruth M. Okafor (D-Ohio)',
      'an angry Tom Reyes',
    ]);
  });
});

describe('reporting phrases', () => {
  it('"points out" after the speaker', () => {
    const text = 'Ruth Okafor spoke first.\n\n“Voters reject the old guard. They always have,” Tom Reyes points out.';
    const [q] = findQuotes(text, { lang: 'en' });
    expect([q.speaker, q.cue]).toEqual(['Tom Reyes', 'points out']);
  });
});

describe('adverbials before the subject', () => {
  it('passes over a time or sentence adverbial and a second adverbial after a comma', () => {
    const text = [
      'Hours later, Ruth Okafor issued a plan to “fix the roads first.”',
      'Eight years ago, Tom Reyes backed a budget that “cut too deep.”',
      'On Thursday, after staying quiet for months, Ruth Okafor backed the “new deal for the city.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Ruth Okafor', 'Tom Reyes', 'Ruth Okafor']);
  });
});

describe('openers without a comma and clauses before the quotation', () => {
  it('passes over a lone adverb or demonstrative, and takes the subject of a "when" clause the quotation follows', () => {
    const text = [
      'Ruth Okafor lost the vote. Then she turned to the “silent majority” of the city.',
      'This Okafor supporter spoke instead about “fixing the roads.”',
      'When Tom Reyes used the words, “I am not there yet,” the room went quiet.',
      'As the Harbour Singers sang back in 1985, "Nobody leaves this town."',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['she', 'Okafor', 'Tom Reyes', 'the Harbour Singers']);
  });
});

describe('sentence ends after titles', () => {
  it('a full title word ends its sentence, an abbreviated one does not', () => {
    const text = [
      'Ruth Okafor and others said they would not back Tom Reyes for president. "I will write in someone else," she said.',
      'On Monday Sen. Tom Reyes said the bill was “dead on arrival.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['she', 'Sen. Tom Reyes']);
  });

  it('a quotation opening its sentence takes the attribution after it, with a possessive mention', () => {
    const text = 'The professor was headed to a conference, the Guardian reported. “He was excited to be coming,” his nephew Ali el Soheil added.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['his nephew Ali el Soheil']);
  });
});

describe('modal and denied reporting verbs', () => {
  it('passes over a modal between the speaker and the verb; a denied verb reports nothing', () => {
    const text = [
      'Ruth Okafor could only say the plan was “dead on arrival.”',
      'Okafor cannot say that “from her view,” Tom Reyes added.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Ruth Okafor', 'Tom Reyes']);
  });
});

describe('German: noun phrases and dative objects', () => {
  it('ends a mention at the verb after its noun, and keeps an adjective inside a genitive', () => {
    const text = [
      'Die Menschenmenge skandierte vor dem Rathaus: „Wir bleiben hier, bis der Bürgermeister kommt!“',
      'Der Chef der großen Koalition sagte: „Es gibt weniger Inszenierung.“',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['Die Menschenmenge', 'Der Chef der großen Koalition']);
  });

  it('takes no dative object or possessive phrase in front for the speaker; the subject follows the verb', () => {
    const text = [
      'In seiner Pressemitteilung resümiert Hartmut Lange: „Die Jahre der Haft haben seine Gesundheit zerrüttet.“',
      'Den noch in der Stadt verbliebenen Flüchtlingen sicherte Präsident Jonas Weber kurz vor der Abreise zu, dass „die Türen immer offen sein werden“.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['Hartmut Lange', 'Präsident Jonas Weber']);
  });

  it('"zitiert X den Minister": the one quoted speaks', () => {
    const text = '„Das Gesetz muss schnell kommen“, zitiert Welt-Online den Minister.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['den Minister']);
  });
});

describe('names that spell function words', () => {
  it('"said Will Doyle": a capitalised word after the verb belongs to the name, a weekday does not', () => {
    const text = 'Costs rose, Ruth Okafor said.\n\n"It is an expensive model," said Will Doyle, a professor.\n\n"It is cheap," said Tom Reyes Monday.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Will Doyle', 'Tom Reyes']);
  });
});

describe('German: long names in „…“', () => {
  it('takes a noun phrase after an article for a name, a clause after an article for a quotation', () => {
    const text = [
      'Am Nachmittag verkündete die „Fédération Internationale de Football Association“, kurz FIFA, die Vergabe.',
      'Die Studenten sagten, die „Kampagne für ein Freies Tibet“ habe zu dem Marsch aufgerufen.',
      'Der Kardinal sagte, er hoffe, dass der „Heilige Geist wach ist und sich nicht irrt“.',
      'So wird der Teamchef im Fachblatt „La Gazetta dello Sport“ zitiert.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.text)).toEqual(['Heilige Geist wach ist und sich nicht irrt']);
  });
});

describe('a quotation with no attribution of its own', () => {
  it('continues the speaker of the quotation before it, in its paragraph or the next, not further', () => {
    const text = [
      '“We will win,” Ruth Okafor said on Monday.',
      'Then, to loud applause: “Nobody stops this city.”',
      'The council met later.',
      'The mood in the hall was calm.',
      'Then, to loud applause: “Nobody stops this town, not now and not ever again.”',
    ].join('\n\n');
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor', 'Ruth Okafor', null]);
  });
});

describe('a sentence adverb before an apposition', () => {
  it('"Okafor, meanwhile, who …, said": the name before the adverb speaks', () => {
    const text = 'Tom Reyes has 31 endorsements. Ruth Okafor, meanwhile, who has none, said that fact shows who is "ready to take on the establishment."';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Ruth Okafor']);
  });
});

describe('a relative pronoun as the local mention', () => {
  it('takes "who" or "which" right before the reporting verb as the speaker, resolved to the name before it', () => {
    const text = [
      'The council heard from Ruth Okafor, who said the bridge was “safe for everyone.”',
      'Tom Reyes cited the city report, which warned of “serious cracks” in the pillars.',
    ].join('\n\n');
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.map((q) => [q.speaker, q.speakerName])).toEqual([['who', 'Ruth Okafor'], ['which', 'the city report']]);
  });
});

describe('a report named with "according to"', () => {
  it('gives the quotation to the source named after "according to", not to the one quoted', () => {
    const text = [
      '“We will not wait,” Ruth Okafor said, according to the Daily Ledger.',
      'According to Channel 9, Tom Reyes called the plan “a disgrace to the city.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['the Daily Ledger', 'Channel 9']);
  });

  it('gives it to the outlet that reports it at the end of the sentence', () => {
    const text = 'Ruth Okafor called the plan “a disgrace to the city,” the Daily Ledger reported.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['the Daily Ledger']);
  });
});

describe('a report or statement named as the source (de)', () => {
  it('takes "dem Bericht zufolge" and "nach Aussagen des …" before the quotation over another verb or the subject', () => {
    const text = [
      'Der Grund waren dem Bericht zufolge nicht näher bezeichnete „technische Probleme beim Start“.',
      'Die Krankheit gilt nach Aussagen des Auswärtigen Amtes als die „weltweit häufigste aller Infektionen“.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['dem Bericht', 'des Auswärtigen Amtes']);
  });

  it('keeps the one quoted when the press source follows ("sagte Raab laut Spiegel Online")', () => {
    const text = '„Das Wichtigste ist, dass wir bis Oktober raus sind“, sagte Raab laut Spiegel Online.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['Raab']);
  });
});

describe('"heißt es" and "hatte es geheißen" (de)', () => {
  it('take the document named first in the clause, across a relative clause and a date', () => {
    const text = [
      'Der Verband schweigt. In einer Erklärung der Minister hatte es geheißen: „Es gibt keine Lösung.“',
      'Im letzten Satz der Anordnung, die am 14. Dezember 2010 zugestellt wurde, heißt es: „Der Dienst darf nichts offenlegen.“',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['einer Erklärung der Minister', 'letzten Satz der Anordnung']);
  });
});

describe('"state" as a noun', () => {
  it('is no reporting verb in "secretary of state" or "in many states", but is one in "the report states that"', () => {
    const text = [
      'The former secretary of state will play the “woman card,” Tom Reyes said.',
      'Ruth Okafor is popular in many states, not just a “regional candidate with a base,” as Tom Reyes suggested.',
      'The council report states that the bridge is “safe for everyone.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Tom Reyes', 'Tom Reyes', 'The council report']);
  });
});

describe('a reporting verb inside what another reports', () => {
  it('gives the quotation to the one who said it ("Reyes said Okafor called …"), not across a comma', () => {
    const text = [
      'Tom Reyes said Ruth Okafor called on members to be “closely coordinated.”',
      'Ruth Okafor said the plan was fine, though Tom Reyes called it “a total disgrace.”',
      'While not everything Okafor says is true, Tom Reyes said she is “telling people what they want.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Tom Reyes', 'Tom Reyes', 'Tom Reyes']);
  });

  it('"Reyes said he responded:": the pronoun after the reporting verb is no object', () => {
    const text = 'His aides had warned him to stay calm, but Tom Reyes said he responded: “When you are attacked, you answer.”';
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('a reporting clause closing the sentence', () => {
  it('gives a partial quotation to the clause after the last comma ("…, Okafor has said.", "…, the lawsuit alleges.")', () => {
    const text = [
      'The agency made a “serious mistake” in the background check for the shooter, Ruth Okafor has said.',
      'The lack of voting places was “particularly burdensome” on rural towns, which had fewer polling places than the cities and in some cases no places at all, the lawsuit alleges.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['Ruth Okafor', 'the lawsuit']);
  });
});

describe('a nominative after the German verb', () => {
  it('"lobte er", "stellte der Vorsitzende" after an object in front: the one after the verb speaks', () => {
    const text = [
      'Die Arbeit der großen Koalition lobte er einerseits mit den Worten: „Die Ostdeutschen handeln sehr gut zusammen.“',
      'Die praktische Anwendung der Richtlinie stellte der SPD-Vorsitzende ebenfalls in Frage: „Die Anwendung ist nicht lebenswirklich.“',
      'Der Minister sagte der Zeitung: „Wir bleiben bei unserem Plan.“',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['er', 'der SPD-Vorsitzende', 'Der Minister']);
  });
});

describe('the agent of a passive reporting verb', () => {
  it('"was asked by X", "described by X as": the agent speaks; "by" before a gerund is no agent', () => {
    const text = [
      'Ruth Okafor was asked by moderator Tom Reyes, “Will you raise taxes next year?”',
      'The plan was described by council members as a “lifeboat for the town.”',
      'Ruth Okafor, however, interjected by hitting Reyes for his plan to “turn the park into parking.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => q.speaker)).toEqual(['moderator Tom Reyes', 'council members', 'Ruth Okafor']);
  });
});

describe('"wonach" (de)', () => {
  it('is the local mention of the view it introduces, not the "es" after it', () => {
    const text = 'Die Sichtweise des Ministers, wonach es nach der Reform „ein moderates und ausgewogenes Gesetz“ geben werde, teilt die Opposition nicht.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speaker)).toEqual(['wonach']);
  });

  // The popup shows speakerName: "— wonach" says nothing to a reader.
  it('is resolved to the noun phrase it stands for', () => {
    const text = 'Die Sichtweise des Ministers, wonach es nach der Reform „ein moderates und ausgewogenes Gesetz“ geben werde, teilt die Opposition nicht.';
    expect(findQuotes(text, { lang: 'de' }).map((q) => q.speakerName)).toEqual(['Die Sichtweise des Ministers']);
  });
});

describe('the cue of a German colon introduction', () => {
  it('is the finite verb, not the word before the colon', () => {
    const text = 'In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine deutliche Leistungssteigerung gezeigt.“';
    expect(findQuotes(text, { lang: 'de' }).map((q) => [q.speaker, q.cue])).toEqual([['der Bundestrainer', 'zeigt']]);
  });
});

describe('marks whose sides do not tell their role', () => {
  it('pairs a mark spaced on both sides with the open quotation it closes, or opens one', () => {
    const text = [
      '"We tried everything we could, " Reyes said.',
      'The mayor answered, “ after the vote, we will appeal.”',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['"We tried everything we could, "', '“ after the vote, we will appeal.”']);
  });

  it('opens a straight mark glued between a colon or a full stop and a word', () => {
    const text = 'Councillor Reyes:"We will appeal the ruling." The clerk left.\n\nNobody spoke.“Not tonight, please,” Reyes added.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['"We will appeal the ruling."', '“Not tonight, please,”']);
  });

  it('keeps the quotations inside a mark that is never closed', () => {
    const text = 'The motion read: ““Every resident deserves clean water by next spring.”\n\n"Reyes said “the pumps are broken again” on Monday.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“Every resident deserves clean water by next spring.”', '“the pumps are broken again”']);
  });
});

describe('labels and cited works in quotation marks', () => {
  it('takes an unreported lower-case fragment right before the noun it modifies for a label, not speech', () => {
    const text = [
      'Ruth Okafor was the “establishment” candidate in the race.',
      'Ruth Okafor joined an “opt-out” movement last year.',
      'Ruth Okafor called the plan “badly managed” on Monday.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“badly managed”']);
  });

  it('takes a title followed by its author or its year for a cited work, but keeps the agent of a passive', () => {
    const text = [
      'SHOW NEWS — “The old theatre will close at the end of the season,” by Ann Lee of the Gazette.',
      '“Safe streets for every child in town” (2009) was the party’s poster.',
      'Tom Reyes said the budget was “drafted in a hurry and far too late” by the council.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“drafted in a hurry and far too late”']);
  });

  it('takes a title beside the noun for its work for that work, full stop inside the mark or not, but not a sentence quoted from it', () => {
    const text = [
      '“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.” He opened a consulting firm.',
      '“It is too early to tell,” said Cuban, who is also a host on the TV show “Shark Tank.”',
      'She poured cold water on the idea, she wrote in her memoir, “Tough Choices.”',
      'Pastor Kevin Swanson attacked the Disney film “Frozen” for its message, he said.',
      'Trump wrote in his book, “I like to keep people off balance,” and he meant it.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual([
      '“Being a dad, that’s my job,”',
      '“It is too early to tell,”',
      '“I like to keep people off balance,”',
    ]);
  });

  it('keeps a fragment in lower case before ", by" as speech: "by" names who uttered it, not an author', () => {
    const text = 'According to GMA News, Salceda said the "ugliness of utterances, largely unprompted and undeserved," by Trump last week stood in contrast to the warm welcome he had received.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['"ugliness of utterances, largely unprompted and undeserved,"']);
  });

  it('takes a capitalised quotation after a possessive for a title, but not a sentence of two clauses', () => {
    const title = 'Voters at the fair still talked about Okafor’s “Safe Streets” plan.';
    expect(findQuotes(title, { lang: 'en' })).toEqual([]);
    const text = 'He dismissed critique of his performance at Saturday’s debate, saying Monday that it was his campaign’s “Despite what people want to say, it was our greatest fundraising night.”';
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“Despite what people want to say, it was our greatest fundraising night.”']);
  });

  it('takes a title with a subtitle after its colon for a work', () => {
    const text = 'Tom Reyes spent the winter reading “Backfire: The Long Battle for the Soul of the Town Hall” at home.';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });
});

describe('a headline in title case', () => {
  it('reads a quotation in it by its attribution, not by its capitals, while a title in running text stays out', () => {
    const text = 'Okafor Says The Bridge Plan Is ‘Badly Managed’ After Vote\n\nRuth Okafor watched “Morning Joe” with her staff.';
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['‘Badly Managed’']);
  });
});

describe('a quotation left open at the end of its paragraph', () => {
  it('runs to the paragraph end when a sentence follows its mark, but a mark before a few words opens nothing', () => {
    const text = [
      'Reyes added: “We will appeal the ruling and we will win it.',
      '"The council met for four hours on Monday night.',
      'The clerk wrote "Closed on Sunday.',
      'Nobody answered.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual(['“We will appeal the ruling and we will win it.', '"The council met for four hours on Monday night.']);
  });

  it('takes no mark before markup for an opening mark', () => {
    const text = '<tweet date="May 2\n">The council met for four hours on Monday night.</tweet>';
    expect(findQuotes(text, { lang: 'en' })).toEqual([]);
  });
});

describe('a few words in quotation marks with nobody to say them', () => {
  it('are a term held at a distance, while a longer stretch or one with a speaker stays a quotation', () => {
    const text = [
      'There was talk of “a bridge over the river by spring” in town.',
      '“The river will have its bridge by spring, whatever the budget office says about the cost of steel.”',
      'Tom Reyes spoke next. “A bridge over the river by spring,” he said.',
    ].join('\n\n');
    expect(findQuotes(text, { lang: 'en' }).map((q) => written(text, q))).toEqual([
      '“The river will have its bridge by spring, whatever the budget office says about the cost of steel.”',
      '“A bridge over the river by spring,”',
    ]);
  });
});
