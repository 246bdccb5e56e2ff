import { describe, expect } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { it, at, baseUrl } from './fixture.ts';

/** Every page URL the sitemap lists, as a path on the local server. */
async function sitemapPaths(): Promise<string[]> {
  const index = await (await fetch(at('/sitemap-index.xml'))).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await fetch(at(map.replace(new URL(baseUrl).pathname, '/')))).text();
    paths.push(
      ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
        new URL(m[1]!).pathname.replace(new URL(baseUrl).pathname, '/'),
      ),
    );
  }
  return paths;
}

describe('accessibility of every page in the sitemap', () => {
  it('has no WCAG 2.2 AA violation (axe-core)', { timeout: 600_000 }, async ({ browser }) => {
    const paths = await sitemapPaths();
    expect(paths.length).toBeGreaterThan(250);
    const failures: string[] = [];
    // Two pages at a time: the machine has two cores.
    const queue = [...paths];
    await Promise.all(
      [0, 1].map(async () => {
        const { page, context } = await openPage(browser);
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(at(path));
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
        }
        await context.close();
      }),
    );
    expect(failures).toEqual([]);
  });
});
