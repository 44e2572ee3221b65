/**
 * Headings and lines that announce clutter, in English, German, French and Spanish (and the commonest in Italian,
 * Portuguese and Dutch), written in lower case with single spaces and straight apostrophes. Accents are written as the
 * language writes them: texts and phrases are matched without them. Each entry starts with a literal word: a page's short
 * texts are looked up by their first word, so only the few entries that start with it are ever compiled.
 */
import { PhraseTable } from './phrase-table';

/** Headings of promo and related blocks: the block below the heading goes with it. */
export const PROMO_HEADING = new PhraseTable([
  // English
  'you may (?:have )?missed(?: it)?', 'you(?: may| might| will) (?:also )?(?:like|enjoy|be interested in)', "you'll (?:also )?(?:like|enjoy|be interested in)",
  "we think you'll like", "you think you'll like",
  'related(?: posts?| articles?| stories| news| content| reading| reads| links| topics| videos?)?',
  // "Related Social Media Marketing Resources", "Related topics & resources" (wcxb-dev 0038, 4538): a few words, then what
  // they are. Not "articles" after other words: a shop's "Related Expert Advice articles" are its buying guides (wcxb-dev 3029).
  'related (?:[\\w&-]+ ){0,4}(?:resources|blogs?|podcasts?|companies|searches|services|items|products|guides|videos)',
  'more like this', 'keep reading', 'other related (?:articles|posts|stories)', 'latest comments', 'trending (?:searches|topics)',
  'more (?:from|on|in|by|about) .{1,40}', 'more (?:stories|news|articles|posts|to read|to explore)',
  // A series or topic between: 'More "5 Tips" Posts' (wcxb-dev 4171, a Squarespace summary block).
  'more .{1,40} (?:stories|articles|posts)',
  'recommended(?: for you| stories| articles| posts| reading| videos?)?',
  'trending(?: now| stories| news| articles| posts| topics| today)?', 'most (?:popular|read|viewed|shared|commented|recent)(?: \\w+)?',
  'popular (?:posts|stories|articles|now|today|tags)', 'sponsored(?: content| stories| links| posts| articles)?', 'promoted(?: stories| content| links)?',
  'around the (?:web|internet)', 'from (?:around )?the web', 'hot on (?:the )?web',
  // A heading over topic links: "Read More News on" (wcxb-dev 0475); with a site's name after it, it is a line (READ_MORE_LINE).
  'read more (?:news|stories|articles) (?:on|at|from|about)', 'top trending(?: (?:terms|topics|stories|news|searches|now))?', "don't miss(?: this)?", 'do not miss(?: this)?', 'read (?:this )?next', 'up next', 'what to read next',
  "editor's picks?(?: videos| stories| articles)?", "editors' picks?(?: videos| stories| articles)?", 'paid (?:content|post)', 'partner content',
  // Not "Latest news": on a news site's front page it heads the main list (wcxb-dev 1310).
  'recent (?:posts|articles|stories)', 'ready for more',
  'other (?:interesting |related )?(?:articles|posts|stories)(?: you (?:may|might) (?:enjoy|like))?',
  'follow us(?: on .{1,30})?', 'follow me(?: on .{1,30})?', 'stay connected(?: with (?:me|us))?', 'quick links',
  'share', 'share it', 'share (?:this|the)(?: article| post| story| page| recipe| video| guide| list)?(?: on)?', 'share article', 'share on .{1,20}', 'connect with (?:me|us)',
  'tag', 'tags', 'tagged(?: with)?', 'categories', 'filed under', 'leave a (?:reply|comment)', 'post a comment', 'join the (?:conversation|discussion)',
  'trending this (?:week|month)',
  // Forums' and Q&A sites' lists of other threads (wcxb-dev 0532, 2826, 0574).
  'similar (?:threads|topics|questions|discussions)', 'hot network questions', 'linked questions', 'more topics from this (?:board|forum)',
  'top posters in this topic', 'what others are reading', 'recent (?:posts|articles|stories) (?:by|from) .{1,40}',
  // German
  'das könnte (?:sie|dich) (?:auch )?interessieren', 'das ist auch interessant', 'auch interessant', 'mehr (?:zum thema|aus|von|zu|über) ?.{0,40}', 'mehr (?:nachrichten|news)',
  'ähnliche (?:artikel|beiträge|themen|nachrichten)', 'verwandte (?:artikel|beiträge|themen|nachrichten)', 'passende (?:artikel|beiträge|themen|nachrichten)',
  'empfohlen (?:artikel|beiträge)', 'empfohlene (?:artikel|beiträge)', 'unsere empfehlung(?:en)?', 'empfehlungen', 'empfehlungen der redaktion',
  'meistgelesen(?: artikel)?', 'meistgelesene(?: artikel)?', 'meist gelesen', 'am meisten gelesen', 'beliebte (?:artikel|beiträge)', 'gesponsert',
  'weitere (?:artikel|beiträge|nachrichten|news)', 'neueste (?:artikel|beiträge|nachrichten)',
  'folge uns', 'folgen sie uns', 'artikel teilen', 'teilen', 'schlagwörter', 'schlagworte', 'kommentar (?:schreiben|hinterlassen)',
  // French
  'vous aimerez (?:aussi|peut-être aussi|également)', 'vous (?:pourriez|pourrez) (?:aussi |également )?aimer', 'ces articles (?:peuvent|pourraient) vous intéresser', 'à lire aussi', 'à lire également',
  'sur le même (?:sujet|thème)', 'dans le même (?:sujet|thème)', 'dans la même rubrique', 'à découvrir(?: aussi| également)?', 'nos recommandations',
  'article (?:similaires|liés|recommandés)', 'articles (?:similaires|liés|recommandés)', 'plus de .{1,40}', "plus d'.{1,40}", 'recommandé(?: pour vous)?', 'recommandés(?: pour vous)?',
  'tendance', 'tendances', 'les plus (?:lus|lues|populaires|partagés|consultés|commentés)',
  'contenu sponsorisés?', 'contenus sponsorisés?', 'sponsorisé', 'autour du web', 'ailleurs sur le web', 'à ne pas manquer', 'nos (?:articles|contenus) recommandés',
  'suivez-nous', 'partager(?: cet article)?', 'étiquettes', 'mots-clés', 'laisser un commentaire',
  // Spanish
  'también (?:te|le) (?:puede|podría|pueden|podrían) interesar', 'te (?:puede|podría|pueden|podrían) interesar', 'le (?:puede|podría|pueden|podrían) interesar',
  'quizá te interese', 'quizás te interese', 'puede interesarte', 'también te (?:puede|pueden|podría|podrían) gustar', 'te (?:puede|pueden|podría|podrían) gustar',
  'noticias relacionad[ao]s', 'artículos relacionad[ao]s', 'publicaciones relacionad[ao]s', 'entradas relacionad[ao]s',
  'relacionados', 'relacionadas', 'contenido relacionado', 'otras noticias', 'más (?:de|sobre|en) .{1,40}', 'más noticias', 'recomendados(?: para ti)?', 'recomendadas(?: para ti)?', 'recomendado para ti', 'te recomendamos',
  'tendencia', 'tendencias', 'síguenos', 'compartir(?: este artículo)?', 'etiquetas', 'deja un comentario', 'lo más (?:leído|visto|popular)',
  'las más (?:leíd[ao]s|populares|vist[ao]s)', 'los más (?:leíd[ao]s|populares|vist[ao]s)', 'más (?:leíd[ao]s|populares|vist[ao]s)',
  'contenido patrocinado', 'patrocinado', 'no te (?:lo )?pierdas',
  // Italian, Portuguese, Dutch: only the commonest
  'articoli correlati', 'notizie correlate', 'potrebbe interessarti(?: anche)?', 'ti potrebbe interessare', 'i più letti', 'contenuto sponsorizzato',
  'artigos relacionados', 'notícias relacionadas', 'você também pode gostar', 'mais lidas', 'conteúdo patrocinado',
  'gerelateerde artikelen', 'meest gelezen', 'gesponsord',
]);

/**
 * Headings of sign-up boxes whose names say nothing ("Never miss a story", "Join 15,000+ recipients…"): the box
 * below goes with them when it asks for something (see the newsletter rule).
 */
export const SIGN_UP_HEADING = new PhraseTable([
  // English
  'newsletter(?: sign ?-?up| subscription)?', 'newsletters', 'email newsletter', 'e-mail newsletter', 'free .{1,30} sign ?-?up',
  'sign up (?:for|to) (?:our |the |my )?.{0,40}(?:newsletters?|updates|e-?mails?|mailing list|inbox)(?: .{0,80})?',
  'sign up to receive .{1,80}', 'sign up for the latest .{1,80}',
  'subscribe (?:to|for) (?:our |the |my )?.{0,40}(?:newsletters?|blog|mailing list|e-?mails?|updates|posts)(?: .{0,80})?',
  'subscribe to receive .{1,80}', 'subscribe to stay .{1,60}',
  'join (?:our |the )?.{0,30}newsletter(?: .{0,80})?', 'join (?:over |more than )?[0-9][0-9,.]*k?\\+? .{1,80}',
  // Substack's box under a post, with its e-mail field.
  'ready for more',
  'never miss (?:a|an|another) (?:story|post|thing|beat|update|article|issue)(?:[.!,:]? .{0,80})?', "don't miss (?:a thing|anything)(?:[.!,:]? .{0,80})?",
  'get (?:the (?:latest|best)|our latest|all the latest|the best of) .{1,80}(?:inbox|e-?mail)(?: .{0,40})?',
  // German, French, Spanish
  'newsletter abonnieren', 'jetzt (?:den |unseren )?newsletter abonnieren', 'abonnieren sie (?:unseren|den) newsletter(?: .{0,60})?',
  'melden sie sich (?:für|zu) .{0,40}newsletter an',
  "inscrivez-vous à (?:notre|la|nos) (?:newsletters?|lettres? d'information)(?: .{0,60})?", "abonnez-vous à (?:notre|la|nos) (?:newsletters?|lettres? d'information)(?: .{0,60})?",
  'recevez (?:notre|nos) newsletters?(?: .{0,60})?',
  'suscríbete (?:a (?:nuestro|nuestra|la)|al) (?:newsletter|boletín)(?: .{0,60})?', 'suscríbase (?:a (?:nuestro|nuestra|la)|al) (?:newsletter|boletín)(?: .{0,60})?',
]);

/** Labels that lead a line only with a colon: bare, "Related" and "More" are headings and menu items. */
export const COLON_LABELS = ['read more', 'related', 'more', 'mehr zum thema', 'weiterlesen', 'lire la suite', 'leer más', 'te puede interesar'];

/** A line that sends the reader elsewhere ("Read More News at …", "Also read: …"): only the line goes. */
export const READ_MORE_LINE = new PhraseTable([
  'read more (?:news |stories |articles )?(?:at|on|from) .{1,60}',
  ...['also read', 'read also', 'see also', 'lesen sie (?:dazu |hierzu )?auch', 'auch lesen', 'auch interessant', 'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi',
    'lee también', 'leer también', 'lea también', 'ver también', 'noticia relacionada', 'leggi anche', 'leia também', 'veja também', 'lees ook']
    .map((label) => `${label}(?: ?:.*)?`),
  // The label alone, as its own element, before the linked title, its colon inside or just after it ("<b>Related:</b> <a>…</a>",
  // "<b>Related</b>: <a>…</a>", wcxb-dev 4155).
  ...COLON_LABELS.map((label) => `${label}(?: ?:(?: ?.+)?)?`),
  // The way to the site's next or previous post ("Previous article: <a>…</a>", "Older post", wcxb-dev 2825, 2862, 4367).
  ...['previous', 'prev', 'next', 'older', 'newer'].map((label) => `${label} (?:post|article|story|entry|topic)s?(?: ?:.*)?`),
  'random (?:post|article)', 'vorheriger (?:artikel|beitrag)(?: ?:.*)?', 'nächster (?:artikel|beitrag)(?: ?:.*)?', 'article (?:précédent|suivant)(?: ?:.*)?',
  'artículo (?:anterior|siguiente)(?: ?:.*)?',
]);

/** "Advertisement", "Article continues below", "Anzeige": the label an ad leaves behind. */
export const AD_LABEL = new PhraseTable([
  'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'article continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?',
  'story continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?', 'anzeige', 'werbung', 'publicité', 'publicidad', 'annonce', 'anuncio',
  'weiterlesen nach der anzeige', 'la suite après (?:cette |la )?(?:publicité|pub)', 'pubblicità', 'publicidade', 'advertentie',
]);

/**
 * What a site's own links and buttons offer besides the page: an account, a shop's cart, a sales call. The whole
 * text of a link or button; the same words in a sentence are the story's (see the site-action rule). Not phrases
 * that start with a word many short texts start with ("New to …?", "Free trial"): every such text would be looked at.
 */
export const SITE_ACTION = new PhraseTable([
  // English: accounts
  'log ?in', 'login', 'log ?out', 'logout', 'sign ?in', 'signin', 'sign ?up', 'signup', 'sign (?:in|up) now', 'sign up (?:for )?free',
  'log ?in (?:or|/|&|and) (?:sign ?up|register|create an account)', 'sign ?in (?:or|/|&|and) (?:sign ?up|register|create an account)',
  'register', 'register (?:now|for free|a new account)',
  'join', 'join (?:now|for free|free|today)', 'create (?:an |your |a free |a )?(?:website )?account', 'my account', 'account',
  'forgot (?:your )?password\\??', 'existing user\\? sign ?in', 'new user\\? (?:register|sign ?up)',
  'log ?in to (?:save|view|see|comment|reply|answer|continue|read|post)(?: .{1,40})?', 'sign ?in to (?:save|view|see|comment|reply|answer|continue|read|post)(?: .{1,40})?',
  'join (?:for free|now for free)(?: or (?:log|sign) ?in)?', 'open in app', 'get the app',
  // "Sign in to Cloud", "Sign into your products", "Member login" (wcxb-dev 0237, 4082, 0353, 4339, 4547)
  'sign ?in ?to .{1,30}', 'log ?in ?to .{1,30}', ...['member', 'members', 'customer', 'website', 'course', 'premium', 'account'].map((kind) => `${kind} (?:log ?in|sign ?in)`),
  // Following an author or a publication (Medium, Substack, Amazon's author pages: wcxb-dev 0257, 0613, 4460)
  'follow', 'follow (?:publication|author|the author|this author|writer)',
  // English: a menu's own buttons, on small screens ("Menu", "Toggle navigation", wcxb-dev 0022, 2909)
  'menu', 'main menu', 'open (?:the )?(?:main |navigation |site )?menu', 'close (?:the )?(?:main |navigation |site )?menu', 'toggle (?:the )?(?:main )?(?:navigation|nav|menu)',
  'open navigation(?: menu)?',
  // English: ways back to the site, whole links ('Back to blog' over a post; not 'Back to top', which stays on the page)
  'back to (?:the )?(?:blog|home|homepage|all (?:articles|posts|blogs|news|stories|resources)|articles|posts|news|resources|insights|overview)', 'go back(?: home| to (?:the )?.{1,30})?',
  // English: shops
  'add to (?:cart|bag|basket|wishlist|wish list|list|registry|favorites|favourites)', 'buy (?:it )?now', 'shop now', 'view (?:cart|bag|basket)',
  'cart(?: ?\\(?[0-9]+\\)?)?', 'basket', 'checkout',
  'write a review', 'email a friend', 'price alert', 'notify me(?: when (?:available|back in stock|in stock))?', 'add .{1,80} to compare',
  'quick (?:shop|view|add)', 'sort (?:by|and filter|& filter)', 'filter (?:and|&) sort', 'filters (?:and|&) sort', 'pick ?up in store',
  'filter', 'filters', 'filtres', 'filtros', 'filtern', 'select (?:a |an |your )?(?:size|colou?r|option|style)', 'choose (?:a |an |your )?(?:size|colou?r|option|style)',
  // English: forums' and Q&A sites' own buttons (wcxb-dev 0533, 0540, 2826, 4492)
  'reply with quote', 'quick reply', 'post reply', 'jump to', 'start a new (?:thread|topic|discussion)', 'new (?:thread|topic)', 'ask (?:a )?question',
  'improve this (?:question|answer)', 'view (?:public )?profile', 'view forum posts', 'click to expand', 'show ignored content', 'search forums',
  // English: sales and lead calls
  // Not "Get started": on documentation it leads to the guide, and in a grid of offers it is part of each card (wcxb-dev 0696).
  'contact (?:us|sales)', 'get in touch', 'get (?:a |your )?(?:free )?(?:quote|demo)', 'get started(?: for| -| –)? (?:free|today|now)',
  'see (?:plans|pricing|all plans)', 'view (?:plans|pricing)', 'book now', 'download for (?:windows|mac ?os|mac|linux|ios|android)',
  'speak (?:to|with) (?:an |our |a )?(?:expert|experts|sales|specialist|advisor)',
  'book (?:a |your )?(?:free )?(?:demo|call|consultation)', 'request (?:a |your )?(?:free )?(?:demo|quote|consultation)',
  'schedule (?:a |your )?(?:free )?(?:demo|call|consultation)', 'start (?:a |your )?free trial', 'try (?:it )?(?:for )?free',
  'talk to (?:an |our |a )?(?:expert|experts|sales|specialist)', 'apply now', 'subscribe(?: now| today)?', 'donate(?: now| today)?',
  // English: the site's own pages, linked from every page's header or footer (wcxb-dev 0080, 0144, 0179, 2860)
  'about us', 'careers', 'newsletter', 'newsletters', 'newsletter sign ?up', 'rss(?: feed)?', 'keyboard shortcuts',
  // Ways to the site's listings, whole links: "View all podcasts", "Browse all subjects", "See all case studies" (wcxb-dev
  // 0184, 0209, 0215, 0714: 19 such snippets marked clutter, none story). Not "Show all", which opens the page's own list.
  'view all(?: .{1,40})?', 'see all(?: .{1,40})?', 'browse all(?: .{1,40})?', 'explore all .{1,40}',
  // Wikipedia's button to the article in other languages (wcxb-dev 2879, 2998)
  '# languages',
  // German
  'anmelden', 'einloggen', 'abmelden', 'registrieren', 'jetzt registrieren', 'mein konto', 'konto erstellen', 'in den warenkorb', 'warenkorb',
  'jetzt kaufen', 'kontakt', 'kontaktieren sie uns', 'abonnieren', 'jetzt abonnieren',
  // French
  'se connecter', 'connexion', "s'inscrire", 'inscription', 'mon compte', 'créer un compte', 'ajouter au panier', 'panier', 'acheter',
  'contactez-nous', "s'abonner", 'abonnez-vous',
  // Spanish
  'iniciar sesión', 'acceder', 'registrarse', 'regístrate', 'mi cuenta', 'crear (?:una )?cuenta', 'añadir al carrito', 'agregar al carrito', 'carrito',
  'comprar(?: ahora)?', 'contáctanos', 'contacto', 'suscríbete',
]);

/**
 * A site's standing notices, whole lines: what a shop promises on every page ("Free shipping on orders over $75",
 * "Returns & exchanges accepted"), what a forum tells a guest ("You must log in or register to reply here."),
 * how many results a listing shows (see the site-notice rule).
 */
export const SITE_NOTICE = new PhraseTable([
  // English: shops
  'free (?:standard |fast |express |ground |2-day |next-day |us |u\\.s\\. )?(?:shipping|delivery)(?: .{0,80})?', 'free returns(?: .{0,60})?',
  'returns (?:&|and) exchanges(?: .{0,40})?', 'pick ?up in store(?: .{0,40})?', 'ships (?:from|by|in|within):? .{1,40}',
  'your (?:shopping )?(?:cart|bag|basket) is (?:currently )?empty', 'no products in the cart',
  // The buy box's stock line (wcxb-dev 0601, 0611, 0626: marked clutter, never story)
  'out of stock', 'in stock', 'sold out', 'coming soon', 'no longer available', 'currently unavailable',
  'showing [0-9,]+(?: ?- ?[0-9,]+)? of [0-9,]+(?: results| products| items)?', 'displaying [0-9,]+ to [0-9,]+ \\(?of [0-9,]+(?: products| items| results)?\\)?',
  // English: forums
  'you must (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?) .{1,80}', 'you need to be a member .{1,80}', 'you are not logged in',
  'welcome(?: guest|, guest)', "you're browsing .{1,60} as a guest", 'not open for further replies', 'create an account or sign in to (?:comment|reply|post)',
  // What a page shows until its script fills a part in; saved or script-less, the part stays empty under it (wcxb-dev 0265,
  // 0653, 1795, 4503, 4555)
  'loading', 'loading (?:more )?(?:posts|comments|content|paragraph|results|products|reviews|articles|stories|data|items|page)', 'please wait',
  'chargement(?: en cours)?', 'wird geladen', 'lädt', 'cargando',
  // German, French, Spanish
  'kostenloser versand(?: .{0,60})?', 'versandkostenfrei(?: .{0,60})?', 'livraison (?:offerte|gratuite)(?: .{0,60})?', 'retours (?:&|et) échanges gratuits(?: .{0,40})?',
  'envío gratis(?: .{0,60})?', 'envío gratuito(?: .{0,60})?', 'en stock', 'rupture de stock', 'auf lager', 'ausverkauft', 'agotado', 'en existencia',
]);

/** Links to a site's legal pages, whole (see the legal-notice rule). */
export const LEGAL_LINK = new PhraseTable([
  // English
  'privacy(?: (?:policy|notice|statement|settings|choices|center|centre))?', 'your privacy choices',
  'terms(?: of (?:use|service|sale))?(?: (?:and|&) conditions)?', 'terms (?:and|&) conditions',
  'cookie(?: (?:policy|notice|settings|preferences|consent|statement))?', 'cookies(?: (?:policy|notice|settings|preferences|statement))?', 'manage (?:cookies|cookie settings|preferences)',
  'do not sell(?: or share)? my (?:personal )?info(?:rmation)?', 'accessibility(?: (?:statement|policy))?', 'sitemap', 'site map',
  'legal(?: (?:notice|notices|information|disclaimers?))?', 'disclaimer', 'imprint', 'copyright(?: (?:policy|notice))?',
  // German, French, Spanish
  'impressum', 'datenschutz(?: einstellungen)?', 'datenschutzerklärung', 'datenschutzhinweise', 'datenschutzeinstellungen', 'agb', 'nutzungsbedingungen', 'barrierefreiheit',
  'mentions légales', 'politique de confidentialité', "conditions générales(?: d'utilisation| de vente)?", 'gestion des cookies',
  'aviso legal', 'política de (?:privacidad|cookies)', 'términos y condiciones', 'accesibilidad',
]);

/**
 * Headings of a site's sales boxes below a story: "Ready to get started?", "Get in touch", "Request a free
 * consultation" (see the lead-box rule). The box goes with its heading when it holds a button, a link or a form.
 */
export const LEAD_HEADING = new PhraseTable([
  // English
  'ready to .{1,60}', 'ready for (?:your|a|the) .{1,60}', 'get in touch(?: .{0,60})?', 'contact us(?: (?:today|now|for .{1,40}))?', 'reach out(?: .{0,60})?',
  "let's (?:talk|chat|connect|work together|get started|build .{1,40})(?: .{0,40})?", 'talk to (?:our|an|a|one of our) .{1,40}',
  'tell us about (?:your|the) .{1,40}', 'take the next step(?: .{0,40})?', 'start (?:your|a) (?:free trial|project)(?: .{0,40})?',
  'request (?:a |more |your |an? )?(?:free )?(?:information|info|consultation|demo|quote|proposal|callback|estimate|appointment)(?: .{0,60})?',
  'get (?:a |your |the |our )?free .{1,60}', 'download (?:our|the|your) free .{1,60}', 'book (?:a |your )?(?:free )?(?:demo|call|consultation|meeting|appointment)(?: .{0,40})?',
  'schedule (?:a |your )?(?:free )?(?:demo|call|consultation|meeting|appointment)(?: .{0,40})?', 'have (?:a |any )?questions\\??(?: .{0,60})?',
  'want to (?:learn|know|see) more\\??(?: .{0,60})?', 'looking for (?:help|an? (?:partner|expert|agency))(?: .{0,60})?',
  // German, French, Spanish
  'kontaktieren sie uns(?: .{0,40})?', 'sprechen sie (?:mit )?uns(?: .{0,40})?', 'jetzt (?:kontakt aufnehmen|anfragen|beraten lassen|termin vereinbaren)',
  'contactez-nous(?: .{0,40})?', 'demandez (?:une|un|votre) (?:démo|devis|consultation)(?: .{0,40})?', 'prêt à .{1,60}',
  'contáctanos(?: .{0,40})?', 'contacta con nosotros(?: .{0,40})?', 'solicita (?:una|un|tu) (?:demo|cotización|presupuesto|consulta)(?: .{0,40})?',
]);

/**
 * A publisher's note on how it earns from its links ("We may earn commission from links on this page", "As an
 * Amazon Associate we earn from qualifying purchases"): the page's, not the story's (see the affiliate-note rule).
 */
export const AFFILIATE_NOTE = new PhraseTable([
  // English
  'we (?:may )?(?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|compensation|share of|money|revenue|fee).*',
  'we (?:may )?(?:earn|receive) .{0,40}(?:commission|affiliate).*', 'products are (?:chosen|selected) independently.*',
  'when you (?:buy|purchase|shop|click|sign up|subscribe) (?:through|via|using|from|on|something) .{0,60}(?:links?|commission).*',
  'if you (?:buy|purchase|click|shop) (?:something|through|via|on|from) .{0,60}(?:commission|affiliate|earn).*',
  'as an (?:amazon|affiliate|etsy) (?:associate|partner).*', 'this (?:post|article|page|site|website|content|guide|story|review) (?:may )?contains? affiliate links?.*',
  'this (?:post|article|page|site|website|content) is (?:supported|sponsored) by (?:commissions|affiliate|readers).*',
  'disclosure ?:.{0,40}(?:affiliate|commission|earn).*', 'affiliate (?:disclosure|disclaimer|links?)(?: ?:.*)?', 'advertiser disclosure', 'editorial disclosure',
  'i (?:use|may earn from|earn from) affiliate links.*', 'some (?:of the )?(?:links|products) (?:in|on) this .{0,60}(?:affiliate|commission).*',
  'we are (?:a )?reader-supported.*', 'reader-supported(?: .*)?', 'we independently (?:review|test|research|evaluate|select|choose|vet|recommend).*',
  'our (?:editors|reviewers|writers|experts|team) independently .*', 'independently (?:evaluate|reviewed|researched|tested|selected|chosen).*',
  // German, French, Spanish
  'wir erhalten (?:eine |ggf\\. )?provision.*', 'dieser (?:artikel|beitrag) enthält (?:affiliate|werbe)-?links.*', 'affiliate-link(?: ?:.*)?', 'affiliate-links(?: ?:.*)?',
  'cet article contient des liens (?:affiliés|sponsorisés).*', 'nous (?:pouvons )?percevons? une commission.*',
  'este (?:artículo|post|contenido) contiene enlaces (?:de afiliados|afiliados).*', 'podemos (?:recibir|ganar) una comisión.*',
]);

/**
 * A page's questions and tools about itself: "Was this page helpful?", "Edit this page", "Submit correction",
 * "Report this article", whole (see the page-feedback rule).
 */
export const PAGE_FEEDBACK = new PhraseTable([
  // English
  'was this (?:page|article|post|content|information|answer|guide|topic|document|section|tutorial|review)? ?(?:helpful|useful)\\??(?: .{0,40})?',
  'did you find (?:this|it) (?:page |article |post |content |information )?(?:helpful|useful)\\??', 'is this (?:page|article|content) (?:helpful|useful)\\??',
  'rate this (?:page|article|post|content|guide)', 'how (?:was|did you like) this (?:page|article|issue|post|guide|content)\\??',
  'help (?:us )?improve (?:this (?:page|article|site|content)|mdn|our (?:docs|documentation|site|content))', 'give (?:us )?feedback', 'send (?:us )?feedback',
  'share (?:your )?feedback', 'leave feedback', 'feedback', 'page feedback', 'corrections ?\\? updates\\?.{0,120}',
  'edit (?:this )?page(?: on github)?', 'edit (?:this )?(?:article|post|section|doc) on github', 'improve this (?:page|article|doc|documentation)',
  'suggest (?:an )?edits?', 'submit (?:a )?correction', 'report (?:an? )?(?:issue|problem|error|bug|typo|mistake)(?: with this (?:page|article))?',
  'report this (?:article|post|page|content|comment)', 'report inappropriate content', 'learn how to contribute', 'view (?:page )?source', 'view as markdown',
  'copy (?:for llm|page|as markdown)', 'ask about this (?:section|page)',
  // German, French, Spanish
  'war (?:diese seite|dieser artikel|dieser beitrag) hilfreich\\??', 'seite bearbeiten', 'fehler melden',
  'cette page vous a-t-elle été utile\\??', 'cet article vous a-t-il été utile\\??', 'modifier cette page', 'signaler une erreur',
  'te (?:ha )?(?:resultado|sido|fue) útil (?:esta página|este artículo)\\??', 'editar esta página', 'informar de un error',
]);

/** A forum poster's numbers beside each post: "Joined", "Messages", "Reaction score", "Posts: 1,077" (see the poster-stats rule). */
export const POSTER_STAT = new PhraseTable([
  'joined(?: ?:? .{1,30})?', 'join date(?: ?:? .{1,30})?', 'member since(?: ?:? .{1,30})?', 'registered(?: ?: .{1,30})?',
  'messages(?: ?: .{1,20})?', 'posts(?: ?: .{1,20})?', 'threads(?: ?: .{1,20})?', 'reaction score(?: ?:? .{1,20})?', 'reactions received(?: ?:? .{1,20})?',
  'points(?: ?: .{1,20})?', 'trophy points', 'trophies', 'likes received(?: ?:? .{1,20})?', 'reputation(?: ?: .{1,20})?', 'solutions(?: ?: .{1,20})?',
  'location ?:(?: .{1,40})?', 'age ?:(?: .{1,10})?',
  'beiträge(?: ?: .{1,20})?', 'registriert(?: seit)?(?: ?:? .{1,30})?', 'mitglied seit(?: ?:? .{1,30})?', 'wohnort ?:(?: .{1,40})?',
  'inscrit(?: le)?(?: ?:? .{1,30})?', 'mensajes(?: ?: .{1,20})?', 'registrado(?: ?:? .{1,30})?',
]);

/** The banner over a government site's pages ("An official website of the United States government"): see the gov-banner rule. */
export const GOV_BANNER = new PhraseTable([
  'an official website of (?:the )?.{1,80}', 'official websites use \\.gov(?: .{0,200})?', "here's how you know",
]);

/**
 * A page's own estimate of its reading time, as a whole line: "11 min read", "4 minute read time", "Reading time
 * about 6 minutes", "Lesezeit: 3 Min.", "5 min de lecture" (see the reading-time rule). "#" is any number.
 */
export const READING_TIME = new PhraseTable([
  // English
  '# ?(?:min|mins|minute|minutes)\\.? (?:read|reading)(?: time)?', '#-min (?:read|reading)(?: time)?', '#-minute (?:read|reading)(?: time)?', '#min read', '#mins read',
  'reading time:? (?:about |approx\\.? |approximately |~ ?)?# ?(?:min|mins|minute|minutes)\\.?', 'read time:? (?:about |approx\\.? |~ ?)?# ?(?:min|mins|minute|minutes)\\.?',
  'estimated (?:reading|read) time:? (?:about |approx\\.? )?# ?(?:min|mins|minute|minutes)\\.?',
  'reading time', 'read time',
  // German, French, Spanish
  'lesezeit ?:? (?:ca\\.? |etwa )?# ?(?:min|minuten)\\.?', 'lesedauer ?:? (?:ca\\.? |etwa )?# ?(?:min|minuten)\\.?', '# ?(?:min|minuten)\\.? (?:lesezeit|lesedauer)',
  'temps de lecture ?:? (?:estimé ?:? )?(?:environ )?# ?(?:min|minutes?)\\.?', '# ?(?:min|minutes?)\\.? de lecture',
  'tiempo de lectura:? (?:estimado:? )?# ?(?:min|minutos?)\\.?', '# ?(?:min|minutos?)\\.? de lectura', 'lectura de # ?(?:min|minutos?)\\.?',
]);

/** The link from an author's bio to the author's other posts: "View all posts by Craig Randall" (see the author-bio rule). */
export const AUTHOR_POSTS_LINK = new PhraseTable([
  'view all (?:posts|articles|stories) by .{1,40}', 'see all (?:posts|articles|stories) by .{1,40}', 'all (?:posts|articles|stories) by .{1,40}',
  'more (?:posts|articles|stories) by .{1,40}', 'alle (?:beiträge|artikel) von .{1,40}', 'tous les articles de .{1,40}', 'todos los artículos de .{1,40}',
]);
