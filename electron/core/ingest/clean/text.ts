/**
 * Small judgements about one line of text that several rules share: how long it is, whether it
 * ends like a sentence, whether it reads like a headline, a person's name or running prose.
 * Kept in one place so that every rule means the same thing by "headline-like".
 */

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Runs of whitespace to one space: two copies of a paragraph compare equal however they were wrapped. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const TRAILING_CLOSERS = /["'”’»)\]]+$/u;
/** A trailing ellipsis marks a truncated line (a cut-off headline), not the end of a sentence. */
const TRAILING_ELLIPSIS = /(?:\s*(?:…|\.{3,}))+$/u;

export function hasTrailingEllipsis(text: string): boolean {
  return TRAILING_ELLIPSIS.test(text.trim().replace(TRAILING_CLOSERS, ''));
}

/** Ends with . ! or ? (before any closing quote), not with an ellipsis. */
export function endsLikeSentence(text: string): boolean {
  const core = text.trim().replace(TRAILING_CLOSERS, '');
  if (TRAILING_ELLIPSIS.test(core)) return false;
  return /[.!?]$/u.test(core);
}

/** Sentence breaks inside the line: ". The", "? But" and the like. */
export function internalSentenceBreaks(text: string): number {
  return (text.trim().match(/[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/gu) ?? []).length;
}

/**
 * Running prose: a long sentence, or a medium one with several clauses. Rules that match a
 * prefix ("Read more", "Sign up for", "Reporting by") use this as a guard so that a real
 * paragraph that happens to start that way stays body: losing body text is the worse error.
 */
export function looksLikeRunningProse(text: string): boolean {
  if (!endsLikeSentence(text)) return false;
  const words = wordCount(text);
  if (words >= 25) return true;
  const commas = (text.match(/,/g) ?? []).length;
  return words >= 15 && (commas >= 2 || internalSentenceBreaks(text) >= 1);
}

/**
 * Headline-like: short and without a sentence's closing full stop. A short question may still
 * be a headline; a long one is more likely a sentence.
 */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 25) return false;
  const core = text.trim().replace(TRAILING_CLOSERS, '');
  if (/[,;]$/u.test(core)) return false;
  if (!endsLikeSentence(text)) return true;
  return /\?$/u.test(core) && words <= 15;
}

/** Lower-case particles that appear inside personal names (Anne de Vries, Ahmed bin Ali). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'al', 'el', 'la', 'le', 'dos', 'das', 'y']);

/**
 * A bare name such as "Jane Doe", "J. R. Roe" or "Harbour Ledger": one to five words, each
 * capitalised (or a name particle), letters only. Used for author boxes and bylines.
 */
export function isNameLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5 || words[0] === '') return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((word) => NAME_PARTICLES.has(word) || /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word));
}

/** The line is wholly inside quotation marks, like an author's one-line tagline. */
export function isWhollyQuoted(text: string): boolean {
  const t = text.trim();
  return /^["“”'‘]/u.test(t) && /["”“'’]$/u.test(t) && t.length > 2;
}
