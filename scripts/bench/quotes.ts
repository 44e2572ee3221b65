/**
 * Quotations and speakers on annotated news: PolNeAR (English) and the German WikiNews quotation corpus,
 * train and dev apart, with two baselines in the same run (plain pairing of quotation marks; a plain
 * "said X" regular expression for speakers).
 *
 *   npm run bench:quotes -- [--corpus polnear|german] [--split train|dev] [--limit N] [--errors N]
 *
 * Scoring (decided here, see .bench/quotes.md):
 * - Units: each gold quoted segment is a unit; each predicted quote is one unit, or one per segment
 *   when it has segments. A predicted unit matches a gold unit when they overlap by at least half of the
 *   shorter of the two; matching is one-to-one, largest overlaps first. Precision, recall and F1 over units.
 * - Speakers: per gold quotation with a speaker span and at least one matched segment; correct when the
 *   speaker span of the predicted quote that matched overlaps a gold speaker span. "No speaker" is the share
 *   of those where no speaker was predicted.
 * - Names (no gold coreference exists, so two proxies): for correct speakers whose gold mention holds a
 *   capitalised name, the share whose speakerName ends with that name's last word; for gold pronoun
 *   mentions, the share resolved to some name.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findQuotes } from '../../src/core/quotes/index';
import type { Quote } from '../../src/core/types';

interface Range {
  start: number;
  end: number;
}
interface GoldQuote {
  segments: Range[];
  speakers: (Range & { text: string })[];
}
interface Doc {
  id: string;
  publisher: string | null;
  text: string;
  gold: GoldQuote[];
}
interface Predicted {
  units: Range[];
  speaker: Range | null;
  speakerName: string | null;
}

const CORPORA = {
  polnear: { lang: 'en', dir: 'quotes-polnear', file: (s: string) => `polnear_direct_${s}.jsonl` },
  german: { lang: 'de', dir: 'quotes-german', file: (s: string) => `german_direct_${s}.jsonl` },
} as const;
type CorpusName = keyof typeof CORPORA;

function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function readDocs(corpus: CorpusName, split: string, limit: number): Doc[] {
  const root = resolve(process.env.TIDYREAD_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus'));
  const file = join(root, CORPORA[corpus].dir, CORPORA[corpus].file(split));
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(0, limit).map((line) => {
    const row = JSON.parse(line);
    type Span = Range & { text: string };
    const gold: GoldQuote[] = row.direct_quotes.map((q: Record<string, Span[]>) => ({
      segments: (q.quoted_segments ?? q.quote).map(({ start, end }) => ({ start, end })),
      speakers: (q.source ?? q.speaker).map(({ start, end, text }) => ({ start, end, text })),
    }));
    return { id: String(row.id), publisher: row.publisher ?? null, text: row.text, gold };
  });
}

const overlap = (a: Range, b: Range) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const matches = (a: Range, b: Range) => overlap(a, b) > 0 && overlap(a, b) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);

function fromQuotes(quotes: Quote[]): Predicted[] {
  return quotes.map((q) => ({
    units: q.segments ?? [{ start: q.start, end: q.end }],
    speaker: q.speakerStart === null || q.speakerEnd === null ? null : { start: q.speakerStart, end: q.speakerEnd },
    speakerName: q.speakerName,
  }));
}

/** Baseline 1: every pair of quotation marks within a paragraph, nothing else. */
const PAIRS = /“[^“”\n]*”|"[^"\n]*"|„[^„“”\n]*[“”]|«[^«»\n]*»|»[^»«\n]*«|「[^」\n]*」|『[^』\n]*』/gu;
/** Baseline 2: "said X" / "X said" right after the closing mark. */
const SAID =
  /^[,.]?\s*(?:(?:said|says|told|sagte|sagt|erklärte)\s+((?:[A-ZÄÖÜ][\w.-]*\s?)+|he|she|er|sie)|((?:[A-ZÄÖÜ][\w.-]*\s?)+|he|she|He|She)\s+(?:said|says|told))/u;

function baseline(text: string): Predicted[] {
  return [...text.matchAll(PAIRS)].map((m) => {
    const end = m.index! + m[0].length;
    const after = text.slice(end, end + 80);
    const said = after.match(SAID);
    let speaker: Range | null = null;
    if (said) {
      const name = (said[1] ?? said[2]).trim();
      const at = end + said.index! + said[0].indexOf(name);
      speaker = { start: at, end: at + name.length };
    }
    return { units: [{ start: m.index!, end }], speaker, speakerName: null };
  });
}

interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  withSpeaker: number;
  speakerCorrect: number;
  speakerMissing: number;
  named: number;
  nameAgrees: number;
  pronouns: number;
  pronounResolved: number;
}

const PRONOUN = /^(?:he|she|er|sie|i|we|they|ich|wir)$/iu;

function score(doc: Doc, predicted: Predicted[], tally: Tally, errors: string[] | null): void {
  const units = predicted.flatMap((p) => p.units.map((u) => ({ ...u, p })));
  const goldUnits = doc.gold.flatMap((g) => g.segments.map((s) => ({ ...s, g })));
  const pairs: [number, number, number][] = [];
  units.forEach((u, i) => goldUnits.forEach((g, j) => matches(u, g) && pairs.push([overlap(u, g), i, j])));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const byGold = new Map<GoldQuote, Predicted>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    if (!byGold.has(goldUnits[j].g)) byGold.set(goldUnits[j].g, units[i].p);
  }
  tally.predicted += units.length;
  tally.gold += goldUnits.length;
  tally.matched += usedP.size;
  for (const [g, p] of byGold) {
    if (!g.speakers.length) continue;
    tally.withSpeaker++;
    const correct = p.speaker !== null && g.speakers.some((s) => overlap(s, p.speaker!) > 0);
    if (correct) tally.speakerCorrect++;
    if (!p.speaker) tally.speakerMissing++;
    if (errors && !correct) {
      const s = Math.min(g.segments[0].start, ...g.speakers.map((x) => x.start));
      const e = Math.max(g.segments[g.segments.length - 1].end, ...g.speakers.map((x) => x.end));
      const got = p.speaker ? doc.text.slice(p.speaker.start, p.speaker.end) : '-';
      errors.push(`SPK gold=${g.speakers.map((x) => x.text).join('|')} got=${got} pred=${JSON.stringify(doc.text.slice(p.units[0].start, p.units[0].start + 25))}\n   ${doc.text.slice(Math.max(0, s - 60), Math.min(e + 60, s + 500)).replace(/\n/g, ' / ')}`);
    }
    if (!correct) continue;
    // The mention up to its apposition: "Tad Devine, a senior strategist for Sanders" names Tad Devine.
    const mention = g.speakers[0].text.trim().split(/,|\s\(/u)[0].trim();
    if (PRONOUN.test(mention)) {
      tally.pronouns++;
      if (p.speakerName) tally.pronounResolved++;
    } else {
      // A name: two capitalised words in a row ("Eric Brewer", "New York Post") or a lone capitalised word
      // ("Brewer"); not a German noun after its article ("der Bundestrainer").
      const named = /\p{Lu}[\p{L}'’\-.]*\s+\p{Lu}/u.test(mention) || /^\p{Lu}[\p{L}'’\-]+$/u.test(mention);
      const last = named ? mention.match(/\p{Lu}[\p{L}'’\-]+/gu)?.pop()?.replace(/['’]s?$/u, '') : undefined;
      if (last) {
        tally.named++;
        if (p.speakerName?.endsWith(last)) tally.nameAgrees++;
      }
    }
  }
  if (errors) {
    units.forEach((u, i) => usedP.has(i) || errors.push(`FP ${JSON.stringify(doc.text.slice(Math.max(0, u.start - 50), u.end + 40).replace(/\n/g, ' / '))}`));
    goldUnits.forEach((g, j) => usedG.has(j) || errors.push(`FN ${JSON.stringify(doc.text.slice(Math.max(0, g.start - 50), g.end + 40).replace(/\n/g, ' / '))}`));
  }
}

const newTally = (): Tally => ({ predicted: 0, gold: 0, matched: 0, withSpeaker: 0, speakerCorrect: 0, speakerMissing: 0, named: 0, nameAgrees: 0, pronouns: 0, pronounResolved: 0 });
const ratio = (a: number, b: number) => (b ? a / b : 0);
const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(3));

interface Row {
  corpus: string;
  split: string;
  system: string;
  docs: number;
  goldSegments: number;
  predictedUnits: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number | null;
  noSpeaker: number | null;
  nameAgrees: number | null;
  pronounResolved: number | null;
  ms: number | null;
}

function row(corpus: string, split: string, system: string, docs: number, t: Tally, ms: number, withNames: boolean): Row {
  const precision = ratio(t.matched, t.predicted);
  const recall = ratio(t.matched, t.gold);
  return {
    corpus, split, system, docs, goldSegments: t.gold, predictedUnits: t.predicted, precision, recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speakerAccuracy: system === 'marks pairing' ? null : ratio(t.speakerCorrect, t.withSpeaker),
    noSpeaker: system === 'marks pairing' ? null : ratio(t.speakerMissing, t.withSpeaker),
    nameAgrees: withNames ? ratio(t.nameAgrees, t.named) : null,
    pronounResolved: withNames ? ratio(t.pronounResolved, t.pronouns) : null,
    ms: Number.isNaN(ms) ? null : Math.round(ms),
  };
}

function main(): void {
  const only = option('corpus');
  const splitOnly = option('split');
  const limit = Number(option('limit') ?? Infinity);
  const errorCount = Number(option('errors') ?? 0);
  if (only && !(only in CORPORA)) throw new Error(`--corpus must be one of ${Object.keys(CORPORA).join(', ')}`);
  if (splitOnly === 'dev' && errorCount) throw new Error('--errors lists train mistakes only: develop on train, not on dev');
  const rows: Row[] = [];
  const errors: string[] = [];
  for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
    if (only && corpus !== only) continue;
    for (const split of ['train', 'dev']) {
      if (splitOnly && split !== splitOnly) continue;
      const docs = readDocs(corpus, split, limit);
      const ours = newTally();
      // PolNeAR leaves the New York Times' ''double apostrophe'' quotations unannotated (117 of its 120 train
      // articles have no gold quote), so the figures are also given without that publisher.
      const oursNoNyt = newTally();
      const pairingNoNyt = newTally();
      let noNytDocs = 0;
      const pairing = newTally();
      let ms = 0;
      let baseMs = 0;
      for (const doc of docs) {
        let t0 = performance.now();
        const predicted = fromQuotes(findQuotes(doc.text, { lang: CORPORA[corpus].lang }));
        ms += performance.now() - t0;
        score(doc, predicted, ours, errorCount && split === 'train' && doc.publisher !== 'nyt' ? errors : null);
        if (doc.publisher !== 'nyt') {
          score(doc, predicted, oursNoNyt, null);
          noNytDocs++;
        }
        t0 = performance.now();
        const base = baseline(doc.text);
        baseMs += performance.now() - t0;
        score(doc, base, pairing, null);
        if (doc.publisher !== 'nyt') score(doc, base, pairingNoNyt, null);
      }
      rows.push(row(corpus, split, 'tidyread', docs.length, ours, ms, true));
      if (corpus === 'polnear') rows.push(row(corpus, split, 'tidyread, without nyt', noNytDocs, oursNoNyt, NaN, true));
      rows.push(row(corpus, split, 'marks pairing', docs.length, pairing, baseMs, false));
      rows.push(row(corpus, split, '"said X" regex (on pairing)', docs.length, pairing, baseMs, false));
      if (corpus === 'polnear') rows.push(row(corpus, split, '"said X" regex (on pairing), without nyt', noNytDocs, pairingNoNyt, NaN, false));
    }
  }
  const header = '| corpus | split | system | docs | gold segs | pred units | P | R | F1 | speaker acc | no speaker | name agrees* | pronoun resolved* | ms |';
  const lines = [header, '|' + ' --- |'.repeat(14)];
  for (const r of rows) {
    lines.push(`| ${r.corpus} | ${r.split} | ${r.system} | ${r.docs} | ${r.goldSegments} | ${r.predictedUnits} | ${fixed(r.precision)} | ${fixed(r.recall)} | ${fixed(r.f1)} | ${fixed(r.speakerAccuracy)} | ${fixed(r.noSpeaker)} | ${fixed(r.nameAgrees)} | ${fixed(r.pronounResolved)} | ${r.ms ?? '–'} |`);
  }
  const notes = [
    '',
    'Units: a gold quoted segment; a predicted quote, or each of its segments. Match: overlap >= half of the shorter, one-to-one, largest overlap first.',
    'Speaker acc: over gold quotations with a speaker and a matched segment; correct when the predicted speaker span overlaps the gold one. No speaker: share of those with no predicted speaker.',
    '*Proxies (no gold coreference): name agrees = speakerName ends with the last capitalised word of a correct gold mention (read up to its apposition) that is a name (two capitalised words in a row, or one capitalised word alone); pronoun resolved = share of correct pronoun mentions given some name.',
    'The two baseline rows share one pass: the quote figures are those of plain mark pairing, the speaker figures those of a "said X"/"X said" regex after its closing marks.',
    '"without nyt": PolNeAR leaves the New York Times\' \'\'double-apostrophe\'\' quotations unannotated (117 of its 120 train articles have no gold quote); tidyread no longer reads \'\' as a quotation mark.',
    'ms: total time of the system over the split on a shared 2-core machine (noisy).',
  ];
  const table = [...lines, ...notes].join('\n');
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/quotes.md', `# Quotes benchmark\n\n${table}\n`);
  writeFileSync('.bench/quotes.json', JSON.stringify({ rows }, null, 2));
  console.log(table);
  if (errorCount) console.log('\n' + errors.sort(() => 0).slice(0, errorCount).join('\n'));
}

try {
  main();
} catch (error) {
  console.error(`bench:quotes: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
