import { describe, expect } from 'vitest';
import { axeViolations, openPage, screenshot } from './browser.ts';
import { it, at } from './fixture.ts';

const pathOf = (href: string) => new URL(href).pathname;

describe('compare pages', () => {
  it('show both entries’ rings edition by edition and link to both entries', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const response = await page.goto(at('/compare/poetry/uv/'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Poetry vs uv — compare · PyRadar');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Poetry vs uv');
    // One row per edition, one column per entry: Poetry placed in 2023 and moved in 2024, uv new in 2024, both
    // reviewed and kept in 2026.
    const rows = await page
      .locator('.compare-editions tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())),
      );
    expect(rows).toEqual([
      ['PyRadar 2021', 'Not placed', 'Not placed'],
      ['PyRadar 2023', 'Assess New', 'Not placed'],
      ['PyRadar 2024', 'Adopt Moved in', 'Assess New'],
      ['PyRadar 2026', 'Adopt No change', 'Assess No change'],
    ]);
    const entryLinks = await page
      .locator('.compare-side h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(entryLinks.map(pathOf)).toEqual([pathOf(at('/radar/poetry/')), pathOf(at('/radar/uv/'))]);
    // The survey figure each cites, with its interval; PyPI links as on entry pages.
    await expect(page.locator('.compare-side').first().textContent()).resolves.toMatch(
      /51% prefer Poetry.*51%: 95% interval \d+(\.\d)?–\d+(\.\d)?%/s,
    );
    expect(await page.locator('a[href="https://pypi.org/project/uv/"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await screenshot(page, 'compare-1280');
    await context.close();
  });

  it('are reachable from an entry page’s "Compare with" list', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/flask/'));
    const list = page.locator('.compare-with');
    // FastAPI is Flask's alternative, so it leads the list.
    await expect(list.locator('li').first().textContent()).resolves.toMatch(/^Flask vs FastAPI/);
    await list.getByRole('link', { name: 'Flask vs FastAPI' }).click();
    await page.waitForURL(/\/compare\/fastapi\/flask\/$/);
    await expect(page.locator('main h1').textContent()).resolves.toBe('FastAPI vs Flask');
    await context.close();
  });

  it('are offered by a comparison search', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/?q=uv%20vs%20poetry'));
    const offer = page.locator('#search-hints').getByRole('link', { name: 'Compare uv and Poetry' });
    await expect.poll(() => offer.count(), { timeout: 20_000 }).toBe(1);
    await offer.click();
    await page.waitForURL(/\/compare\/poetry\/uv\/$/);
    await context.close();
  });

  it('are listed on /compare/, grouped by quadrant', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/compare/'));
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.length).toBeGreaterThan(1);
    const link = page.getByRole('link', { name: 'Poetry vs uv' });
    expect(pathOf((await link.evaluate((a) => (a as HTMLAnchorElement).href)) as string)).toBe(
      pathOf(at('/compare/poetry/uv/')),
    );
    await context.close();
  });

  it('stack at 360px without sideways scroll', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    for (const path of ['/compare/poetry/uv/', '/compare/cpython-3-11/cpython-3-12/', '/compare/']) {
      await page.goto(at(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at 360px`).toBeLessThanOrEqual(0);
    }
    await page.goto(at('/compare/poetry/uv/'));
    const [first, second] = await page
      .locator('.compare-side')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(second!).toBeGreaterThan(first!);
    await screenshot(page, 'compare-360');
    await screenshot(page, 'compare-360-full', { fullPage: true });
    await context.close();
  });

  it('have no WCAG 2.2 AA violation (axe-core) in dark', async ({ browser }) => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    for (const path of ['/compare/poetry/uv/', '/compare/']) {
      await page.goto(at(path));
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});

describe('the compare picker', () => {
  it('opens the page of two entries that have one, and says so when they have none', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/compare/'));
    const form = page.locator('#compare-picker');
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByLabel('Compare', { exact: true }).selectOption('flask');
    await form.getByLabel('with').selectOption('poetry');
    await form.getByRole('button', { name: 'Compare' }).click();
    await expect
      .poll(() => form.locator('.picker-status').textContent())
      .toBe('Flask and Poetry have no compare page: see the pairs listed below.');
    await form.getByLabel('Compare', { exact: true }).selectOption('uv');
    await form.getByLabel('with').selectOption('poetry');
    await form.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/compare\/poetry\/uv\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays hidden without JavaScript, leaving the list', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/compare/'));
    expect(await page.locator('#compare-picker').isVisible()).toBe(false);
    expect(await page.locator('main ul.pairs a').count()).toBeGreaterThan(38);
    await context.close();
  });
});
