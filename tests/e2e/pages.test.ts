import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './browser.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;

interface RadarJson {
  entries: { slug: string; retired: unknown; history: { edition: string }[] }[];
  editions: { id: string }[];
}

// One page of every type the site builds.
async function pageTypes(): Promise<[string, string][]> {
  const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;
  const topics = (await (await fetch(at('/api/topics.json'))).json()) as { topics: { slug: string; category: string }[] };
  const survey = (await (await fetch(at('/api/survey.json'))).json()) as { questions: { id: string; section: string }[] };
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
  ];
}

let browser: Browser;
let pages: [string, string][];
beforeAll(async () => {
  browser = await launch();
  pages = await pageTypes();
});
afterAll(async () => browser?.close());

describe('every page type', () => {
  it('loads with a title and a main landmark, no console errors and no third-party request', async () => {
    for (const [name, path] of pages) {
      const { page, context, errors, foreign } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      const response = await page.goto(at(path));
      expect(response?.status(), `${name} ${path}`).toBe(200);
      expect(await page.locator('main h1').count(), `${name} has one h1`).toBe(1);
      expect(await page.title()).toMatch(/PyRadar/);
      expect(errors, `${name} console errors`).toEqual([]);
      expect(foreign, `${name} requests off-site`).toEqual([]);
      await screenshot(page, `${name}-1280`);
      await context.close();
    }
  });

  it('has no WCAG 2.2 AA violation (axe-core), in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, path] of pages) {
        const { page, context } = await openPage(browser, { colorScheme });
        await page.goto(at(path));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${name} (${colorScheme})`).toEqual([]);
        await context.close();
      }
    }
  });

  it('does not scroll sideways at 360px', async () => {
    for (const [name, path] of pages) {
      const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
      await page.goto(at(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at 360px`).toBeLessThanOrEqual(0);
      if (['home', 'radar', 'entry', 'topics', 'question'].includes(name)) await screenshot(page, `${name}-360`);
      await context.close();
    }
  });

  it('serves a real 404 page for unknown URLs', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(at('/radar/no-such-entry/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await context.close();
  });
});

describe('navigation', () => {
  it('reaches every section from the header and back home', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/'));
    for (const [label, path] of [['Topics', '/topics/'], ['Survey', '/survey/'], ['Radar', '/radar/'], ['Search', '/search/']] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
      expect(new URL(page.url()).pathname).toBe(new URL(at(path)).pathname);
      await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).resolves.toBe(label);
    }
    await page.getByRole('link', { name: 'PyRadar' }).first().click();
    expect(new URL(page.url()).pathname).toBe(new URL(at('/')).pathname);
    await context.close();
  });

  it('has a skip link that moves focus to the main content', async () => {
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
  it('draws one linked blip per current entry and lists each in the legend', async () => {
    const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;
    const current = radar.editions.at(-1)!.id;
    const onRadar = radar.entries.filter((e) => !e.retired).map((e) => e.slug).sort();
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/radar/'));
    const blips = await page.locator('svg.radar a.blip').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
    expect([...blips].sort()).toEqual(onRadar);
    const legend = await page.locator('.legend li[data-entry]').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
    expect([...legend].sort()).toEqual(onRadar);
    // Blips are real links: following one opens its entry page.
    await page.locator('svg.radar a.blip[data-entry="fastapi"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('FastAPI');
    expect(current).toBeTruthy();
    await context.close();
  });

  it('places no two blips on top of each other', async () => {
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
