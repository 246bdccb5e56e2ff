import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, axeViolations } from './browser.ts';
import { it, at } from './fixture.ts';

const KEY = 'pyradar:progress';
const SHOTS = '/tmp/topics-shots';

interface TopicsJson {
  categories: { slug: string; title: string }[];
  topics: { slug: string; title: string; category: string }[];
}

let data: TopicsJson;
// Three topics from different categories, so per-category counts are tested too.
let gil: TopicsJson['topics'][number];
let other: TopicsJson['topics'][number];
let third: TopicsJson['topics'][number];
const inCategory = (category: string) => data.topics.filter((t) => t.category === category).length;

beforeAll(async () => {
  data = (await (await fetch(at('/api/topics.json'))).json()) as TopicsJson;
  gil = data.topics.find((t) => t.slug === 'gil') ?? data.topics[0]!;
  other = data.topics.find((t) => t.category !== gil.category)!;
  third = data.topics.find((t) => t.category !== gil.category && t.category !== other.category)!;
  mkdirSync(SHOTS, { recursive: true });
});

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, KEY);
const listSelect = (page: Page, slug: string) => page.locator(`li[data-topic="${slug}"] select`);
const text = async (page: Page, selector: string) => (await page.locator(selector).textContent())?.trim();
const message = (page: Page) => page.locator('[data-progress-status]');

describe('progress on a topic page', () => {
  it('marks a topic known, survives a reload and shows on /topics/ with updated counts', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at(`/topics/${gil.slug}/`));
    const control = page.getByLabel(`Your progress on ${gil.title}`);
    expect(await control.inputValue()).toBe('not-started');
    await control.selectOption('known');
    await page.reload();
    expect(await page.getByLabel(`Your progress on ${gil.title}`).inputValue()).toBe('known');
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known' } });

    await page.goto(at('/topics/'));
    expect(await listSelect(page, gil.slug).inputValue()).toBe('known');
    expect(await page.locator(`li[data-topic="${gil.slug}"]`).getAttribute('data-status')).toBe('known');
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`1 of ${data.topics.length} known, 0 learning`);
    expect(await text(page, `[data-progress-count="${gil.category}"]`)).toBe(
      `1 of ${inCategory(gil.category)} known, 0 learning`,
    );

    // A change in the list updates the counts at once, and the list control is labelled by its topic.
    await page.getByLabel(`Progress on ${other.title}`, { exact: true }).selectOption('learning');
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`1 of ${data.topics.length} known, 1 learning`);
    expect(await text(page, `[data-progress-count="${other.category}"]`)).toBe(
      `0 of ${inCategory(other.category)} known, 1 learning`,
    );
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known', [other.slug]: 'learning' } });

    // Setting "not started" on the topic page clears it.
    await page.goto(at(`/topics/${gil.slug}/`));
    await page.getByLabel(`Your progress on ${gil.title}`).selectOption('not-started');
    expect(await stored(page)).toEqual({ version: 1, topics: { [other.slug]: 'learning' } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores unreadable stored data instead of breaking', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/topics/'));
    await page.evaluate((key) => localStorage.setItem(key, '{"version":9'), KEY);
    await page.reload();
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`0 of ${data.topics.length} known, 0 learning`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('export, import and reset on /topics/', () => {
  it('exports a JSON file that round-trips through import in a fresh browser', async ({ browser }) => {
    const a = await openPage(browser);
    await a.page.goto(at('/topics/'));
    await listSelect(a.page, gil.slug).selectOption('known');
    await listSelect(a.page, other.slug).selectOption('learning');
    await listSelect(a.page, third.slug).selectOption('known');
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pyradar-progress-\d{4}-\d{2}-\d{2}\.json$/);
    // Keep a copy: the download is deleted with its browser context, and the import happens in a new one.
    const file = `${SHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const expected = { version: 1, topics: { [gil.slug]: 'known', [other.slug]: 'learning', [third.slug]: 'known' } };
    expect(exported).toEqual(expected);
    await a.context.close();

    const b = await openPage(browser);
    await b.page.goto(at('/topics/'));
    expect(await text(b.page, '[data-progress-count="overall"]')).toBe(`0 of ${data.topics.length} known, 0 learning`);
    await b.page.setInputFiles('input[data-progress-import]', file);
    await b.page.waitForFunction(() => document.querySelector('[data-progress-status]')?.textContent !== '');
    expect(await message(b.page).textContent()).toBe('Imported 3 topics: 3 new, 0 changed, 0 already set.');
    expect(await message(b.page).getAttribute('role')).toBe('status');
    expect(await stored(b.page)).toEqual(expected);
    expect(await listSelect(b.page, other.slug).inputValue()).toBe('learning');
    expect(await text(b.page, '[data-progress-count="overall"]')).toBe(`2 of ${data.topics.length} known, 1 learning`);
    expect(b.errors).toEqual([]);
    await b.context.close();
  });

  it('rejects a wrong file with a message and reports unknown topics', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await listSelect(page, gil.slug).selectOption('learning');
    const upload = (name: string, body: string) =>
      page.setInputFiles('input[data-progress-import]', {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(body),
      });

    await upload('wrong.json', '{"version":2,"topics":{}}');
    await page.waitForFunction(() => document.querySelector('[data-progress-status]')?.textContent !== '');
    expect(await message(page).textContent()).toBe(
      'Import failed: Unsupported version number; this site reads version 1.',
    );
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'learning' } });

    await upload('old.json', JSON.stringify({ version: 1, topics: { [gil.slug]: 'known', 'no-such-topic': 'known' } }));
    await page.waitForFunction(() =>
      document.querySelector('[data-progress-status]')?.textContent?.startsWith('Imported'),
    );
    expect(await message(page).textContent()).toBe(
      'Imported 1 topic: 0 new, 1 changed, 0 already set. 1 unknown topic ignored.',
    );
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known' } });
    await context.close();
  });

  it('resets only after confirmation', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await listSelect(page, gil.slug).selectOption('known');
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
    expect(await dialog.isVisible()).toBe(true);
    // The safe choice has focus, so a stray Enter keeps the progress.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep my progress');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))); // let the close event run
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known' } });

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await dialog.getByRole('button', { name: 'Reset all topics' }).click();
    // The dialog's close event runs in a later task than the click.
    await page.waitForFunction(() =>
      document.querySelector('[data-progress-status]')?.textContent?.startsWith('Progress reset'),
    );
    expect(await stored(page)).toEqual({ version: 1, topics: {} });
    expect(await listSelect(page, gil.slug).inputValue()).toBe('not-started');
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`0 of ${data.topics.length} known, 0 learning`);
    expect(await message(page).textContent()).toBe(
      `Progress reset: all ${data.topics.length} topics are marked not started.`,
    );
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('/topics/ shows no controls and every topic link works', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/topics/'));
    const visibleControls = await page
      .locator('main :is(select, input, button, textarea, dialog, [role="checkbox"])')
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
    expect(visibleControls).toBe(0);
    expect(await page.getByText('Your progress', { exact: true }).isVisible()).toBe(false);
    const links = await page
      .locator('li[data-topic] > a')
      .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
    expect(links).toHaveLength(data.topics.length);
    for (const link of links) expect((await fetch(link)).status, link).toBe(200);
    await page.locator(`li[data-topic="${gil.slug}"] > a`).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(gil.title);
    // The topic page has no control either.
    expect(await page.locator('main select').count()).toBe(0);
    await context.close();
  });
});

describe('topic pages', () => {
  it('walk a category in the profile order with previous and next links', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at(`/categories/${gil.category}/`));
    const order = await page.locator('.card h3 a').evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
    await page.locator('.card h3 a').first().click();
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    const walked = [await text(page, 'h1')];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      walked.push(await text(page, 'h1'));
    }
    expect(walked).toEqual(order);
    await page.locator('a[rel="prev"]').click();
    expect(await text(page, 'h1')).toBe(order.at(-2));
    await context.close();
  });

  it('give every body heading an id and a visible # link to it', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at(`/topics/${gil.slug}/`));
    const headings = await page.locator('.prose :is(h2, h3)').evaluateAll((els) =>
      els.map((el) => {
        const link = el.parentElement?.querySelector(`a[href="#${el.id}"]`);
        return {
          id: el.id,
          visible: link?.querySelector('[aria-hidden="true"]')?.textContent ?? '',
          name: link?.textContent?.replace('#', '').trim() ?? '',
          heading: el.textContent ?? '',
        };
      }),
    );
    expect(headings.length).toBeGreaterThan(0);
    // The visible mark is "#"; the link's accessible name names the section; the heading's own name stays clean.
    for (const h of headings) {
      expect(h, JSON.stringify(h)).toMatchObject({ id: expect.stringMatching(/^[a-z0-9-]+$/), visible: '#' });
      expect(h.name).toBe(`Section titled “${h.heading}”`);
    }
    await context.close();
  });
});

describe('accessibility and layout with progress shown', () => {
  it('has no axe violations on /topics/ and a topic page, light and dark, and no sideways scroll at 360px', async ({
    browser,
  }) => {
    const progress = JSON.stringify({
      version: 1,
      topics: { [gil.slug]: 'known', [other.slug]: 'learning', [third.slug]: 'known' },
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const { page, context } = await openPage(browser, {
          colorScheme,
          viewport: { width, height: width === 360 ? 740 : 900 },
        });
        await page.goto(at('/topics/'));
        await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, progress]);
        for (const [name, path] of [
          ['topics', '/topics/'],
          ['topic', `/topics/${gil.slug}/`],
        ] as const) {
          await page.goto(at(path));
          await page.locator('main select').first().waitFor();
          expect(await axeViolations(page), `${name} ${colorScheme} ${width}`).toEqual([]);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${SHOTS}/${name}-${width}-${colorScheme}.png`, fullPage: name === 'topic' });
        }
        await context.close();
      }
    }
  });

  it('has no axe violations with the reset dialog open', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/topics-dialog.png` });
    await context.close();
  });
});
