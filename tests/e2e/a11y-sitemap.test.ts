// The sitemap itself, the guards of the sweep (sweep.ts, run in shards by sweep-*.test.ts), and every edition's
// entry snapshots, which stay out of the sitemap.
import { describe, expect } from 'vitest';
import { axeViolations, openAxePage } from './browser.ts';
import { it, at } from './fixture.ts';
import { pageProblems, SHARDS, shardOf, sitemapPaths, sweepViolations, visit } from './sweep.ts';

const paths = await sitemapPaths();

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

  it('is dealt into shards that together hold every page once', () => {
    const dealt = Array.from({ length: SHARDS }, (_, k) => shardOf(paths, k, SHARDS));
    expect(dealt.flat().sort()).toEqual([...paths].sort());
    for (const shard of dealt) expect(shard.length).toBeGreaterThan(paths.length / SHARDS - 1);
  });

  it('checks the shared header and footer in full until seen, and what changes in them on any page', async ({
    browser,
  }) => {
    const { page, context } = await openAxePage(browser);
    const seen = new Set<string>();
    await page.goto(at('/'));
    expect(await sweepViolations(page, seen)).toEqual([]);
    expect(seen.size).toBe(1);
    // Another page of the same section, with the same styles: its chrome is left out, its own content is not.
    await page.goto(at('/'));
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
    expect((await sweepViolations(page, seen)).join('\n')).toMatch(/^image-alt: /m);
    // A header that differs from every one seen is checked in full: a fault there is found.
    await page.goto(at('/'));
    await page.evaluate(() => document.querySelector('header.site-header')!.append(document.createElement('img')));
    expect((await sweepViolations(page, seen)).join('\n')).toMatch(/^image-alt: /m);
    // And so is a footer.
    await page.goto(at('/'));
    await page.evaluate(() => {
      const link = document.querySelector('footer.site-footer')!.appendChild(document.createElement('a'));
      link.href = '/';
    });
    expect((await sweepViolations(page, seen)).join('\n')).toMatch(/^link-name: /m);
    await context.close();
  });
});

describe('the per-page checks', () => {
  it('find a second h1, a lost title, a missing description and preview image, and a failed status', async ({
    browser,
  }) => {
    const { page, context } = await openAxePage(browser);
    await page.goto(at('/'));
    expect(await pageProblems(page, '/', 200)).toEqual([]);
    await page.evaluate(() => {
      document.querySelector('main')!.append(document.createElement('h1'));
      document.title = 'Untitled';
      document.querySelector('meta[name="description"]')!.remove();
      document
        .querySelector('meta[property="og:image"]')!
        .setAttribute('content', 'https://pyradar.example/og/none.png');
    });
    const problems = (await pageProblems(page, '/', 404)).join('\n');
    for (const expected of [
      /status 404/,
      /2 h1 elements/,
      /title "Untitled"/,
      /description ""/,
      /og:image \/og\/none\.png/,
    ])
      expect(problems).toMatch(expected);
    await context.close();
  });
});

// An edition's snapshot of an entry is a version of the entry page: it names that page as canonical and stays out of
// the sitemap. Its one template is swept here for every edition, on entries spread through the alphabet.
interface RadarJson {
  editions: { id: string }[];
  entries: { slug: string; history: { edition: string }[] }[];
}
const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;
const snapshots = radar.editions.flatMap((edition, e) => {
  const placed = radar.entries.filter((entry) =>
    entry.history.some((h) => radar.editions.findIndex((x) => x.id === h.edition) <= e),
  );
  const step = Math.max(1, Math.floor(placed.length / 6));
  return placed
    .filter((_, i) => i % step === 0)
    .map((entry) => ({ path: `/editions/${edition.id}/${entry.slug}/`, slug: entry.slug }));
});

describe("every edition's entry snapshots", () => {
  it('stay out of the sitemap, which lists the entry pages they point to', () => {
    expect(snapshots.length).toBeGreaterThan(radar.editions.length * 5);
    for (const { path, slug } of snapshots) {
      expect(paths).not.toContain(path);
      expect(paths).toContain(`/radar/${slug}/`);
    }
  });
  it('have no WCAG 2.2 AA violation, no console error, and name the current entry page as canonical', {
    timeout: 300_000,
  }, async ({ browser }) => {
    const failures: string[] = [];
    const opened = await openAxePage(browser);
    const seen = new Set<string>();
    for (const { path, slug } of snapshots) {
      failures.push(...(await visit(opened, path, seen)));
      const canonical = await opened.page.evaluate(() =>
        document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      );
      if (!canonical?.endsWith(`/radar/${slug}/`)) failures.push(`${path}: canonical ${canonical}`);
    }
    await opened.context.close();
    expect(failures).toEqual([]);
  });
});
