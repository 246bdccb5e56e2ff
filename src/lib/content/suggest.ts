import { closest, distance } from 'fastest-levenshtein';

/**
 * The known id nearest to a misspelt one, if it is near enough to be a typo: within two edits, or four in ten
 * characters for long ids. Too far, and a suggestion would mislead more than help.
 */
export function nearest(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known].sort();
  if (!candidates.length) return undefined;
  const best = closest(value, candidates);
  const edits = distance(value, best);
  return edits > 0 && edits < value.length && edits <= Math.max(2, Math.round(value.length * 0.4)) ? best : undefined;
}

/** ` did you mean \`id\`?`, or nothing: to follow "… is not a known ring;" in a message. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const near = nearest(value, known);
  return near === undefined ? '' : ` did you mean \`${near}\`?`;
}
