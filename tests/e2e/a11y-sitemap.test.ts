import { describe, expect } from 'vitest';
import { axeViolations, openAxePage } from './browser.ts';
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

// Pages are checked in batches, each its own test with its own time limit, so a slow machine slows the run
// rather than failing it. One page at a time: on two busy cores a second page at once measured slower, not faster.
const paths = await sitemapPaths();
const BATCH = 25;
const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) =>
  paths.slice(i * BATCH, (i + 1) * BATCH),
);

describe('the sitemap', () => {
  it('lists every page of the site, in the light scheme the sweep checks', async ({ browser }) => {
    expect(paths.length).toBeGreaterThan(250);
    expect(paths).toContain('/search/');
    const { page, context } = await openAxePage(browser);
    await page.goto(at('/'));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await context.close();
  });

  it('sweeps with an axe that finds violations: an image without a text alternative fails', async ({ browser }) => {
    const { page, context } = await openAxePage(browser);
    await page.goto(at('/'));
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: /m);
    await context.close();
  });
});

describe('accessibility of every page in the sitemap', () => {
  it.for(batches)(
    'has no WCAG 2.2 AA violation (axe-core): $0 and the next pages of its batch',
    { timeout: 300_000 },
    async (batch, { browser }) => {
      const failures: string[] = [];
      const { page, context } = await openAxePage(browser);
      for (const path of batch) {
        await page.goto(at(path));
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    },
  );
});
