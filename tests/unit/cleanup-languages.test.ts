/**
 * Italian, Portuguese and Dutch, beyond the four languages the cleanup fixtures cover: only the commonest of their
 * promo headings, read-more lines, ad labels and skip links, each on a small page with a story in that language.
 */
import { describe, expect, it } from 'vitest';
import { findClutter, RULES } from '../../src/core/cleanup/index';
import { parseHtml } from '../../src/node/dom';

const STORY = {
  it: [
    'Il Consiglio dei ministri ha approvato martedì la riforma delle pensioni, che alza gradualmente l’età di uscita a 67 anni per tutti.',
    'I sindacati hanno annunciato uno sciopero generale per la fine del mese, mentre le imprese chiedono di ridurre il cuneo fiscale.',
    'Il testo passa ora alla Camera, dove la maggioranza conta di approvarlo entro l’estate senza modifiche sostanziali al testo.',
  ],
  pt: [
    'O Governo aprovou nesta terça-feira a reforma da Previdência, que aumenta gradualmente a idade mínima de aposentadoria para 65 anos.',
    'Os sindicatos anunciaram uma greve geral para o fim do mês, enquanto as empresas pedem uma redução dos encargos sobre os salários.',
    'O texto segue agora para o Congresso, onde o Governo espera aprová-lo antes do recesso parlamentar de julho deste ano.',
  ],
  nl: [
    'Het kabinet heeft dinsdag de pensioenhervorming goedgekeurd, die de pensioenleeftijd geleidelijk verhoogt naar 68 jaar voor iedereen.',
    'De vakbonden kondigden een algemene staking aan voor het einde van de maand, terwijl werkgevers lagere lasten op arbeid vragen.',
    'Het wetsvoorstel gaat nu naar de Tweede Kamer, waar het kabinet op steun van de oppositie rekent om het voor de zomer aan te nemen.',
  ],
};

function hiddenIn(lang: keyof typeof STORY, before: string, inStory: string, after: string): Array<{ rule: string; mode: string; text: string }> {
  const [first, second, third] = STORY[lang];
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Pensioni</title></head><body>${before}
    <main><article><h1>La riforma</h1><div class="entry-content"><p>${first}</p><p>${second}</p>${inStory}<p>${third}</p></div></article>${after}</main></body></html>`;
  const doc = parseHtml(html, 'https://example.org/news/2026/riforma').document;
  return findClutter(doc, RULES, { isArticle: true }).map((block) => ({ rule: block.rule, mode: block.mode, text: block.text }));
}

const teasers = (heading: string) =>
  `<section class="box"><h2>${heading}</h2><div class="card"><a href="/a">Primo titolo qui</a> <time datetime="2026-01-02">2/1/2026</time></div>` +
  `<div class="card"><a href="/b">Secondo titolo qui</a> <time datetime="2026-01-01">1/1/2026</time></div></section>`;

describe('cleanup in Italian, Portuguese and Dutch', () => {
  it('hides an Italian related box, its "Leggi anche:" line and its ad label, and makes its skip link visually hidden', () => {
    const hidden = hiddenIn('it', '<a href="#main">Vai al contenuto</a>', '<p><b>Leggi anche:</b> <a href="/p">Pensioni, cosa cambia</a></p><div class="slot"><span>Pubblicità</span></div>', teasers('Articoli correlati'));
    expect(hidden).toEqual(expect.arrayContaining([
      { rule: 'skip-link', mode: 'visually-hidden', text: 'Vai al contenuto' },
      { rule: 'read-more-line', mode: 'hide', text: 'Leggi anche: Pensioni, cosa cambia' },
      { rule: 'ad-label', mode: 'hide', text: 'Pubblicità' },
      { rule: 'promo-heading', mode: 'hide', text: 'Articoli correlati Primo titolo qui 2/1/2026 Secondo titolo qui 1/1/2026' },
    ]));
  });

  // The same page in each language: its skip link, its read-more line and its promo heading.
  it.each([
    { lang: 'pt' as const, skip: 'Pular para o conteúdo', label: 'Leia também:', link: 'O que muda na Previdência', heading: 'Mais lidas' },
    { lang: 'nl' as const, skip: 'Ga naar de inhoud', label: 'Lees ook:', link: 'Wat er verandert aan je pensioen', heading: 'Meest gelezen' },
  ])('hides a "$heading" box and "$label" line ($lang), and makes "$skip" visually hidden', ({ lang, skip, label, link, heading }) => {
    const hidden = hiddenIn(lang, `<a href="#main">${skip}</a>`, `<p><b>${label}</b> <a href="/p">${link}</a></p>`, teasers(heading));
    expect(hidden).toEqual(expect.arrayContaining([
      { rule: 'skip-link', mode: 'visually-hidden', text: skip },
      { rule: 'read-more-line', mode: 'hide', text: `${label} ${link}` },
      { rule: 'promo-heading', mode: 'hide', text: `${heading} Primo titolo qui 2/1/2026 Secondo titolo qui 1/1/2026` },
    ]));
  });

  it('keeps a Dutch story sentence that starts with "Lees ook"', () => {
    const sentence = 'Lees ook het advies van de Raad van State, dat volgens de minister geen bezwaren bevat tegen de hogere leeftijd.';
    const hidden = hiddenIn('nl', '', `<p>${sentence}</p>`, '');
    expect(hidden.filter((block) => sentence.startsWith(block.text.replace(/…$/, '')))).toEqual([]);
  });
});
