import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, axeViolations, screenshot } from './browser.ts';
import { it, at } from './fixture.ts';

const KEY = 'pyradar:progress';
const ASIDE = 'pyradar:progress:unreadable';
const SAVED = '/tmp/pyradar-progress-downloads';

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
  mkdirSync(SAVED, { recursive: true });
});

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, KEY);
const listSelect = (page: Page, slug: string) => page.locator(`li[data-topic="${slug}"] select`);
const text = async (page: Page, selector: string) => (await page.locator(selector).textContent())?.trim();
const message = (page: Page) => page.locator('[data-progress-status]');
const raw = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/** Stores `value` under the progress key from a page of the site, then reloads so the scripts read it. */
const storeRaw = async (page: Page, value: string) => {
  await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [KEY, value]);
  await page.reload();
};
/** Clicks `button` and returns the downloaded file's name and text. */
const downloaded = async (page: Page, button: ReturnType<Page['getByRole']>) => {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
};
const upload = (page: Page, name: string, body: string) =>
  page.setInputFiles('input[data-progress-import]', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
/** Waits for the board's status line to start with `start`, then returns it. */
const statusStarting = async (page: Page, start: string) => {
  await page.waitForFunction(
    (s) => document.querySelector('[data-progress-status]')?.textContent?.startsWith(s),
    start,
  );
  return (await message(page).textContent()) ?? '';
};

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

describe('saved progress this site cannot read', () => {
  it('keeps a partly bad value aside, says so on topic pages and the board, offers it as a file and shows the valid topics', async ({
    browser,
  }) => {
    const { page, context, errors } = await openPage(browser);
    const bad = JSON.stringify({ version: 1, topics: { [gil.slug]: 'known', x: 'bogus' } });
    await page.goto(at(`/topics/${gil.slug}/`));
    await storeRaw(page, bad);

    // The topic page: the valid topic shows, the notice says what was left out, the download is the raw value.
    expect(await page.getByLabel(`Your progress on ${gil.title}`).inputValue()).toBe('known');
    const notice = page.locator('[data-progress-notice="unreadable"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('p').textContent()).toBe(
      'Part of your saved progress could not be read: 1 topic with a status or name this site does not know is left out; the rest is shown. It is kept aside unchanged, and your changes will not overwrite it. Download it to keep a copy.',
    );
    expect(await raw(page, ASIDE)).toBe(bad);
    expect(await downloaded(page, page.getByRole('button', { name: 'Download the saved value' }))).toEqual({
      name: expect.stringMatching(/^pyradar-progress-unreadable-\d{4}-\d{2}-\d{2}\.json$/),
      text: bad,
    });
    expect(await axeViolations(page), 'topic page with the notice').toEqual([]);

    // The board: the same notice, the valid topic counted; a change saves what is valid and leaves the kept copy.
    await page.goto(at('/topics/'));
    expect(await page.locator('[data-progress-notice="unreadable"] p').textContent()).toMatch(/^Part of your saved/);
    expect(await listSelect(page, gil.slug).inputValue()).toBe('known');
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`1 of ${data.topics.length} known, 0 learning`);
    expect(await axeViolations(page), 'board with the notice').toEqual([]);
    await listSelect(page, other.slug).selectOption('learning');
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known', [other.slug]: 'learning' } });
    expect(await raw(page, ASIDE)).toBe(bad);

    // Later: the board still offers the kept copy, and deletes it only when asked.
    await page.reload();
    expect(await page.locator('[data-progress-notice="unreadable"]').count()).toBe(0);
    const kept = page.locator('[data-progress-notice="kept"]');
    expect(await kept.isVisible()).toBe(true);
    expect((await downloaded(page, kept.getByRole('button', { name: 'Download the kept copy' }))).text).toBe(bad);
    expect(await axeViolations(page), 'board with the kept copy').toEqual([]);
    await kept.getByRole('button', { name: 'Delete the kept copy…' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the kept copy?' })
      .getByRole('button', { name: 'Delete it' })
      .click();
    expect(await statusStarting(page, 'Deleted')).toBe('Deleted the kept copy of the unreadable progress.');
    expect(await raw(page, ASIDE)).toBeNull();
    expect(await kept.count()).toBe(0);
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known', [other.slug]: 'learning' } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a value that is not JSON aside, and never writes over an earlier kept value', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/topics/'));
    await storeRaw(page, 'not json');
    expect(await page.locator('[data-progress-notice="unreadable"] p').textContent()).toMatch(
      /^Your saved progress could not be read: it is not valid JSON\. It is kept aside unchanged/,
    );
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`0 of ${data.topics.length} known, 0 learning`);
    expect(await downloaded(page, page.getByRole('button', { name: 'Download the saved value' }))).toEqual({
      name: expect.stringMatching(/^pyradar-progress-unreadable-.*\.txt$/),
      text: 'not json',
    });
    await listSelect(page, gil.slug).selectOption('known');
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known' } });
    expect(await raw(page, ASIDE)).toBe('not json');

    // A second unreadable value while the first is kept: neither is written over, and the change says so at once.
    await storeRaw(page, '{"version":2,"topics":{}}');
    expect(await page.locator('[data-progress-notice="unreadable"] p').textContent()).toMatch(
      /^Your saved progress could not be read: it is version 2; this site reads version 1\. An earlier unreadable value/,
    );
    expect(await page.locator('[data-progress-notice="kept"]').isVisible()).toBe(true);
    await listSelect(page, other.slug).selectOption('learning');
    expect(await message(page).textContent()).toMatch(
      /^Not saved: your saved progress could not be read or kept aside/,
    );
    expect(await raw(page, KEY)).toBe('{"version":2,"topics":{}}');
    expect(await raw(page, ASIDE)).toBe('not json');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('when the browser refuses to save', () => {
  it('says so at once on the first change, and a second change does not undo the first', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/topics/'));
    await storeRaw(page, JSON.stringify({ version: 1, topics: { [gil.slug]: 'known' } }));
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    const refused =
      'Not saved: this browser would not store your progress (storage full or turned off). Changes on this page last until you leave it';

    await listSelect(page, other.slug).selectOption('learning');
    // No waiting: the message is there as soon as the change has been handled.
    expect(await message(page).textContent()).toBe(`${refused}; export them to keep them.`);
    const note = page.locator(`li[data-topic="${other.slug}"] .progress-unsaved`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(`${refused}.`);

    await listSelect(page, third.slug).selectOption('known');
    expect(await listSelect(page, other.slug).inputValue()).toBe('learning');
    expect(await listSelect(page, gil.slug).inputValue()).toBe('known');
    expect(await text(page, '[data-progress-count="overall"]')).toBe(`2 of ${data.topics.length} known, 1 learning`);
    expect(await page.locator('.progress-unsaved').count()).toBe(1);
    expect(await page.locator(`li[data-topic="${third.slug}"] .progress-unsaved`).isVisible()).toBe(true);
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'known' } });
    // The export carries the changes the browser would not store.
    const exported = await downloaded(page, page.getByRole('button', { name: 'Export progress' }));
    expect(JSON.parse(exported.text)).toEqual({
      version: 1,
      topics: { [gil.slug]: 'known', [other.slug]: 'learning', [third.slug]: 'known' },
    });
    expect(await axeViolations(page), 'board with the message').toEqual([]);

    // A topic page says so next to its control.
    await page.goto(at(`/topics/${gil.slug}/`));
    await page.getByLabel(`Your progress on ${gil.title}`).selectOption('learning');
    const status = page.locator('topic-progress [role="status"]');
    expect(await status.textContent()).toBe(`${refused}.`);
    expect(await status.isVisible()).toBe(true);
    await page.getByLabel(`Your progress on ${gil.title}`).selectOption('not-started');
    expect(await page.getByLabel(`Your progress on ${gil.title}`).inputValue()).toBe('not-started');
    expect(await axeViolations(page), 'topic page with the message').toEqual([]);
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
    const file = `${SAVED}/${download.suggestedFilename()}`;
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
    // Deliberately changed: the message names the file's version as well as the one the site reads.
    expect(await message(page).textContent()).toBe('Import failed: This file is version 2; this site reads version 1.');
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

  it('sets a topic back to not started when the file says "not-started"', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await listSelect(page, gil.slug).selectOption('known');
    await listSelect(page, other.slug).selectOption('learning');
    await upload(
      page,
      'back.json',
      JSON.stringify({ version: 1, topics: { [gil.slug]: 'not-started', [third.slug]: 'known' } }),
    );
    expect(await statusStarting(page, 'Imported')).toBe(
      'Imported 2 topics: 1 new, 0 changed, 0 already set, 1 set back to not started.',
    );
    expect(await stored(page)).toEqual({ version: 1, topics: { [other.slug]: 'learning', [third.slug]: 'known' } });
    expect(await listSelect(page, gil.slug).inputValue()).toBe('not-started');
    await context.close();
  });

  it('answers a huge or wrong-version file with a short message naming both versions', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await listSelect(page, gil.slug).selectOption('learning');
    // Over the size limit: the version is read from the start of the file.
    const topics = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`topic-${i}`, 'known']));
    const huge = JSON.stringify({ version: 2, topics }, null, 2);
    expect(huge.length).toBeGreaterThan(512 * 1024);
    await upload(page, 'huge.json', huge);
    const tooLarge = await statusStarting(page, 'Import failed');
    expect(tooLarge).toMatch(
      /^Import failed: "huge\.json" is \d+\.\d (?:kB|MB), too large for a progress file \(a few kB\)\. This file is version 2; this site reads version 1\.$/,
    );

    // Under the limit, with a huge version value: quoted and cut short.
    await upload(page, 'odd.json', JSON.stringify({ version: 'v'.repeat(100_000), topics: {} }));
    const wrong = await statusStarting(page, 'Import failed: This file');
    expect(wrong).toBe(`Import failed: This file is version "${'v'.repeat(39)}…"; this site reads version 1.`);
    expect(await stored(page)).toEqual({ version: 1, topics: { [gil.slug]: 'learning' } });
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
          await screenshot(page, `topics-${name}-${width}-${colorScheme}`, { fullPage: name === 'topic' });
        }
        await context.close();
      }
    }
  });

  it('has no axe violations and no sideways scroll at 360px with the notice and not-saved messages shown', async ({
    browser,
  }) => {
    const bad = JSON.stringify({ version: 1, topics: { [gil.slug]: 'known', x: 'b'.repeat(500) } });
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, { colorScheme, viewport: { width: 360, height: 740 } });
      await page.goto(at('/topics/'));
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, bad]);
      // Storage full as well: the value cannot be kept aside either, so every message shows at once.
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      for (const [name, path, control] of [
        ['topics', '/topics/', listSelect(page, other.slug)],
        ['topic', `/topics/${gil.slug}/`, page.getByLabel(`Your progress on ${gil.title}`)],
      ] as const) {
        await page.goto(at(path));
        expect(await page.locator('[data-progress-notice="unreadable"] p').textContent()).toContain(
          'This browser would not store a copy aside',
        );
        await control.selectOption('learning');
        expect(
          await page
            .getByText(/^Not saved: /)
            .first()
            .isVisible(),
        ).toBe(true);
        expect(await axeViolations(page), `${name} ${colorScheme}`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} ${colorScheme}`).toBeLessThanOrEqual(0);
        await screenshot(page, `topics-${name}-unreadable-${colorScheme}`);
      }
      expect(await raw(page, KEY)).toBe(bad);
      await context.close();
    }
  });

  it('has no axe violations with the reset dialog open', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/topics/'));
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'topics-dialog');
    await context.close();
  });
});
