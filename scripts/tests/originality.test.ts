import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, seedIndex, words } from '../lib/originality.ts';
import { proseOf } from '../lib/prose.ts';
import { contentFiles, seedsDir } from '../lib/paths.ts';

describe('copiedRuns', () => {
  const index = seedIndex([
    'The quick brown fox jumps over the lazy dog while the cat sleeps on the warm mat all day.',
  ]);
  it('finds a run of 12 or more words, whatever the case and punctuation', () => {
    const runs = copiedRuns(
      'As they say: "THE QUICK brown fox, jumps over the lazy dog while the cat sleeps" indeed.',
      index,
    );
    expect(runs).toEqual([{ text: 'the quick brown fox jumps over the lazy dog while the cat sleeps', length: 13 }]);
  });
  it('lets an 11-word run pass', () => {
    expect(copiedRuns('quick brown fox jumps over the lazy dog while the cat', index)).toEqual([]);
  });
  it('folds curly apostrophes and HTML entities', () => {
    expect(words('Django&#x27;s ORM isn’t bad')).toEqual(['djangos', 'orm', 'isnt', 'bad']);
  });
});

describe('content is written in our own words', () => {
  it('repeats no run of 12 words from the seeds in any content file', () => {
    const seeds = readdirSync(seedsDir()).map((name) => readFileSync(join(seedsDir(), name), 'utf8'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    const index = seedIndex(seeds);
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(200);
    const copied = files.flatMap((file) =>
      copiedRuns(proseOf(readFileSync(file, 'utf8')), index).map((run) => `${file}: ${run.text}`),
    );
    expect(copied).toEqual([]);
  });
});
