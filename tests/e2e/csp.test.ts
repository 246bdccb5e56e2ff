import { describe, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { it, at } from './fixture.ts';

/**
 * Opens a page that records every CSP violation two ways: the `securitypolicyviolation` events the document fires,
 * and the console lines Chromium writes for a refused resource or an ignored directive.
 */
async function openWatched(browser: Browser, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  const consoleCsp: string[] = [];
  opened.page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleCsp.push(`${msg.type()}: ${msg.text()}`);
  });
  // An init script runs before the page's own and is not subject to its policy.
  await opened.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`.trim()),
    );
  });
  return { ...opened, consoleCsp };
}

interface Policy {
  count: number;
  content: string;
  /** True when the meta comes before every script, style and stylesheet, so the policy governs all of them. */
  first: boolean;
}

async function policyOf(page: Page): Promise<Policy> {
  return page.evaluate(() => {
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    const meta = metas[0];
    const governed = [...document.querySelectorAll('script, style, link[rel="stylesheet"]')];
    const first = !!meta && governed.every((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { count: metas.length, content: meta?.getAttribute('content') ?? '', first };
  });
}

/** The sources of one directive: "script-src 'self' 'sha256-…'" → ["'self'", "'sha256-…'"]. */
function sources(policy: string, directive: string): string[] {
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name === directive) return values;
  }
  return [];
}

/** Asserts the page's policy is the site's, then that nothing broke it while the page ran. */
async function expectCleanPolicy(watched: Awaited<ReturnType<typeof openWatched>>, label: string): Promise<void> {
  const { page, consoleCsp, errors } = watched;
  const policy = await policyOf(page);
  expect(policy.count, `${label}: one CSP meta`).toBe(1);
  expect(policy.first, `${label}: the CSP meta precedes every script and style`).toBe(true);
  expect(policy.content).toMatch(/default-src 'none'/);
  const script = sources(policy.content, 'script-src');
  expect(script, `${label}: script-src`).toContain("'self'");
  expect(script, `${label}: script-src`).not.toContain("'unsafe-eval'");
  expect(script, `${label}: script-src`).not.toContain("'unsafe-inline'");
  expect(sources(policy.content, 'style-src'), `${label}: style-src`).not.toContain("'unsafe-inline'");
  // Every inline script carries a hash the policy lists (a policy with hashes ignores 'unsafe-inline' anyway).
  expect(script.some((s) => s.startsWith("'sha256-"))).toBe(true);
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations, `${label}: securitypolicyviolation events`).toEqual([]);
  expect(consoleCsp, `${label}: CSP console messages`).toEqual([]);
  expect(errors, `${label}: console errors`).toEqual([]);
}

describe('Content-Security-Policy', () => {
  it('home page: the policy holds and nothing is refused', async ({ browser }) => {
    const watched = await openWatched(browser);
    await watched.page.goto(at('/'));
    await expectCleanPolicy(watched, 'home');
    await watched.context.close();
  });

  it('radar: highlighting, the tooltip and the filters still run', async ({ browser }) => {
    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(at('/radar/'));
    await page.locator('a.blip[data-entry="fastapi"]').hover();
    await expect
      .poll(() => page.locator('.legend li[data-entry="fastapi"]').evaluate((el) => el.classList.contains('is-active')))
      .toBe(true);
    await expect(page.locator('.radar-tooltip').isVisible()).resolves.toBe(true);
    const total = await page.locator('a.blip').count();
    await page.locator('select[name="ring"]').selectOption('adopt');
    const dimmed = await page.locator('a.blip.is-dimmed').count();
    expect(dimmed).toBeGreaterThan(0);
    expect(dimmed).toBeLessThan(total);
    const hidden = await page
      .locator('.legend li[data-entry]:not([data-ring="adopt"])')
      .evaluateAll((els) => els.every((el) => (el as HTMLElement).offsetParent === null));
    expect(hidden, 'legend lines outside the ring are hidden').toBe(true);
    await expectCleanPolicy(watched, 'radar');
    await watched.context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`topic page (${colorScheme}): the progress control appears and code is coloured by classes`, async ({
      browser,
    }) => {
      const watched = await openWatched(browser, { colorScheme });
      const { page } = watched;
      await page.goto(at('/topics/unit-testing/'));
      await expect(page.locator('topic-progress select').isVisible()).resolves.toBe(true);
      const code = page.locator('pre.astro-code').first();
      await expect(code.getAttribute('style')).resolves.toBeNull();
      // `import` is a keyword: GitHub's red in the light theme, its salmon in the dark one.
      const keyword = code.locator('span', { hasText: /^import$/ }).first();
      const colour = await keyword.evaluate((el) => getComputedStyle(el).color);
      expect(colour).toBe(colorScheme === 'light' ? 'rgb(207, 34, 46)' : 'rgb(255, 123, 114)');
      const background = await code.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
      await expectCleanPolicy(watched, `topic (${colorScheme})`);
      await watched.context.close();
    });
  }

  it('search page: Pagefind loads its script, worker and WASM, and a query returns results', async ({ browser }) => {
    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(at('/search/?q=asyncio'));
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    // A second query after the first has loaded the index: the search keeps working, not only its first paint.
    await page.locator('.pagefind-ui__search-input').fill('GIL');
    await expect.poll(() => page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toMatch(/gil/);
    await expectCleanPolicy(watched, 'search');
    await watched.context.close();
  });

  it('survey page: the chart and its links load under the policy', async ({ browser }) => {
    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(at('/survey/package-managers/'));
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    await expectCleanPolicy(watched, 'survey');
    await watched.context.close();
  });

  it('reports a violation when something the policy refuses runs, so the checks above can fail', async ({
    browser,
  }) => {
    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(at('/'));
    // An inline script with no hash, as an injected one would be.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranUnhashed = true;';
      document.body.append(script);
    });
    await page.waitForLoadState('networkidle');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length))
      .toBeGreaterThan(0);
    await expect(page.evaluate(() => 'ranUnhashed' in window)).resolves.toBe(false);
    expect(watched.consoleCsp.join('\n')).toMatch(/Content Security Policy/);
    await watched.context.close();
  });
});
