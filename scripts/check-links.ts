// Internal link check: every href/src on every page goes to a built file, and every #fragment to an id there.
// Usage: node scripts/check-links.ts [folder=dist]   (BASE_PATH/SITE override what the home page's canonical URL says)
import { checkLinks, formatBroken } from './lib/links.ts';
import { folderArgument, loadSite } from './lib/load.ts';

const dir = folderArgument();
const built = await loadSite(dir).catch((error: Error) => {
  console.error(`check-links: ${error.message}`);
  process.exit(1);
});

const broken = checkLinks(built.pages, built.fileSet, built.site);
const where = `${built.site.origin}${built.site.base}`;
if (broken.length) {
  console.error(formatBroken(broken));
  const pages = new Set(broken.map((b) => b.page)).size;
  console.error(`\ncheck-links: ${broken.length} broken link(s) on ${pages} page(s) of ${dir} (served at ${where})`);
  process.exit(1);
}
console.log(
  `check-links: ${built.pages.size} pages, ${built.files.length} files, no broken internal links (served at ${where})`,
);
