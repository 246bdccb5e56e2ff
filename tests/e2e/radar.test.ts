import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { it, at } from './fixture.ts';

const visibleLegend = (page: Page) =>
  page
    .locator('.legend li[data-entry]:visible')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry') ?? ''));
const active = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.classList.contains('is-active'));
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const intersects = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('linked highlighting and the tooltip', () => {
  it('highlights the legend line of a hovered blip and names it beside the blip, not over it', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    await page.locator('a.blip[data-entry="fastapi"]').hover();
    await expect(active(page, '.legend li[data-entry="fastapi"]')).resolves.toBe(true);
    const tooltip = page.locator('.radar-tooltip');
    await expect(tooltip.textContent()).resolves.toMatch(/^\d+\. FastAPI · Adopt$/);
    await expect(tooltip.isVisible()).resolves.toBe(true);
    expect(intersects(await box(page, '.radar-tooltip'), await box(page, 'a.blip[data-entry="fastapi"] path'))).toBe(
      false,
    );
    await screenshot(page, 'radar-hover-1280');
    // Escape dismisses it (WCAG 1.4.13) without moving the pointer.
    await page.keyboard.press('Escape');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    // And the reverse: hovering a legend line highlights its blip; leaving it clears both.
    await page.locator('.legend li[data-entry="poetry"] a').hover();
    await expect(active(page, 'a.blip[data-entry="poetry"]')).resolves.toBe(true);
    await expect(active(page, '.legend li[data-entry="fastapi"]')).resolves.toBe(false);
    await page.mouse.move(0, 0);
    await expect(active(page, 'a.blip[data-entry="poetry"]')).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the SVG one name per blip: an aria-label and no <title> to read twice', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/radar/'));
    await expect(page.locator('svg.radar title').count()).resolves.toBe(0);
    const unnamed = await page
      .locator('svg.radar a.blip')
      .evaluateAll((els) => els.filter((el) => !el.getAttribute('aria-label')).length);
    expect(unnamed).toBe(0);
    // Controls that need JavaScript stay hidden without it.
    await expect(page.locator('.radar-controls').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('keyboard', () => {
  it('Tabs through the blips in legend order, with a focus ring, the legend line lit and the tooltip shown', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    const legendOrder = await visibleLegend(page);
    // From the last control before the chart: the skip link, then blip 1, 2, 3...
    await page.locator('.radar-zoom button.whole').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('radar-skip');
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('data-entry') ?? ''));
    }
    expect(focused).toEqual(legendOrder.slice(0, 8));
    const last = `a.blip[data-entry="${focused.at(-1)}"]`;
    await expect(page.locator(last).evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
    await expect(page.locator(`${last} path`).evaluate((el) => getComputedStyle(el).strokeWidth)).resolves.toBe('7px');
    await expect(active(page, `.legend li[data-entry="${focused.at(-1)}"]`)).resolves.toBe(true);
    await expect(page.locator('.radar-tooltip').isVisible()).resolves.toBe(true);
    await page.locator('svg.radar').scrollIntoViewIfNeeded();
    await screenshot(page, 'radar-focus-1280');
    await context.close();
  });

  it('has a skip link that jumps past the chart to the legend', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/'));
    await page.locator('.radar-skip').focus();
    await expect(page.locator('.radar-skip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('radar-legend');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.legend') !== null)).resolves.toBe(true);
    await context.close();
  });
});

describe('filters', () => {
  it('narrow blips and legend alike by ring, quadrant and tag, and a shared URL restores them', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    const total = await page.locator('.legend li[data-entry]').count();
    await page.locator('select[name="ring"]').selectOption('adopt');
    await page.locator('select[name="quadrant"]').selectOption('tools');
    const shown = await page
      .locator('.legend li[data-entry]:visible')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-entry'),
          el.getAttribute('data-ring'),
          el.getAttribute('data-quadrant'),
        ]),
      );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    for (const [, ring, quadrant] of shown) expect([ring, quadrant]).toEqual(['adopt', 'tools']);
    // The same entries are lit in the chart; the rest are dimmed and out of the tab order.
    const lit = await page
      .locator('a.blip:not(.is-dimmed)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')));
    expect(lit.sort()).toEqual(shown.map(([slug]) => slug).sort());
    const dimmedTabbable = await page
      .locator('a.blip.is-dimmed')
      .evaluateAll(
        (els) =>
          els.filter((el) => el.getAttribute('tabindex') !== '-1' || el.getAttribute('aria-hidden') !== 'true').length,
      );
    expect(dimmedTabbable).toBe(0);
    // Quadrants with nothing left leave the legend, headings and all.
    await expect(page.locator('.legend-quadrant:visible').count()).resolves.toBe(1);
    await expect(page.locator('.radar-filter-status').textContent()).resolves.toBe(
      `Showing ${shown.length} of ${total} entries.`,
    );
    const url = new URL(page.url());
    expect([url.searchParams.get('ring'), url.searchParams.get('quadrant')]).toEqual(['adopt', 'tools']);
    await page.locator('svg.radar').scrollIntoViewIfNeeded();
    await screenshot(page, 'radar-filtered-1280');
    // A shared link restores the same view.
    const { page: other, context: otherContext } = await openPage(browser);
    await other.goto(url.href);
    await expect(other.locator('select[name="quadrant"]').inputValue()).resolves.toBe('tools');
    expect((await visibleLegend(other)).sort()).toEqual(shown.map(([slug]) => slug!).sort());
    await expect(other.locator('a.blip:not(.is-dimmed)').count()).resolves.toBe(shown.length);
    await otherContext.close();
    // Tags narrow too, and clearing brings everything back and empties the query.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('select[name="tag"]').selectOption('testing');
    const tagged = await page
      .locator('.legend li[data-entry]:visible')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-tags') ?? ''));
    expect(tagged.length).toBeGreaterThan(0);
    for (const tags of tagged) expect(tags.split(' ')).toContain('testing');
    await expect(page.locator('a.blip:not(.is-dimmed)').count()).resolves.toBe(tagged.length);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.legend li[data-entry]:visible').count()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('ignores filter values the page does not offer', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/radar/?ring=nonsense&tag=web'));
    await expect(page.locator('select[name="ring"]').inputValue()).resolves.toBe('');
    await expect(page.locator('select[name="tag"]').inputValue()).resolves.toBe('web');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('zoom', () => {
  it('on a phone, opens on the top-left quadrant under the introduction, lists only it, and switches with tall buttons', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(at('/radar/'));
    const svg = page.locator('svg.radar');
    const first = page.locator('.radar-zoom button[data-quadrant]:not(.whole)').first();
    const firstQuadrant = (await first.getAttribute('data-quadrant'))!;
    await expect.poll(() => svg.getAttribute('viewBox')).toBe(await first.getAttribute('data-viewbox'));
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    // The chart starts on the first screen, before any scrolling.
    expect((await svg.boundingBox())!.y).toBeLessThan(740);
    for (const button of await page.locator('.radar-zoom button').all())
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    // The filters fold away on a phone and open on a tap.
    const panel = page.locator('.radar-filter-panel');
    await expect(panel.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await panel.locator('summary').click();
    await expect(page.locator('select[name="ring"]').isVisible()).resolves.toBe(true);
    // The legend under the chart lists the quadrant shown, every line a target at least 24px tall.
    const listed = async () =>
      page
        .locator('.legend li[data-entry]:visible')
        .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-quadrant')))]);
    await expect(listed()).resolves.toEqual([firstQuadrant]);
    for (const link of await page.locator('.legend li[data-entry]:visible a').all())
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);

    await page.locator('.radar-zoom').getByRole('button', { name: 'Tools' }).click();
    const target = await page.locator('.radar-zoom button[data-quadrant="tools"]').getAttribute('data-viewbox');
    await expect.poll(() => svg.getAttribute('viewBox')).toBe(target);
    await expect(page.locator('.radar-zoom button[data-quadrant="tools"]').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    const reachable = await page
      .locator('a.blip:not([tabindex="-1"])')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-quadrant')))]);
    expect(reachable).toEqual(['tools']);
    await expect(listed()).resolves.toEqual(['tools']);
    // The zoomed blips are twice the size on screen.
    const blip = await box(page, 'a.blip[data-quadrant="tools"]');
    expect(blip.width).toBeGreaterThan(14);
    await svg.scrollIntoViewIfNeeded();
    await screenshot(page, 'radar-zoomed-360');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    // The whole radar on request: said in the URL, since a phone otherwise opens zoomed, and kept on reload.
    await page.locator('.radar-zoom').getByRole('button', { name: 'Whole radar' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('all');
    const wholeWidth = async () => Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
    const quadrantWidth = Number(target!.split(' ')[2]);
    await expect.poll(wholeWidth).toBeGreaterThan(quadrantWidth * 1.5);
    await expect(page.locator('a.blip[tabindex="-1"]').count()).resolves.toBe(0);
    await page.reload();
    await expect.poll(wholeWidth).toBeGreaterThan(quadrantWidth * 1.5);
    expect((await listed()).length).toBe(4);
    await context.close();
  });

  it('lists quadrants in the legend, the zoom buttons and the filter in the order they sit on the chart', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/radar/'));
    const legend = await page
      .locator('.legend-quadrant')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-quadrant') ?? ''));
    // The radar's centre is the middle of its box: the viewBox is symmetric about the origin.
    const centre = await page.locator('svg.radar').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    // Where each quadrant's blips sit: the mean of their centres.
    const where = await Promise.all(
      legend.map((q) =>
        page.locator(`a.blip[data-quadrant="${q}"]`).evaluateAll((els) => {
          const points = els
            .map((el) => el.getBoundingClientRect())
            .map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
          return {
            x: points.reduce((sum, p) => sum + p[0]!, 0) / points.length,
            y: points.reduce((sum, p) => sum + p[1]!, 0) / points.length,
          };
        }),
      ),
    );
    const [topLeft, topRight, bottomLeft, bottomRight] = where;
    expect(topLeft!.y).toBeLessThan(centre.y);
    expect(topRight!.y).toBeLessThan(centre.y);
    expect(bottomLeft!.y).toBeGreaterThan(centre.y);
    expect(bottomRight!.y).toBeGreaterThan(centre.y);
    expect(topLeft!.x).toBeLessThan(centre.x);
    expect(topRight!.x).toBeGreaterThan(centre.x);
    expect(bottomLeft!.x).toBeLessThan(centre.x);
    expect(bottomRight!.x).toBeGreaterThan(centre.x);
    const zoom = await page
      .locator('.radar-zoom button[data-quadrant]:not(.whole)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-quadrant') ?? ''));
    expect(zoom).toEqual(legend);
    const options = await page
      .locator('select[name="quadrant"] option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
    expect(options).toEqual(legend);
    // Numbers run from 1 down the legend.
    await expect(page.locator('.legend li[data-entry]').first().getAttribute('value')).resolves.toBe('1');
    await context.close();
  });
});

describe('layout stability', () => {
  it('keeps the chart where it first paints when the script runs, on a phone and on a wide screen', async ({
    browser,
  }) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 412, height: 823 },
      { width: 1280, height: 900 },
    ]) {
      const top = async (blockScripts: boolean) => {
        const { page, context } = await openPage(browser, { viewport });
        // Before the script runs, as a slow phone paints it: the same page with its scripts held back.
        if (blockScripts) await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
        await page.goto(at('/radar/'));
        if (!blockScripts)
          await expect.poll(() => page.locator('.radar-filter-status').textContent()).toMatch(/^Showing/);
        const y = (await page.locator('svg.radar').boundingBox())!.y;
        await context.close();
        return y;
      };
      const before = await top(true);
      expect(await top(false), `${viewport.width}px`).toBeCloseTo(before, 0);
    }
  });
});

describe('the home page radar', () => {
  it('has a key to its blip shapes, as the radar page does', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/'));
    const key = page.locator('.home-radar figcaption').getByRole('list', { name: 'Blip shapes' });
    expect(await key.locator('li').allTextContents()).toEqual(
      await page.evaluate(async (radar) => {
        const html = await (await fetch(radar)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.querySelectorAll('[aria-label="Blip shapes"] li')].map((li) => li.textContent);
      }, at('/radar/')),
    );
    expect(await key.locator('li svg path').count()).toBe(4);
    await context.close();
  });
});

describe('deep links', () => {
  it('open the radar zoomed to a blip, lit and named, with the zoom kept in the URL', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/radar/?entry=pytest'));
    const blip = page.locator('a.blip[data-entry="pytest"]');
    const quadrant = await blip.getAttribute('data-quadrant');
    const target = await page.locator(`.radar-zoom button[data-quadrant="${quadrant}"]`).getAttribute('data-viewbox');
    await expect.poll(() => page.locator('svg.radar').getAttribute('viewBox')).toBe(target);
    expect(await blip.getAttribute('class')).toMatch(/\bis-target\b/);
    await expect(page.locator('.legend li[data-entry="pytest"]').getAttribute('class')).resolves.toMatch(/is-active/);
    const tooltip = page.locator('.radar-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^\d+\. pytest · /);
    // The tooltip sits beside the blip, on screen.
    const [tip, dot] = [await tooltip.boundingBox(), await blip.boundingBox()];
    expect(tip!.y + tip!.height <= dot!.y || tip!.y >= dot!.y + dot!.height).toBe(true);
    // The status line counts what the zoomed view shows.
    const inView = await page.locator(`a.blip[data-quadrant="${quadrant}"]`).count();
    const total = await page.locator('a.blip').count();
    expect(await page.locator('.radar-filter-status').textContent()).toMatch(
      new RegExp(`^Showing ${inView} of ${total} entries, zoomed to .+\\.$`),
    );
    // Zooming elsewhere writes the zoom into the URL; a reload restores it.
    await page.locator('.radar-zoom').getByRole('button', { name: 'Techniques' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('techniques');
    await page.reload();
    await expect
      .poll(() => page.locator('.radar-zoom button[data-quadrant="techniques"]').getAttribute('aria-pressed'))
      .toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('are copied from the radar for the blip last pointed at', async ({ browser }) => {
    const { page, context } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(at('/radar/'));
    const copy = page.locator('[data-copy-blip]');
    expect(await copy.isDisabled()).toBe(true);
    await page.locator('a.blip[data-entry="fastapi"]').hover();
    await expect.poll(() => copy.textContent()).toBe('Copy link to FastAPI');
    await copy.click();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe(new URL(at('/radar/')).pathname);
    expect(link.searchParams.get('entry')).toBe('fastapi');
    await context.close();
  });

  it('ignore an unknown entry and zoom', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/radar/?entry=nope&zoom=nowhere'));
    await expect(page.locator('.radar-zoom button.whole[data-viewbox]').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    expect(await page.locator('a.blip.is-target').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('drawing', () => {
  it('keeps blips apart, numbers inside their blips, and ring and quadrant labels off the blips', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const blips = [...document.querySelectorAll<SVGAElement>('svg.radar a.blip')];
      const circles = blips.map((a) => {
        const r = a.querySelector('path')!.getBoundingClientRect();
        return {
          id: a.dataset['entry'],
          x: r.x + r.width / 2,
          y: r.y + r.height / 2,
          r: Math.min(r.width, r.height) / 2,
          rect: r,
        };
      });
      // Shapes: no two blips' inscribed circles overlap.
      for (let i = 0; i < circles.length; i++)
        for (let j = i + 1; j < circles.length; j++) {
          const a = circles[i]!;
          const b = circles[j]!;
          if (Math.hypot(a.x - b.x, a.y - b.y) < (a.r + b.r) * 0.8) found.push(`blips ${a.id} and ${b.id} overlap`);
        }
      // Numbers: the digits' box, measured in the real font, lies inside the drawn shape.
      for (const a of blips) {
        const path = a.querySelector('path')!;
        const text = a.querySelector('text')!;
        const bbox = text.getBBox();
        const baseline = Number(text.getAttribute('y'));
        const size = Number(text.getAttribute('font-size'));
        const top = baseline - 0.72 * size;
        for (const [x, y] of [
          [bbox.x, top],
          [bbox.x + bbox.width, top],
          [bbox.x, baseline],
          [bbox.x + bbox.width, baseline],
        ] as const)
          if (!path.isPointInFill(new DOMPoint(x, y)))
            found.push(`number ${text.textContent} spills out of its blip at ${x.toFixed(1)},${y.toFixed(1)}`);
      }
      // Labels: no ring or quadrant label box meets a blip's box.
      for (const label of document.querySelectorAll<SVGTextElement>(
        'svg.radar .ring-labels text, svg.radar .quadrant-labels text',
      )) {
        const l = label.getBoundingClientRect();
        // The glyphs, not the line box: trim the font's ascent and descent.
        const inset = l.height * 0.2;
        for (const c of circles)
          if (l.x < c.rect.right && c.rect.x < l.right && l.y + inset < c.rect.bottom && c.rect.y < l.bottom - inset)
            found.push(`label ${label.textContent} covers blip ${c.id}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways at 360px, filtered and zoomed, on the radar and an edition', async ({ browser }) => {
    for (const path of ['/radar/?tag=web', '/editions/2023/']) {
      const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
      await page.goto(at(path));
      await page.locator('.radar-zoom').getByRole('button', { name: 'Techniques' }).click();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).toBeLessThanOrEqual(0);
      await page.locator('.radar-controls').scrollIntoViewIfNeeded();
      await screenshot(page, `radar-controls-360${path === '/radar/?tag=web' ? '' : '-edition'}`);
      await context.close();
    }
  });
});

describe('weight and print', () => {
  it('ships under 20 KB of gzipped JavaScript, and no d3', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/'));
    const sources = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    expect(sources.length).toBeGreaterThan(0);
    let total = 0;
    const seen = new Set<string>();
    // Follow static imports too, so a split chunk is counted.
    const queue = [...sources];
    while (queue.length) {
      const src = queue.shift()!;
      if (seen.has(src)) continue;
      seen.add(src);
      const body = await (await fetch(src)).text();
      expect(body, src).not.toMatch(/forceSimulation|d3-force|d3-selection/);
      total += gzipSync(body).length;
      for (const m of body.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1]!, src).href);
    }
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((els) => els.map((el) => el.textContent ?? '').join(''));
    total += gzipSync(inline).length;
    expect(total).toBeLessThan(20_000);
    await context.close();
  });

  it('prints the whole radar on a page of its own and the legend in columns, without the controls, on A4 and Letter', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/?ring=adopt'));
    const full = await page.locator('svg.radar').getAttribute('viewBox');
    // Zoomed on screen, the whole radar on paper.
    await page.locator('.radar-zoom').getByRole('button', { name: 'Tools' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('svg.radar').getAttribute('viewBox')).resolves.toBe(full);
    for (const selector of ['.radar-controls', '.radar-tooltip', '.site-header nav'])
      await expect(page.locator(selector).isVisible(), selector).resolves.toBe(false);
    await expect(page.locator('svg.radar').isVisible()).resolves.toBe(true);
    const layout = await page.evaluate(() => {
      const figure = getComputedStyle(document.querySelector('.radar-figure')!);
      return {
        before: figure.breakBefore,
        after: figure.breakAfter,
        columns: getComputedStyle(document.querySelector('.legend')!).columnCount,
      };
    });
    expect(layout).toEqual({ before: 'page', after: 'page', columns: '3' });
    await screenshot(page, 'radar-print');
    mkdirSync('test-results', { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`test-results/radar-${format}.pdf`, pdf);
      // Title page, the radar alone, then the legend: at least three pages, and not one per quadrant.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, format).toBeGreaterThanOrEqual(3);
      expect(pages, format).toBeLessThanOrEqual(6);
    }
    await context.close();
  });
});
