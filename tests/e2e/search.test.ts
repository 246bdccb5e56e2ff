import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { it, at, baseUrl } from './fixture.ts';
import { SEARCH_RANKING } from '../../src/lib/search-hints.ts';

const basePath = new URL(baseUrl).pathname;

// Query → the page a reader expects among the first three results.
const EXPECTED: [string, string][] = [
  ['GIL', '/topics/gil/'],
  ['global interpreter lock', '/topics/gil/'],
  ['N+1', '/topics/n-plus-one/'],
  ['FastAPI', '/radar/fastapi/'],
  ['Poetry', '/radar/poetry/'],
  ['pyenv', '/radar/pyenv/'],
  ['type hints', '/radar/type-hints/'],
  ['metaclass', '/topics/metaclasses/'],
  ['Celery', '/radar/celery/'],
  ['Alembic', '/radar/alembic/'],
  ['Which Python package dependency management tools do you prefer using', '/survey/package-managers/'],
  ['Which cloud platform will be the go-to choice', '/survey/cloud-platform/'],
  ['WSGI', '/topics/wsgi-asgi/'],
  ['MRO', '/topics/multiple-inheritance-mro/'],
  ['clean architecture', '/radar/clean-architecture/'],
  ['Testcontainers', '/radar/testcontainers/'],
  ['Ruff', '/radar/ruff/'],
  ['PyPy', '/radar/pypy/'],
  ['OSI model', '/topics/osi-model/'],
  ['TaskGroup', '/radar/asyncio-taskgroup/'],
  ['Heroku', '/radar/heroku/'],
  ['JWT', '/radar/jwt/'],
  ['Python Tech Radar 2023', '/sources/stx-radar-2023/'],
  ['decorators', '/topics/decorators/'],
  // Ring, quadrant and survey-section pages are found by their own words.
  ['hold', '/radar/rings/hold/'],
  ['Platforms and infrastructure', '/radar/quadrants/platforms/'],
];

// Code for the page is passed as a string: vitest rewrites dynamic import() in functions it compiles.
const PAGEFIND = `const pagefind = await import(BASE + 'pagefind/pagefind.js'); await pagefind.options({ baseUrl: BASE, ranking: ${JSON.stringify(SEARCH_RANKING)} });`;

/** Top result URLs from Pagefind's own JS API, as the search page uses it. */
async function topResults(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  const script = `(async () => { const BASE = ${JSON.stringify(basePath)}; ${PAGEFIND}
    const search = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url); })()`;
  return page.evaluate(script) as Promise<string[]>;
}

describe('search', () => {
  it('finds the expected page among the first three results for each query', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/'));
    const misses: string[] = [];
    for (const [query, expected] of EXPECTED) {
      const urls = await topResults(page, query);
      if (!urls.includes(`${basePath.replace(/\/$/, '')}${expected}`))
        misses.push(`${query} → ${urls.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await context.close();
  });

  it('puts the page a name names first, above pages that only contain it', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/'));
    const names: [string, string][] = [
      ['asyncio', '/radar/asyncio/'],
      ['FastAPI', '/radar/fastapi/'],
      ['GIL', '/topics/gil/'],
    ];
    for (const [query, first] of names)
      expect((await topResults(page, query))[0], query).toBe(`${basePath.replace(/\/$/, '')}${first}`);
    await context.close();
  });

  it('indexes only main content, not the header, navigation or footer', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/'));
    const indexed = (await page.evaluate(`(async () => { const BASE = ${JSON.stringify(basePath)}; ${PAGEFIND}
      const search = await pagefind.search('FastAPI');
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.find((d) => d.url.endsWith('/radar/fastapi/')); })()`)) as {
      content: string;
      meta: Record<string, string>;
    };
    expect(indexed.content).toMatch(/ASGI/);
    expect(indexed.content).not.toMatch(/Skip to content|facts and figures are theirs|All sources/);
    expect(indexed.meta).toMatchObject({ title: 'FastAPI', type: 'Entry', ring: 'Adopt' });
    await context.close();
  });

  it('labels its field, lists only facet values that match, and draws no border down the page', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/search/?q=asyncio'));
    const field = page.locator('#search').getByLabel('Search entries, topics and survey questions', { exact: true });
    await field.waitFor();
    expect(await field.evaluate((el) => el.classList.contains('pagefind-ui__search-input'))).toBe(true);
    await page.locator('.pagefind-ui__result').first().waitFor();
    const left = () => page.locator('.pagefind-ui__results-area').evaluate((el) => el.getBoundingClientRect().left);
    const before = await left();
    await page.locator('.pagefind-ui__filter-block').first().waitFor();
    // The filters arrive after the results; the results keep their place.
    expect(await left()).toBe(before);
    const counts = await page.locator('.pagefind-ui__filter-label').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((label) => /\(0\)\s*$/.test(label))).toEqual([]);
    const border = await page.locator('.pagefind-ui__filter-panel').evaluate((el) => getComputedStyle(el).borderStyle);
    expect(border).toBe('none');
    await context.close();
  });

  it('offers the page a misspelt name meant, both pages of a comparison, and the entries a query of kinds asks for', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/?q=djnago'));
    const hints = page.locator('#search-hints');
    await expect.poll(() => hints.textContent()).toMatch(/^Did you mean Django \(Entry · \w+\)\?$/);
    await hints.getByRole('link', { name: 'Django' }).click();
    await page.waitForURL(/\/radar\/django\/$/);
    await page.goto(at('/search/'));
    const field = page.locator('#search').getByLabel('Search entries, topics and survey questions', { exact: true });
    await field.fill('poetry vs uv');
    const pair = hints.locator('p').first();
    await expect.poll(() => pair.textContent()).toMatch(/^Comparing: Poetry \(Entry · \w+\) and uv \(Entry · \w+\)$/);
    expect(
      await pair.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).toEqual([new URL(at('/radar/poetry/')).pathname, new URL(at('/radar/uv/')).pathname]);
    // The pair has a compare page: offered on a line of its own (tests/e2e/compare.test.ts follows it).
    await expect.poll(() => hints.locator('p').nth(1).textContent()).toBe('Compare Poetry and uv side by side');
    // A query made of kinds lists the entries that are all of them above the results, best ring first.
    await field.fill('async web framework');
    await expect
      .poll(() => hints.locator('p').first().textContent())
      .toBe('Radar entries tagged async, web, framework:');
    const kinds = await hints.locator('.intent-list a').allTextContents();
    for (const name of ['FastAPI', 'Starlette', 'Quart', 'Tornado']) expect(kinds).toContain(name);
    expect(kinds).not.toContain('asyncio');
    expect(kinds[0]).toBe('FastAPI');
    const order = await page.evaluate(() => {
      const hint = document.querySelector('#search-hints .intent-list a');
      const results = document.querySelector('#search');
      return hint && results ? hint.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order, 'the entries come before the full-text results').toBeTruthy();
    // Spelt right, nothing to offer; a query is cut at 200 characters.
    await field.fill('FastAPI');
    await expect.poll(() => hints.textContent()).toBe('');
    expect(await field.getAttribute('maxlength')).toBe('200');
    await context.close();
  });

  it('narrows results with filters', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/search/'));
    const all = (await page.evaluate(`(async () => { const BASE = ${JSON.stringify(basePath)}; ${PAGEFIND}
      const everything = await pagefind.search('python');
      const topics = await pagefind.search('python', { filters: { type: 'Topic' } });
      const adopt = await pagefind.search('python', { filters: { type: 'Entry', ring: 'Adopt' } });
      const filters = await pagefind.filters();
      return { everything: everything.results.length, topics: topics.results.length, adopt: adopt.results.length, filters }; })()`)) as {
      everything: number;
      topics: number;
      adopt: number;
      filters: Record<string, unknown>;
    };
    expect(all.topics).toBeGreaterThan(0);
    expect(all.topics).toBeLessThan(all.everything);
    expect(all.adopt).toBeGreaterThan(0);
    expect(all.adopt).toBeLessThan(all.everything);
    expect(Object.keys(all.filters)).toEqual(
      expect.arrayContaining(['type', 'quadrant', 'ring', 'category', 'edition']),
    );
    await context.close();
  });

  it('shows results with their type in the search page, and restores a search from the URL', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/search/?q=asyncio'));
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    await expect(page.locator('.pagefind-ui__search-input').inputValue()).resolves.toBe('asyncio');
    await expect(page.locator('.pagefind-ui__result-title').first().textContent()).resolves.toMatch(
      / — (Entry|Topic|Survey question|Edition|Source|Category)/,
    );
    await screenshot(page, 'search-results-1280');
    // Arrow keys walk from the box into the results and back.
    await page.locator('.pagefind-ui__search-input').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toMatch(/pagefind-ui__result-link/);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe(await page.locator('.pagefind-ui__result-link').nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toMatch(/pagefind-ui__search-input/);
    // Typing updates the address so the search can be shared.
    await page.locator('.pagefind-ui__search-input').fill('pydantic');
    await page.waitForFunction(() => location.search.includes('q=pydantic'));
    await context.close();
  });

  it('keeps filters in the URL and restores them', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/search/?q=python'));
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const count = async () =>
      Number(/(\d+) result/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1]);
    const all = await count();
    // Pagefind's UI keeps the filter groups of its first search when that search finishes before its filter index
    // has loaded (pagefind-ui.js sets the available filters only while it has none): on a loaded machine the page
    // then offers Ring alone. That race is Pagefind's; a reload finds the index loaded. This test is about the URL.
    const type = page.locator('summary', { hasText: 'Type' });
    if (
      !(await type.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await page.reload();
      await page.locator('.pagefind-ui__result-link').first().waitFor();
    }
    await type.click();
    await page.locator('input[name="type"][value="Topic"]').check();
    await expect.poll(count).toBeLessThan(all);
    const topics = await count();
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Topic']);
    await page.reload();
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(count).toBe(topics);
    // A hand-typed link in any case selects the same facet value.
    await page.goto(at('/search/?q=python&type=topic'));
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(count).toBe(topics);
    await expect.poll(() => page.locator('input[name="type"][value="Topic"]').isChecked()).toBe(true);
    await context.close();
  });

  it('focuses the header search with "/" and submits to the search page', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('GIL');
    await page.keyboard.press('Enter');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('GIL');
    await context.close();
  });
});
