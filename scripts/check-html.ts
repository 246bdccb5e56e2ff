// HTML validity: html-validate with .htmlvalidate.json over the fullest page of each type (--all: every page).
// Usage: node scripts/check-html.ts [folder=dist] [--all]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigData } from 'html-validate';
import { folderArgument } from './lib/load.ts';
import { listFiles, pageType, representatives } from './lib/site.ts';
import { formatHtmlProblems, validatePages } from './lib/validate.ts';

const dir = folderArgument();
const all = process.argv.includes('--all');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`check-html: ${dir} holds no built site (no index.html): build it first`);
  process.exit(1);
}
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

const html = listFiles(dir).filter((file) => file.endsWith('.html'));
const chosen = all
  ? html
  : [...representatives(html.map((file) => ({ file, size: statSync(join(dir, file)).size }))).values()];
for (const file of chosen) if (!all) console.log(`  ${pageType(file).padEnd(13)} ${file}`);

const problems = await validatePages(
  chosen.map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') })),
  config,
);
if (problems.length) {
  console.error(formatHtmlProblems(problems));
  console.error(
    `\ncheck-html: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} of ${chosen.length} page(s) of ${dir}`,
  );
  process.exit(1);
}
console.log(`check-html: ${chosen.length} page(s) of ${dir} valid (html-validate:recommended, see .htmlvalidate.json)`);
