// The sitemap sweep: every page the sitemap lists gets one visit, with axe-core and the checks every page must pass.
// The pages are dealt into shards, one test file each (sweep-1.test.ts …), so the two workers share the sweep instead
// of one worker running it alone after the other files are done.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openAxePage } from './browser.ts';
import { it, at, baseUrl } from './fixture.ts';

export const SHARDS = 4;

/** Every page URL the sitemap lists, as a path on the local server. */
export async function sitemapPaths(): Promise<string[]> {
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

/** Shard k of n: every n-th page from the k-th, so each shard gets its share of every page type. */
export const shardOf = <T>(items: T[], k: number, n: number): T[] => items.filter((_, i) => i % n === k);

/** The site's chrome: the header and footer every page shares. */
const CHROME = ['body > header.site-header', 'body > footer.site-footer'];

/**
 * axe-core on the page. The header and footer are checked in full the first time their markup and the page's styles
 * are seen, and left out of axe's context on later pages where both are identical: the same markup under the same
 * styles gives the same result, and leaving it out saved about a sixth of the sweep's CPU. A changed header (another
 * section marked current, another stylesheet) is a new signature and is checked again. Page-level rules always run.
 */
export async function sweepViolations(page: Page, seen: Set<string>): Promise<string[]> {
  const signature = await page.evaluate((chrome) => {
    const parts = chrome.map((selector) => document.querySelector(selector)?.outerHTML ?? `no ${selector}`);
    const styles = [...document.querySelectorAll('link[rel="stylesheet"], style')].map(
      (s) => s.getAttribute('href') ?? s.textContent,
    );
    return JSON.stringify([parts, styles, document.documentElement.className]);
  }, CHROME);
  if (!seen.has(signature)) {
    const violations = await axeViolations(page);
    if (violations.length === 0) seen.add(signature);
    return violations;
  }
  return axeViolations(page, { exclude: CHROME.map((selector) => [selector]) });
}

/** What one page must carry beside accessibility: the checks every page gets in the same visit as its axe run. */
export async function pageProblems(page: Page, path: string, status: number | undefined): Promise<string[]> {
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

/** One visit to a page: axe, what every page must carry, console errors and requests off-site. */
export async function visit(
  opened: Awaited<ReturnType<typeof openAxePage>>,
  path: string,
  seen: Set<string>,
): Promise<string[]> {
  const { page, errors, foreign } = opened;
  const failures: string[] = [];
  const response = await page.goto(at(path));
  const violations = await sweepViolations(page, seen);
  if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
  failures.push(...(await pageProblems(page, path, response?.status())));
  if (errors.length) failures.push(`${path}: console errors: ${errors.splice(0).join('; ')}`);
  if (foreign.length) failures.push(`${path}: requests off-site: ${foreign.splice(0).join(', ')}`);
  return failures;
}

/** The tests of one shard: its pages in batches, each its own test with its own time limit. */
export async function sweepShard(k: number): Promise<void> {
  const paths = shardOf(await sitemapPaths(), k, SHARDS);
  // Batches keep each test's time limit meaningful: a slow machine slows the run rather than failing it.
  const BATCH = 25;
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) =>
    paths.slice(i * BATCH, (i + 1) * BATCH),
  );
  const seen = new Set<string>();
  describe(`every page in the sitemap, shard ${k + 1} of ${SHARDS}`, () => {
    it('has pages to sweep', () => {
      expect(paths.length).toBeGreaterThan(50);
    });
    it.for(batches)(
      'has no WCAG 2.2 AA violation (axe-core), a title, one h1, link-preview tags, no console error and no third-party request: $0 and the next pages of its batch',
      { timeout: 300_000 },
      async (batch, { browser }) => {
        const failures: string[] = [];
        const opened = await openAxePage(browser);
        for (const path of batch) failures.push(...(await visit(opened, path, seen)));
        await opened.context.close();
        expect(failures).toEqual([]);
      },
    );
  });
}
