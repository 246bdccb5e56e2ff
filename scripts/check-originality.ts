// Fails when any content file repeats 12 or more words in a row from ../shared/seeds.
// Usage: node scripts/check-originality.ts [file ...]   (no files: all of content/)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copiedRuns, seedIndex, RUN_LENGTH } from './lib/originality.ts';
import { proseOf } from './lib/prose.ts';
import { contentFiles, seedsDir } from './lib/paths.ts';

const seeds = readdirSync(seedsDir()).map((name) => readFileSync(join(seedsDir(), name), 'utf8'));
const index = seedIndex(seeds);
const files = process.argv.length > 2 ? process.argv.slice(2) : contentFiles();

let problems = 0;
for (const file of files) {
  for (const run of copiedRuns(proseOf(readFileSync(file, 'utf8')), index)) {
    problems++;
    console.log(`${relative(process.cwd(), file)}: ${run.length} words copied from the seeds: "${run.text}"`);
  }
}
console.log(`originality: ${files.length} files read, ${problems} copied run(s) of ${RUN_LENGTH}+ words`);
process.exit(problems ? 1 : 0);
