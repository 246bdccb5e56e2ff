import { describe, expect } from 'vitest';
import { axeViolations, openPage, screenshot, sharedPage } from './browser.ts';
import { it, at } from './fixture.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/references.ts';

interface RadarJson {
  entries: { slug: string; retired: unknown; history: { edition: string }[] }[];
  editions: { id: string }[];
}

// One page of every type the site builds.
async function pageTypes(): Promise<[string, string][]> {
  const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;
  const topics = (await (await fetch(at('/api/topics.json'))).json()) as {
    topics: { slug: string; category: string }[];
  };
  const survey = (await (await fetch(at('/api/survey.json'))).json()) as {
    questions: { id: string; section: string }[];
  };
  const entry = radar.entries.find((e) => e.slug === 'fastapi') ?? radar.entries[0]!;
  const topic = topics.topics[0]!;
  const question = survey.questions[0]!;
  return [
    ['home', '/'],
    ['radar', '/radar/'],
    ['entry', `/radar/${entry.slug}/`],
    ['quadrant', '/radar/quadrants/tools/'],
    ['ring', '/radar/rings/adopt/'],
    ['editions', '/editions/'],
    ['edition', `/editions/${radar.editions.at(-1)!.id}/`],
    ['edition-entry', `/editions/${entry.history[0]!.edition}/${entry.slug}/`],
    ['topics', '/topics/'],
    ['topic', `/topics/${topic.slug}/`],
    ['category', `/categories/${topic.category}/`],
    ['survey', '/survey/'],
    ['question', `/survey/${question.id}/`],
    ['section', `/survey/sections/${question.section}/`],
    ['sources', '/sources/'],
    ['source', '/sources/stx-radar-2023/'],
    ['search', '/search/'],
    ['compares', '/compare/'],
    ['compare', '/compare/fastapi/flask/'],
  ];
}

const pages = await pageTypes();

describe('every page type', () => {
  // Status, title, h1, console errors, off-site requests and link-preview tags of every page: the sitemap sweep's
  // (a11y-sitemap.test.ts), in the same visit as its axe run. Here what needs its own visit, per page type.
  // The light scheme of every page is the sitemap sweep's (a11y-sitemap.test.ts); here the dark one, per page type.
  const dark = sharedPage({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  it.for(pages)('%s page (%s) has no WCAG 2.2 AA violation (axe-core), in dark', async ([name, path], { browser }) => {
    const { page } = await dark(browser);
    await page.goto(at(path));
    const violations = await axeViolations(page);
    expect(violations, `${name} (dark)`).toEqual([]);
    await screenshot(page, `${name}-1280-dark`);
  });

  const phone = sharedPage({ viewport: { width: 360, height: 740 } });
  it.for(pages)('%s page (%s) does not scroll sideways at 360px', async ([name, path], { browser }) => {
    const { page } = await phone(browser);
    await page.goto(at(path));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at 360px`).toBeLessThanOrEqual(0);
    if (['home', 'radar', 'entry', 'topics', 'question'].includes(name)) await screenshot(page, `${name}-360`);
  });

  it('serves /favicon.ico, which browsers ask for wherever a document names no icon', async () => {
    const response = await fetch(at('/favicon.ico'));
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array([0, 0, 1, 0]));
  });

  it('serves a real 404 page for unknown URLs', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(at('/radar/no-such-entry/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await context.close();
  });
});

describe('link previews', () => {
  // Every page's tags and image are checked by the sitemap sweep; here the card an entry gets.
  it("show the entry's own card, naming its ring", async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/fastapi/'));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\/radar\/fastapi\.png$/);
    await context.close();
  });
});

describe('renamed pages', () => {
  it('redirect from an alias to the current URL', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/python-3-11/'));
    await page.waitForURL(/\/radar\/cpython-3-11\/$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/3\.11/);
    await context.close();
  });
});

describe('every content file', () => {
  it('becomes a page: nothing is dropped silently', async () => {
    const { set } = loadContent(`${process.cwd()}/content`);
    const missing: string[] = [];
    for (const path of sitePaths(set)) {
      const response = await fetch(at(path));
      if (response.status !== 200) missing.push(`${path} → ${response.status}`);
    }
    expect(missing).toEqual([]);
    expect(sitePaths(set).size).toBeGreaterThan(250);
  });
});

describe('navigation', () => {
  it('reaches every section from the header and back home', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/'));
    for (const [label, path] of [
      ['Topics', '/topics/'],
      ['Survey', '/survey/'],
      ['Radar', '/radar/'],
      ['Search', '/search/'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
      expect(new URL(page.url()).pathname).toBe(new URL(at(path)).pathname);
      await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).resolves.toBe(label);
    }
    await page.getByRole('link', { name: 'PyRadar' }).first().click();
    expect(new URL(page.url()).pathname).toBe(new URL(at('/')).pathname);
    await context.close();
  });

  it('has a skip link that moves focus to the main content', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });
});

describe('the radar without JavaScript', () => {
  it('draws one linked blip per current entry and lists each in the legend', async ({ browser }) => {
    const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;
    const current = radar.editions.at(-1)!.id;
    const onRadar = radar.entries
      .filter((e) => !e.retired)
      .map((e) => e.slug)
      .sort();
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/radar/'));
    const blips = await page
      .locator('svg.radar a.blip')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
    expect([...blips].sort()).toEqual(onRadar);
    const legend = await page
      .locator('.legend li[data-entry]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
    expect([...legend].sort()).toEqual(onRadar);
    // Blips are real links: following one opens its entry page.
    await page.locator('svg.radar a.blip[data-entry="fastapi"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('FastAPI');
    expect(current).toBeTruthy();
    await context.close();
  });

  it('places no two blips on top of each other', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/radar/'));
    const boxes = await page.locator('svg.radar a.blip circle, svg.radar a.blip path').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: Math.min(r.width, r.height) / 2 };
      }),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `blips ${i} and ${j}`).toBeGreaterThanOrEqual((a.r + b.r) * 0.8);
      }
    await context.close();
  });
});
