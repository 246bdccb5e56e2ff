// Performance budgets: gzipped JS, CSS and HTML per page type, Pagefind only on demand, no third-party hosts.
// Usage: node scripts/check-budgets.ts [folder=dist]
import { pageAssets, weighPage } from './lib/assets.ts';
import { budgetTable, overBudget, summarise, type Measured } from './lib/budgets.ts';
import { folderArgument, loadSite } from './lib/load.ts';
import { pageType } from './lib/site.ts';

const dir = folderArgument();
const built = await loadSite(dir).catch((error: Error) => {
  console.error(`check-budgets: ${error.message}`);
  process.exit(1);
});

const measured: Measured[] = [];
const foreign: string[] = [];
for (const [page, scan] of built.pages) {
  const assets = pageAssets(page, scan, built.site);
  foreign.push(
    ...assets.foreign.map(
      (ref) => `${page}: ${ref} loads from a third-party host (only ${built.site.origin} is allowed)`,
    ),
  );
  measured.push({
    page,
    type: pageType(page),
    weight: weighPage(built.read(page)!.toString('utf8'), assets, built.read, built.site.base),
  });
}

console.log(`Budgets for ${dir} (${built.site.origin}${built.site.base}), gzipped, heaviest page of each type:\n`);
console.log(budgetTable(summarise(measured)));
const heaviest = summarise(measured).filter((s) => s.max.js.bytes > 0);
if (heaviest.length) {
  console.log('\nJavaScript loaded at start by the heaviest page of each type:');
  for (const s of heaviest) {
    const page = measured.find((m) => m.page === s.max.js.page)!;
    console.log(`  ${s.type}: ${page.page}: ${page.weight.jsFiles.join(', ') || 'inline scripts only'}`);
  }
}

const failures = [...overBudget(measured), ...foreign];
if (failures.length) {
  console.error(`\ncheck-budgets: ${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `\ncheck-budgets: ${measured.length} pages within budget; no third-party hosts; Pagefind loads only on demand`,
);
