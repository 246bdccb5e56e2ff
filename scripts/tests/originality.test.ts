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
  it('strips real tags but not the text after a bare "<" in prose', () => {
    expect(words('<p class="x">Funds < 0 mean debt; a > b</p>')).toEqual(['funds', '0', 'mean', 'debt', 'a', 'b']);
  });
  it('folds curly apostrophes and HTML entities', () => {
    expect(words('Django&#x27;s ORM isn’t bad')).toEqual(['djangos', 'orm', 'isnt', 'bad']);
  });
});

describe('the check sees every seed whole', () => {
  const names = readdirSync(seedsDir()).sort();
  const seeds = names.map((name) => readFileSync(join(seedsDir(), name), 'utf8'));
  const index = seedIndex(seeds);
  // A 17-word run copied from the middle of each seed's raw text must be caught, wherever in the seed it sits.
  it.for(names.map((name, i) => [name, seeds[i]!] as const))(
    'catches a sentence copied from the middle of %s',
    ([, seed]) => {
      // Raw words, not the check's own tokens: a tokeniser that drops text must not also pick the test sentence.
      const raw = seed.split(/\s+/).filter(Boolean);
      const start = Math.floor(raw.length / 2);
      const copied = raw.slice(start, start + 17).join(' ');
      expect(copiedRuns(`In our own words, then: ${copied} and more of our own.`, index).length).toBeGreaterThan(0);
    },
  );
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
