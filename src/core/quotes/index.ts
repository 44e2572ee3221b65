/** Quotations and their speakers in a plain text. */
import type { Quote } from '../types';

export interface QuoteOptions {
  /** BCP 47 language of the text ("en", "de", ...); guessed from the marks when absent. */
  lang?: string | null;
}

/** Placeholder until the quotes issue lands. */
export function findQuotes(_text: string, _options: QuoteOptions = {}): Quote[] {
  return [];
}
