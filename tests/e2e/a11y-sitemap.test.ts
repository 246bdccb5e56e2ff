import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
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

/** What one page must carry beside accessibility: the checks every page gets in the same visit as its axe run. */
async function pageProblems(page: Page, path: string, status: number | undefined): Promise<string[]> {
  const found: string[] = [];
  if (status !== 200) found.push(`status ${status}`);
  const facts = await page.evaluate(() => {
    const get = (selector: string) =>
      document.querySelector(selector)?.getAttribute('content') ??
      document.querySelector(selector)?.getAttribute('href') ??
      '';
    return {
      h1: document.querySelectorAll('main h1').length,
      title: document.title,
      canonical: get('link[rel="canonical"]'),
      description: get('meta[name="description"]'),
      ogTitle: get('meta[property="og:title"]'),
      ogImage: get('meta[property="og:image"]'),
      twitterCard: get('meta[name="twitter:card"]'),
    };
  });
  if (facts.h1 !== 1) found.push(`${facts.h1} h1 elements in main`);
  if (!/PyRadar/.test(facts.title)) found.push(`title "${facts.title}"`);
  if (!/^https?:\/\/.+\/$/.test(facts.canonical)) found.push(`canonical "${facts.canonical}"`);
  if (facts.description.length <= 30) found.push(`description "${facts.description}"`);
  if (!/PyRadar/.test(facts.ogTitle)) found.push(`og:title "${facts.ogTitle}"`);
  if (facts.twitterCard !== 'summary_large_image') found.push(`twitter:card "${facts.twitterCard}"`);
  if (!facts.ogImage) found.push('no og:image');
  else {
    // The image URL is absolute on the public origin; the same path is read from the local server, once per image.
    const image = new URL(facts.ogImage).pathname.replace(new URL(baseUrl).pathname, '/');
    if (!previewImages.has(image)) {
      const response = await fetch(at(image));
      const png = new DataView(await response.arrayBuffer());
      previewImages.set(
        image,
        response.status === 200 && png.byteLength > 24 && png.getUint32(16) === 1200 && png.getUint32(20) === 630,
      );
    }
    if (!previewImages.get(image)) found.push(`og:image ${image} is not a 1200×630 PNG`);
  }
  return found.map((problem) => `${path}: ${problem}`);
}
const previewImages = new Map<string, boolean>();

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
    const { page, context, errors, foreign } = await openAxePage(browser);
    for (const { path, slug } of snapshots) {
      const response = await page.goto(at(path));
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
      failures.push(...(await pageProblems(page, path, response?.status())));
      const canonical = await page.evaluate(() =>
        document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      );
      if (!canonical?.endsWith(`/radar/${slug}/`)) failures.push(`${path}: canonical ${canonical}`);
      if (errors.length) failures.push(`${path}: console errors: ${errors.splice(0).join('; ')}`);
      if (foreign.length) failures.push(`${path}: requests off-site: ${foreign.splice(0).join(', ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe('every page in the sitemap', () => {
  // One visit per page: axe, then what every page must carry, with console errors and off-site requests recorded.
  it.for(batches)(
    'has no WCAG 2.2 AA violation (axe-core), a title, one h1, link-preview tags, no console error and no third-party request: $0 and the next pages of its batch',
    { timeout: 300_000 },
    async (batch, { browser }) => {
      const failures: string[] = [];
      const { page, context, errors, foreign } = await openAxePage(browser);
      for (const path of batch) {
        const response = await page.goto(at(path));
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
        failures.push(...(await pageProblems(page, path, response?.status())));
        if (errors.length) failures.push(`${path}: console errors: ${errors.splice(0).join('; ')}`);
        if (foreign.length) failures.push(`${path}: requests off-site: ${foreign.splice(0).join(', ')}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    },
  );
});
