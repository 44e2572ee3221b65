/**
 * Words that attribute a quotation, per language. Small hand-made lists: reporting verbs (all the
 * inflected forms that occur in news), source prepositions, and the words that end a speaker mention.
 */

const words = (list: string) => list.trim().split(/\s+/u);

/** English reporting verbs as stems; the forms are stem + (s|ed|ing) or listed irregulars. */
const EN_VERBS = words(`
  say said tell told write wrote written read add ask call continue note state explain reply respond declare argue
  claim insist warn admit admitting acknowledge announce tweet post recall conclude suggest promise pledge vow joke
  quip complain concede counter describe report remark assert predict urge boast chant beam gush shout yell scream
  whisper emphasize stress observe answer lament mock praise accuse blast criticize charge testify wonder muse cite
  dub label brand deride thank confirm deny reveal assure recount maintain contend interject publish portray
  express proclaim pronounce elaborate bemoan bark reiterate endorse chide retweet blame hail applaud lambaste
  scold regret apologize apologise refer term coin exclaim tout slam dismiss decry denounce condemn lecture echo
  shrug interrupt
  `);
/** German reporting verbs and attributing words (finite forms and participles). */
const DE_VERBS = words(`
  sagte sagten sagt sagen gesagt erklärte erklärten erklärt erklären meinte meinten meint
  betonte betonten betont schrieb schrieben schreibt geschrieben äußerte äußerten äußert geäußert
  kritisierte kritisierten kritisiert bezeichnete bezeichneten bezeichnet nannte nannten nennt genannt
  warnte warnten warnt forderte forderten fordert fragte fragten fragt antwortete antworteten antwortet
  zitiert zitierte zitierten berichtete berichteten berichtet teilte teilten mitteilte verkündete verkündet
  begründete begründet kommentierte kommentiert lautete lautet heißt hieß skandierten skandierte rief riefen
  würdigte würdigt lobte lobt entgegnete entgegnet versicherte versichert bekräftigte bekräftigt
  räumte räumt ergänzte ergänzt fügte fügt unterstrich unterstreicht beschrieb beschreibt bestätigte
  sprach spricht verlangte verlangt mahnte mahnt appellierte beklagte beklagt klagte behauptete behauptet
  glaubt glaubte hofft hoffte twitterte twittert schimpfte ausdrückte ausgedrückt formulierte formuliert
  bilanzierte resümierte unterstrich betonten erläuterte erläutert
  verurteilte verurteilt argumentierte argumentiert bemerkte bemerkt erinnerte erinnert schilderte schildert
  rügte rügt urteilte widersprach bekannte gestand prophezeite vermutete vermutet erwiderte erwidert konterte kontert
  `);
const FR_VERBS = words(`dit déclaré affirmé expliqué ajouté écrit estimé souligné indiqué répondu précisé assuré raconté confié reconnu rappelé martelé insisté lancé annoncé qualifié selon déclare affirme explique ajoute écrit estime souligne indique raconte confie précise assure poursuit`);
const ES_VERBS = words(`dijo dice afirmó declaró explicó añadió agregó escribió aseguró señaló indicó relató subrayó advirtió reconoció destacó sostuvo calificó respondió dicho afirmado declarado explicado añadido asegurado señalado indicado afirma explica asegura según`);
/** Swedish, Finnish, Polish, Dutch, Portuguese: the commonest forms only. */
const OTHER_VERBS = words(`
  sa sade säger skriver skrev kallade svarade fortsatte berättar berättade uppger uppgav sagde siger svarede fortæller fortalte sier sanoi sanoo kertoi
  kertoo kirjoitti totesi toteaa korosti vastasi powiedział powiedziała mówi stwierdził stwierdziła dodał dodała napisał
  napisała przyznał przyznała ocenił oceniła podkreślił podkreśliła zapowiedział zapowiedziała oświadczył oświadczyła
  zaznaczył zaznaczyła zapewnił zapewniła nazwał nazwała odpowiedział odpowiedziała uważa twierdzi zei zegt schreef disse afirmou declarou`);
const IT_VERBS = words(`detto dichiarato spiegato aggiunto scritto affermato sottolineato ribadito precisato raccontato commentato annunciato definito risposto dice spiega afferma aggiunge racconta sottolinea secondo`);

/** German "nach Angaben des Amtes", "nach Darstellung des Verlages": a statement or a document as the source. */
const NACH = 'nach (?:Angaben|Ansicht|Auffassung|Meinung|Einschätzung|(?:den )?Worten|Aussagen?|Darstellungen?|Bewertung|Informationen|Berichten|Erkenntnissen)';
/** Cues after which the source follows ("according to X", "laut X", "selon X"). */
export const SOURCE_AFTER = new RegExp(`^(?:according to|laut|so|${NACH}|selon|según|secondo|według|zdaniem|enligt|ifølge)$`, 'iu');
/** Cues that follow their source ("X zufolge", Finnish "ministerin mukaan"). */
export const SOURCE_BEFORE = /^(?:zufolge|mukaan)$/iu;

const CUES = new Map<string, Set<string>>([
  ['en', new Set(EN_VERBS)],
  ['de', new Set(DE_VERBS)],
  ['fr', new Set(FR_VERBS)],
  ['es', new Set(ES_VERBS)],
  ['it', new Set(IT_VERBS)],
  ['other', new Set(OTHER_VERBS)],
]);
const ALL_CUES = new Set([...CUES.values()].flatMap((set) => [...set]));

/** English inflections reduced to the listed stem: chanting -> chant, replied -> reply, joked -> joke. */
const EN_STEMS: [RegExp, string][] = [[/ing$/u, ''], [/ing$/u, 'e'], [/ied$/u, 'y'], [/ies$/u, 'y'], [/ed$/u, ''], [/d$/u, ''], [/(\p{L})\1ed$/u, '$1'], [/es$/u, ''], [/s$/u, '']];

/** Whether a (lower-case) word reports speech in a language (any language when unknown). */
export function isCue(word: string, lang: string | null): boolean {
  const set = (lang && CUES.get(lang)) || ALL_CUES;
  if (set.has(word)) return true;
  if (lang && lang !== 'en') return false;
  return EN_STEMS.some(([suffix, stem]) => suffix.test(word) && CUES.get('en')!.has(word.replace(suffix, stem)));
}

/** Multi-word cues, tried before single words. */
export const PHRASE_CUES = new RegExp(`\\b(?:according to|went on to say|pointed out|points? out|shot back|put it|puts it|said in a statement|${NACH}|mit den Worten|heißt es|hieß es|es geheißen|teilte mit|fügte hinzu)\\b`, 'giu');

/** Personal pronouns that can stand for a named speaker, with their gender (m, f, or x for unknown). */
export const PRONOUNS: Record<string, 'm' | 'f' | 'x'> = {
  he: 'm', she: 'f', er: 'm', sie: 'x', il: 'm', elle: 'f', él: 'm', ella: 'f', lui: 'm', lei: 'f', han: 'm', hon: 'f', hun: 'f', hän: 'x',
};
/** Pronouns that are speakers but name nobody we can resolve. */
export const UNRESOLVED_PRONOUNS = new Set(words('i we they you it ich wir ihr es man je nous ils elles yo nosotros ellos io noi loro'));

/** Words before a name that are not part of it: titles, roles, articles. */
export const TITLE_WORDS = new Set(
  words(`
  mr mrs ms miss dr prof sir rev president vice secretary sen senator rep representative gov governor mayor
  judge justice gen general col adm chancellor minister prime former state attorney spokesman spokeswoman
  councilwoman councilman councilmember congressman congresswoman commissioner ambassador secretary-general sheriff chief
  spokesperson chairman chairwoman chair ceo director leader candidate nominee democrat republican rev
  the a an of for to and herr frau präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister
  ministerin sprecher sprecherin der die das des dem den ein eine einer vorsitzende vorsitzender chef chefin
  monsieur madame m mme señor señora sr sra signor signora premier prezydent prezes presidente ministro ministra
`),
);

/** Titles that a full stop abbreviates ("Sen.", "Dr."); a full word ends its sentence ("… said the president."). */
const TITLE_ABBREVIATIONS = new Set(words('mr mrs ms messrs dr prof sen rep gov gen lt col maj capt cmdr sgt adm rev pres supt atty hon mme sra srta hr fr'));
export const isTitleAbbreviation = (lower: string) => TITLE_ABBREVIATIONS.has(lower);

/** Lower-case words that end a speaker mention on either side. */
export const MENTION_STOP = new Set(
  words(`
  that who which whom whose when while where as because but and or if then also later once again still
  until unless although though whereas whether than
  in on at to by from during after before about with into over since this last earlier yesterday today
  tonight is was were are has have had had been be would will could should may might did does do not
  what despite under
  dass der die das wer welcher welche welches als wie weil und oder aber auch dann noch bereits schon
  am im in an auf bei beim vor nach mit gegenüber zur zum von vom ist war sei habe hat hatte wurde wird
  heute gestern morgen dazu zudem außerdem weiter jedoch indes sowie folgt folgendermaßen hier so
  aus hinzu fest bekannt zurück ab unterdessen sich über unter für gegen ohne durch um zwischen neben hinter seit wegen trotz
  worden geworden
  que qui à au en dans le la les du des et mais
  w z na po od przy podczas przed på vid efter till hos med ved til
  puis ensuite poi luego después potem następnie sedan och og oraz
  sur devant lors après pendant chez avec da con su per tra fra dopo durante ante tras desde sobre
`),
);

/** Konjunktiv I forms that mark German reported speech around a partial quotation. */
export const DE_REPORTED = /\b(?:sei|seien|habe|hätten?|werde|würden?|könne|müsse|solle|dürfe|wolle|gebe|stehe|liege)\b/u;
/** More subjunctive forms: enough to carry the speaker over from the sentence before, too weak to make a quotation. */
export const DE_REPORTED_WIDE = /\b(?:sei|seien|habe|hätten?|werde|würden?|könne|müsse|solle|dürfe|wolle|gebe|stehe|liege|drohe|fehle|gehe|komme|bleibe|wisse|halte|sehe|brauche|stecke|zeige|lasse|mache)\b/u;
