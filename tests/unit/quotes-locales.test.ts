/** Quotations in the languages the benchmark does not cover, on news sentences written as their journalists would. */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index';
import type { Quote } from '../../src/core/types';

const written = (text: string, q: Quote) => text.slice(q.start, q.end);
const said = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [written(text, q), q.speaker, q.cue]);

describe('reporting words of the news in each language', () => {
  it('knows the Spanish perfect, the Italian, Polish and Finnish present, and Danish "sagde"', () => {
    const es = '«No hay margen para negociar con Bruselas», ha dicho Sánchez.';
    expect(said(es, 'es')).toEqual([['«No hay margen para negociar con Bruselas»', 'Sánchez', 'dicho']]);
    const it = '«Non ci sono più margini per trattare con Bruxelles», dice Meloni.';
    expect(said(it, 'it')).toEqual([['«Non ci sono più margini per trattare con Bruxelles»', 'Meloni', 'dice']]);
    const pl = '„Nie podniesiemy podatków w przyszłym roku” – zapowiedział Tusk.';
    expect(said(pl, 'pl')).toEqual([['„Nie podniesiemy podatków w przyszłym roku”', 'Tusk', 'zapowiedział']]);
    const fi = '”Olemme huolissamme tehtaan tulevaisuudesta”, kertoo luottamusmies Matti Virtanen.';
    expect(said(fi, 'fi')).toEqual([['”Olemme huolissamme tehtaan tulevaisuudesta”', 'luottamusmies Matti Virtanen', 'kertoo']]);
    const da = '»Situationen er alvorlig«, sagde Frederiksen.';
    expect(said(da, 'da')).toEqual([['»Situationen er alvorlig«', 'Frederiksen', 'sagde']]);
  });

  it('reads the French inverted verb "explique-t-il" as the cue and its pronoun as the speaker', () => {
    const fr = '« Nous devons rester unis », explique-t-il.';
    expect(said(fr, 'fr')).toEqual([['« Nous devons rester unis »', 'il', 'explique']]);
  });

  it('gives a quotation to the source after "według", "enligt", "ifølge" and before Finnish "mukaan"', () => {
    const pl = 'Według ministra reforma jest „niezbędna dla przyszłości systemu emerytalnego” i zostanie przyjęta latem.';
    expect(said(pl, 'pl')).toEqual([['„niezbędna dla przyszłości systemu emerytalnego”', 'ministra', 'Według']]);
    const sv = '”Vi är oroliga för fabrikens framtid och för alla som jobbar där”, enligt facket.';
    expect(said(sv, 'sv')).toEqual([['”Vi är oroliga för fabrikens framtid och för alla som jobbar där”', 'facket', 'enligt']]);
    const da = 'Ifølge ministeren er reformen »helt nødvendig for pensionssystemets fremtid«.';
    expect(said(da, 'da')).toEqual([['»helt nødvendig for pensionssystemets fremtid«', 'ministeren', 'Ifølge']]);
    const fi = 'Ministerin mukaan uudistus on ”välttämätön eläkejärjestelmän tulevaisuuden kannalta”.';
    expect(said(fi, 'fi')).toEqual([['”välttämätön eläkejärjestelmän tulevaisuuden kannalta”', 'Ministerin', 'mukaan']]);
    const name = 'Anna Kowalska przedstawiła raport. Według Kowalskiej „projekt jest źle przygotowany i wymaga poprawek”.';
    expect(findQuotes(name, { lang: 'pl' })[0].speakerName).toBe('Kowalskiej');
  });
});

describe('an attribution set inside the quotation marks', () => {
  const quote = (text: string, lang: string) =>
    findQuotes(text, { lang }).map((q) => ({ text: q.text, speaker: q.speaker, cue: q.cue, segments: q.segments?.map((s) => text.slice(s.start, s.end)) }));

  it('French « …, a déclaré X, … » is one quotation in two segments, the attribution left out', () => {
    const text = '«\u00a0La situation est grave, a déclaré Emmanuel Macron, mais nous avons les moyens d’y faire face.\u00a0»';
    expect(quote(text, 'fr')).toEqual([
      {
        text: 'La situation est grave, mais nous avons les moyens d’y faire face.',
        speaker: 'Emmanuel Macron',
        cue: 'déclaré',
        segments: ['«\u00a0La situation est grave,', 'mais nous avons les moyens d’y faire face.\u00a0»'],
      },
    ]);
  });

  it('Spanish «… —dijo X—, …» and Polish „… – powiedział X – …”', () => {
    const es = '«La situación es grave —dijo el ministro—, pero tenemos recursos para afrontarla».';
    expect(quote(es, 'es')).toEqual([
      { text: 'La situación es grave pero tenemos recursos para afrontarla', speaker: 'el ministro', cue: 'dijo', segments: ['«La situación es grave', 'pero tenemos recursos para afrontarla»'] },
    ]);
    const pl = '„Sytuacja jest trudna – powiedział prezydent – ale mamy wszystkie narzędzia”.';
    expect(quote(pl, 'pl').map((q) => [q.speaker, q.cue, q.segments])).toEqual([['prezydent', 'powiedział', ['„Sytuacja jest trudna', 'ale mamy wszystkie narzędzia”']]]);
  });

  it('leaves a quotation whole when the words between commas report nothing', () => {
    const text = '«\u00a0Il faut, selon nos règles, que chacun respecte la décision du conseil.\u00a0»';
    expect(quote(text, 'fr').map((q) => [q.text, q.segments])).toEqual([['Il faut, selon nos règles, que chacun respecte la décision du conseil.', undefined]]);
  });
});

describe('Japanese and Chinese speakers', () => {
  const quote = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.text, q.speaker, q.cue, q.segments?.length ?? 1]);

  it('Japanese: the speaker after と, the topic opening the sentence, and a quotation in two parts', () => {
    expect(quote('「物価高に負けない賃上げを実現する」と岸田首相は述べた。', 'ja')).toEqual([['物価高に負けない賃上げを実現する', '岸田首相', '述べた', 1]]);
    expect(quote('林官房長官は記者会見で「政府として万全を期す」と述べた。', 'ja')).toEqual([['政府として万全を期す', '林官房長官', '述べた', 1]]);
    expect(quote('「景気は回復している」と首相は述べ、「ただし油断はできない」と付け加えた。', 'ja')).toEqual([['景気は回復しているただし油断はできない', '首相', '述べ', 2]]);
  });

  it('Chinese: “…，”X说，“…” is one quotation, and a partial quotation after X表示，', () => {
    const text = '“我们要坚定不移地推进改革开放，”习近平说，“这是决定当代中国命运的关键一招。”';
    expect(quote(text, 'zh')).toEqual([['我们要坚定不移地推进改革开放，这是决定当代中国命运的关键一招。', '习近平', '说', 2]]);
    expect(quote('“中方坚决反对任何形式的干涉，”毛宁表示。', 'zh')).toEqual([['中方坚决反对任何形式的干涉', '毛宁', '表示', 1]]);
    expect(quote('李强表示，中国经济“长期向好的基本面没有改变”。', 'zh')).toEqual([['长期向好的基本面没有改变', '李强', '表示', 1]]);
    expect(quote('賴清德說：「我們要『團結』一致，共同面對挑戰。」', 'zh')).toEqual([['我們要『團結』一致，共同面對挑戰。', '賴清德', '說', 1]]);
  });

  it('keeps a nickname after 称为 out', () => {
    expect(quote('他被称为“铁人”，是中国石油工业的代表人物。', 'zh')).toEqual([]);
  });
});

describe('names with a capitalised article inside', () => {
  it('keeps "Le" and "La" inside a French or Italian name on either side of the verb', () => {
    const before = 'Bruno Le Maire a déclaré : « La croissance sera plus faible que prévu cette année. »';
    expect(findQuotes(before, { lang: 'fr' }).map((q) => [q.speaker, q.speakerName])).toEqual([['Bruno Le Maire', 'Bruno Le Maire']]);
    const after = '«Non faremo nessun passo indietro sulla riforma», ha detto Ignazio La Russa.';
    expect(findQuotes(after, { lang: 'it' }).map((q) => [q.speaker, q.speakerName])).toEqual([['Ignazio La Russa', 'Ignazio La Russa']]);
  });
});

describe('a place after the speaker', () => {
  const speaker = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.speakerName]);

  it('ends a Polish, Swedish or Danish mention at its preposition, not at the place named after it', () => {
    expect(speaker('„Nie podniesiemy podatków w przyszłym roku” – powiedział premier Donald Tusk w Sejmie.', 'pl')).toEqual([['premier Donald Tusk', 'Donald Tusk']]);
    expect(speaker('„Nie podniesiemy podatków w przyszłym roku” – powiedział premier Donald Tusk na konferencji prasowej.', 'pl')).toEqual([['premier Donald Tusk', 'Donald Tusk']]);
    expect(speaker('”Vi kommer att sänka skatten nästa år”, sade finansminister Elisabeth Svantesson på en presskonferens.', 'sv')).toEqual([['finansminister Elisabeth Svantesson', 'Elisabeth Svantesson']]);
    expect(speaker('»Vi vil ikke hæve skatten næste år for nogen«, sagde statsminister Mette Frederiksen på et pressemøde.', 'da')).toEqual([['statsminister Mette Frederiksen', 'Mette Frederiksen']]);
  });

  it('still reads a capital W as an initial', () => {
    expect(speaker('“We will not raise taxes on anyone next year,” said George W. Bush in Texas.', 'en')).toEqual([['George W. Bush', 'George W. Bush']]);
  });
});

describe('Scandinavian and Finnish pronouns, Finnish and Swiss roles', () => {
  const names = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.speakerName]);

  it('resolves han, hon, hun and hän to the person named before', () => {
    expect(names('Finansminister Elisabeth Svantesson presenterade budgeten. Hon sa: ”Vi kommer att sänka skatten för alla löntagare nästa år.”', 'sv')).toEqual([['Hon', 'Elisabeth Svantesson']]);
    expect(names('Mette Frederiksen holdt tale i dag. »Danmark står sammen med Ukraine så længe det er nødvendigt«, sagde hun.', 'da')).toEqual([['hun', 'Mette Frederiksen']]);
    expect(names('Petteri Orpo vieraili Kiovassa. ”Suomi tukee Ukrainaa niin kauan kuin on tarpeen”, hän sanoi.', 'fi')).toEqual([['hän', 'Petteri Orpo']]);
  });

  it('leaves the role out of the name: Pääministeri, Bundesrätin', () => {
    expect(names('Pääministeri Petteri Orpo sanoi: ”Suomi tukee Ukrainaa niin kauan kuin on tarpeen.”', 'fi')).toEqual([['Pääministeri Petteri Orpo', 'Petteri Orpo']]);
    expect(names('«Wir werden die Steuern nicht erhöhen», sagte Bundesrätin Karin Keller-Sutter in Bern.', 'de-CH')).toEqual([['Bundesrätin Karin Keller-Sutter', 'Karin Keller-Sutter']]);
  });
});

describe('the body a role belongs to before the name', () => {
  it('names the person, not "Consiglio Giorgia Meloni" or "Cgil Maurizio Landini"', () => {
    const before = 'Il presidente del Consiglio Giorgia Meloni ha dichiarato: «L’Italia non resterà a guardare mentre l’Europa decide»';
    expect(findQuotes(before, { lang: 'it' }).map((q) => q.speakerName)).toEqual(['Giorgia Meloni']);
    const after = '«Dobbiamo difendere l’occupazione nelle fabbriche del Nord», ha dichiarato il segretario della Cgil Maurizio Landini.';
    expect(findQuotes(after, { lang: 'it' }).map((q) => q.speakerName)).toEqual(['Maurizio Landini']);
  });
});

describe('a reporting verb with no subject written (Spanish, Italian, Polish)', () => {
  const quote = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.text, q.speaker, q.cue, q.segments?.length ?? 1]);

  it('keeps a short quotation that only its verb attributes, and joins the quotation it interrupts', () => {
    expect(quote('«No hay margen», dijo. «Lo hemos intentado todo durante meses y no ha funcionado».', 'es')).toEqual([
      ['No hay margen Lo hemos intentado todo durante meses y no ha funcionado', null, 'dijo', 2],
    ]);
    expect(quote('„Nie ma pola do negocjacji” – powiedział.', 'pl')).toEqual([['Nie ma pola do negocjacji', null, 'powiedział', 1]]);
  });

  it('gives it the source of the sentence before, with its own verb as the cue', () => {
    expect(quote('Pedro Sánchez compareció ayer en el Congreso. «No hay margen», dijo.', 'es')).toEqual([['No hay margen', 'Pedro Sánchez', 'dijo', 1]]);
  });
});

describe('titles of works in sentence case', () => {
  it('counts an elided article with its noun, so a three-word French title stays a title', () => {
    const text = 'Le film «\u00a0Anatomie d’une chute\u00a0» a remporté la Palme d’or à Cannes.';
    expect(findQuotes(text, { lang: 'fr' })).toEqual([]);
  });
});

describe('an adverb opening the sentence of the reporting verb', () => {
  const quote = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.speakerName, q.cue]);

  it('is no speaker ("Poi ha aggiunto:", "Potem dodał:", "Puis elle a ajouté :"): the speaker carries over, the verb stays', () => {
    const it = '«Dobbiamo difendere l’occupazione nelle fabbriche del Nord», ha affermato Landini. Poi ha aggiunto: «Non accetteremo licenziamenti».';
    expect(quote(it, 'it')).toEqual([['Landini', 'Landini', 'affermato'], ['Landini', 'Landini', 'aggiunto']]);
    const pl = '„Musimy bronić miejsc pracy w fabrykach na północy” – powiedział Tusk. Potem dodał: „Nie zgodzimy się na zwolnienia”.';
    expect(quote(pl, 'pl')).toEqual([['Tusk', 'Tusk', 'powiedział'], ['Tusk', 'Tusk', 'dodał']]);
    const fr = '«\u00a0Il faut défendre l’emploi dans les usines du Nord\u00a0», a affirmé Sophie Binet. Puis elle a ajouté\u00a0: «\u00a0Nous n’accepterons aucun licenciement.\u00a0»';
    expect(quote(fr, 'fr')).toEqual([['Sophie Binet', 'Sophie Binet', 'affirmé'], ['elle', 'Sophie Binet', 'ajouté']]);
  });
});

describe('nicknames, verbs of naming, and a place after the speaker in Romance news', () => {
  it('leaves a nickname after "detto", "surnommé", "apodado" out', () => {
    for (const [text, lang] of [
      ['L’ex premier, detto «il Professore», ha parlato all’assemblea.', 'it'],
      ['L’ancien président, surnommé «\u00a0le Boss\u00a0», a quitté le gouvernement.', 'fr'],
      ['El delantero, apodado «el Pistolero», marcó dos goles.', 'es'],
    ]) expect(findQuotes(text, { lang })).toEqual([]);
  });

  it('reads "calificó", "definito" as reporting a partial quotation', () => {
    const es = 'El presidente calificó la medida de «un error histórico que pagarán los ciudadanos» en su discurso.';
    expect(findQuotes(es, { lang: 'es' }).map((q) => [q.speaker, q.cue])).toEqual([['El presidente', 'calificó']]);
    const it = 'Giorgia Meloni ha definito la proposta «un’occasione persa per l’Europa» durante il vertice.';
    expect(findQuotes(it, { lang: 'it' }).map((q) => [q.speaker, q.cue])).toEqual([['Giorgia Meloni', 'definito']]);
  });

  it('ends the speaker before a preposition: "all’uscita da Palazzo Chigi", "ante los periodistas", "devant les députés"', () => {
    const it = '«Non faremo passi indietro sulla manovra», ha detto il ministro all’uscita da Palazzo Chigi.';
    expect(findQuotes(it, { lang: 'it' }).map((q) => [q.speaker, q.speakerName])).toEqual([['il ministro', null]]);
    const es = '«No vamos a dar ni un paso atrás», dijo Pedro Sánchez ante los periodistas.';
    expect(findQuotes(es, { lang: 'es' }).map((q) => q.speaker)).toEqual(['Pedro Sánchez']);
    const fr = '«\u00a0Nous irons jusqu’au bout de cette réforme\u00a0», a déclaré Élisabeth Borne devant les députés.';
    expect(findQuotes(fr, { lang: 'fr' }).map((q) => q.speaker)).toEqual(['Élisabeth Borne']);
  });
});

describe('Chinese reporting clauses around a quotation', () => {
  const quote = (text: string) => findQuotes(text, { lang: 'zh' }).map((q) => [q.text, q.speaker, q.cue, q.segments?.length ?? 1]);

  it('joins “…，”他说。“…” like “…,” he said. “…”', () => {
    expect(quote('“我们绝不会放弃，”他说。“我们会继续战斗到最后。”')).toEqual([['我们绝不会放弃，我们会继续战斗到最后。', '他', '说', 2]]);
  });

  it('gives a quotation over paragraphs to the one introduced with a full-width colon on the paragraph before', () => {
    const text = '王毅表示：\n\n“中方愿同各方一道，推动局势降温。\n\n“我们呼吁有关各方保持克制。”';
    expect(quote(text)).toEqual([['中方愿同各方一道，推动局势降温。\n\n我们呼吁有关各方保持克制。', '王毅', '表示', 2]]);
  });
});

describe('relative pronouns and conjunctions before the reporting verb', () => {
  const names = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.speakerName, q.cue]);

  it('resolves qui, che, quien, który to the name before them', () => {
    expect(names('Le syndicat a reçu Emmanuel Macron, qui a déclaré\u00a0: «\u00a0Nous n’accepterons aucun licenciement.\u00a0»', 'fr')).toEqual([['qui', 'Emmanuel Macron', 'déclaré']]);
    expect(names('«Dobbiamo essere uniti», ha detto Mattarella, che ha poi aggiunto: «Il Paese ce la farà».', 'it')).toEqual([['Mattarella', 'Mattarella', 'detto'], ['che', 'Mattarella', 'aggiunto']]);
    expect(names('Głos zabrał premier Donald Tusk, który powiedział: „Nie ma zgody na takie rozwiązania”.', 'pl')).toEqual([['który', 'Donald Tusk', 'powiedział']]);
    expect(names('Habló después la ministra Yolanda Díaz, quien afirmó: «No habrá despidos en el sector público».', 'es')).toEqual([['quien', 'Yolanda Díaz', 'afirmó']]);
  });

  it('does not take Spanish "Y" or Italian "E" (and) opening the sentence for a speaker', () => {
    const es = 'La ministra aseguró: «Vamos a cumplir con Bruselas». Y añadió: «No habrá recortes en sanidad ni en educación».';
    expect(names(es, 'es')).toEqual([['La ministra', null, 'aseguró'], ['La ministra', null, 'añadió']]);
    const it = '«Dobbiamo essere uniti», ha detto Mattarella. E ha aggiunto: «Il Paese ce la farà».';
    expect(names(it, 'it')).toEqual([['Mattarella', 'Mattarella', 'detto'], ['Mattarella', 'Mattarella', 'aggiunto']]);
  });
});

describe('two quotations interrupted inside their marks in one sentence', () => {
  it('gives each its own speaker and segments, and starts each at its opening mark', () => {
    const text = 'Le débat a tourné court entre les deux candidats : « Nous avons, explique-t-il, tout essayé » ; « vous avez, affirme-t-elle, tout raté ».';
    const quotes = findQuotes(text, { lang: 'fr' });
    expect(quotes.map((q) => [written(text, q), q.speaker, q.cue, q.segments?.map((s) => text.slice(s.start, s.end))])).toEqual([
      ['« Nous avons, explique-t-il, tout essayé »', 'il', 'explique', ['« Nous avons,', 'tout essayé »']],
      ['« vous avez, affirme-t-elle, tout raté »', 'elle', 'affirme', ['« vous avez,', 'tout raté »']],
    ]);
  });
});

describe('answers and coordinated reporting verbs', () => {
  const said = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.cue]);

  it('reads svarade, odpowiedział, vastasi, and 語り (continuative) as reporting', () => {
    const sv = 'Kristersson svarade ”absolut inte i år” och Andersson svarade ”kanske nästa år” under debatten i riksdagen.';
    expect(said(sv, 'sv')).toEqual([['Kristersson', 'svarade'], ['Andersson', 'svarade']]);
    const pl = 'Premier odpowiedział, że „absolutnie nie w tym roku”, a minister dodał, że „być może w przyszłym”.';
    expect(said(pl, 'pl')[0]).toEqual(['Premier', 'odpowiedział']);
    expect(said('社長は「『顧客第一』の理念を徹底したい」と語り、「来期は増益を目指す」と述べた。', 'ja')).toEqual([['社長', '語り'], ['社長', '述べた']]);
  });

  it('gives "sade hon och fortsatte:" to hon, not to "sade hon och"', () => {
    const sv = '”Vi måste agera nu. Det finns ingen tid att förlora”, sade hon och fortsatte: ”Vi har redan väntat för länge.”';
    expect(said(sv, 'sv')).toEqual([['hon', 'sade'], ['hon', 'fortsatte']]);
  });
});

describe('a surname resolved to the full name given earlier', () => {
  const names = (text: string, lang: string) => findQuotes(text, { lang }).map((q) => [q.speaker, q.speakerName, q.cue]);

  it('after the body of a role ("della Cgil Maurizio Landini") and after a Polish title ("Premier Donald Tusk")', () => {
    const it = 'Il segretario della Cgil Maurizio Landini ha parlato in piazza. «Non accetteremo licenziamenti», ha affermato Landini.';
    expect(names(it, 'it')).toEqual([['Landini', 'Maurizio Landini', 'affermato']]);
    const pl = 'Premier Donald Tusk spotkał się z rolnikami. „Nie zostawimy was samych” – zapewnił Tusk.';
    expect(names(pl, 'pl')).toEqual([['Tusk', 'Donald Tusk', 'zapewnił']]);
  });
});
