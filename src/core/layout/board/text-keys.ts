/** Matching dataset Texts whatever language or script they are written in. */
import type { Text } from '../../data/types.ts';
import { foldForSearch } from '../../text/transliterate.ts';

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

/** foldForSearch, memoised: the same donor and theme names recur across a thousand projects. */
export function foldKey(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldForSearch(text);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** Every written form of a Text (each language variant). */
export function textVariants(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((value): value is string => typeof value === 'string');
}

/** A stable, language-independent name for a Text: its English form, else its first. */
export function canonicalText(text: Text): string {
  if (typeof text === 'string') return text;
  return text.en ?? textVariants(text)[0] ?? '';
}

/** The folded forms under which a Text can be found (any language, any script, any case or accents). */
export function foldedVariants(text: Text | undefined): string[] {
  return [...new Set(textVariants(text).map(foldKey))];
}
