/**
 * Finds runs of words copied verbatim from the source documents.
 * Facts carry over from the seeds; sentences must not. A run of RUN_LENGTH
 * or more consecutive words shared with a seed counts as copied.
 */
export const RUN_LENGTH = 12;

/** Lower-cased word tokens; apostrophes and HTML entities folded so quoting styles don't hide a copy. */
export function words(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/&#x27;|&#39;|&apos;|[’‘]/g, "'")
    .replace(/&quot;|&#x2f;|&amp;|&lt;|&gt;/g, ' ')
    // Only real tags: a bare "<" in prose ("funds < 0") must not hide the text up to the next ">".
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/'/g, '');
  return folded.match(/[a-z0-9]+/g) ?? [];
}

function key(tokens: string[], start: number, length: number): string {
  return tokens.slice(start, start + length).join(' ');
}

/** Every run of `length` words in the seeds, for constant-time look-up. */
export function seedIndex(seeds: string[], length = RUN_LENGTH): Set<string> {
  const index = new Set<string>();
  for (const seed of seeds) {
    const tokens = words(seed);
    for (let i = 0; i + length <= tokens.length; i++) index.add(key(tokens, i, length));
  }
  return index;
}

export interface CopiedRun {
  /** The copied words, joined by spaces, as long as the run goes. */
  text: string;
  /** How many words the run has. */
  length: number;
}

/** The maximal runs of `text` that also stand in the seeds. */
export function copiedRuns(text: string, index: Set<string>, length = RUN_LENGTH): CopiedRun[] {
  const tokens = words(text);
  const runs: CopiedRun[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + length <= tokens.length; i++) {
    if (!index.has(key(tokens, i, length))) continue;
    if (start >= 0 && i <= end) {
      end = i + length;
    } else {
      if (start >= 0) runs.push({ text: tokens.slice(start, end).join(' '), length: end - start });
      start = i;
      end = i + length;
    }
  }
  if (start >= 0) runs.push({ text: tokens.slice(start, end).join(' '), length: end - start });
  return runs;
}
