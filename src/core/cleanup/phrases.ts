/**
 * Headings and lines that announce clutter, in English, German, French and Spanish, written in lower
 * case with single spaces and straight apostrophes.
 */

/** Headings of promo and related blocks: the block below the heading goes with it. */
export const PROMO_HEADING = phrasePattern(
    [
      // English
      "you may (?:have )?missed(?: it)?|you(?: may| might| will|'ll) (?:also )?(?:like|enjoy|be interested in)|(?:we|you) think you'll like",
      'related(?: posts?| articles?| stories| news| content| reading| reads| links| topics| videos?)?|more (?:from|on|in|by|about) .{1,40}',
      'more (?:stories|news|articles|posts|to read|to explore)|recommended(?: for you| stories| articles| posts| reading| videos?)?',
      'trending(?: now| stories| news| articles| posts| topics| today)?|most (?:popular|read|viewed|shared|commented|recent)(?: \\w+)?',
      "popular (?:posts|stories|articles|now|today)|sponsored(?: content| stories| links| posts| articles)?|promoted(?: stories| content| links)?",
      "around the (?:web|internet)|from (?:around )?the web|(?:don't|do not) miss(?: this)?|read (?:this )?next|up next|what to read next",
      "editor's picks?|editors' picks?|paid (?:content|post)|partner content",
      "follow us(?: on .{1,30})?|share (?:this|the)(?: article| post| story| page)?|share article|share on .{1,20}|connect with (?:me|us)|tags?|tagged(?: with)?|leave a (?:reply|comment)|post a comment",
      // German
      'das könnte (?:sie|dich) (?:auch )?interessieren|(?:das ist )?auch interessant|mehr (?:zum thema|aus|von|zu|über) ?.{0,40}',
      '(?:ähnliche|verwandte|passende) (?:artikel|beiträge|themen|nachrichten)|empfohlene? (?:artikel|beiträge)|unsere empfehlungen?|empfehlungen',
      'meistgelesene?(?: artikel)?|meist gelesen|am meisten gelesen|beliebte (?:artikel|beiträge)|gesponsert|(?:weitere|neueste) (?:artikel|beiträge|nachrichten)',
      'folge(?:n sie)? uns|artikel teilen|teilen|schlagwörter|schlagworte|kommentar (?:schreiben|hinterlassen)',
      // French
      'vous aimerez (?:aussi|peut-être aussi|également)|vous (?:pourriez|pourrez) aussi aimer|à lire aussi|a lire aussi|à lire également|(?:sur|dans) le même (?:sujet|thème)',
      'articles? (?:similaires|liés|recommandés)|plus de .{1,40}|recommandés?(?: pour vous)?|tendances?|les plus (?:lus|populaires|partagés|consultés)',
      'contenus? sponsorisés?|sponsorisé|autour du web|ailleurs sur le web|à ne pas manquer|nos (?:articles|contenus) recommandés',
      'suivez-nous|partager(?: cet article)?|étiquettes|mots-clés|laisser un commentaire',
      // Spanish
      '(?:también )?(?:te|le) (?:puede|podría|pueden|podrían) interesar|quizás? te interese|(?:noticias|artículos|publicaciones|entradas) relacionad[ao]s',
      'relacionad[ao]s|más (?:de|sobre|en) .{1,40}|más noticias|recomendad[ao]s(?: para ti)?|te recomendamos|tendencias?',
      'síguenos|compartir(?: este artículo)?|etiquetas|deja un comentario|lo más (?:leído|visto|popular)|(?:las |los )?más (?:leíd[ao]s|populares|vist[ao]s)|contenido patrocinado|patrocinado|no te (?:lo )?pierdas',
    ].join('|'),
);

/** A line that sends the reader elsewhere ("Read More News at …", "Also read: …"): only the line goes. */
export const READ_MORE_LINE = phrasePattern(
    [
      'read more (?:news |stories |articles )?(?:at|on|from) .{1,60}',
      '(?:also read|read also|see also|lesen sie auch|auch lesen|lire aussi|à lire aussi|a lire aussi|lee también|leer también|lea también)(?: ?:.*)?',
      '(?:read more|related|more|mehr zum thema|weiterlesen|lire la suite|leer más|te puede interesar) ?: ?.+',
    ].join('|'),
);

/**
 * Case, spacing, apostrophes and punctuation at either end are tolerated by the pattern itself, so
 * that the many short texts of a page are tested raw, without normalizing each one first.
 */
function phrasePattern(alternatives: string): RegExp {
  const tolerant = alternatives.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/'/g, "['’‘]");
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${tolerant})[^\\p{L}\\p{N}]*$`, 'iu');
}
