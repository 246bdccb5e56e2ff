// Validates every content file without a build and lists every problem in one run.
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblems } from '../src/lib/content/references.ts';

const { set, problems } = loadContent(join(process.cwd(), 'content'));
const counts = Object.entries(set)
  .map(([name, items]) => `${items.length} ${name}`)
  .join(', ');
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\ncheck:content: ${problems.length} problem(s) in content/ (${counts})`);
  process.exit(1);
}
console.log(`check:content: no problems (${counts})`);
