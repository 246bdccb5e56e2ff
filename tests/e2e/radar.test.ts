import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the radar with JavaScript', () => {
  it('highlights the legend line when a blip is hovered, and names it in a tooltip', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    await page.locator('a.blip[data-entry="fastapi"]').hover();
    await expect(page.locator('.legend li[data-entry="fastapi"]').getAttribute('class')).resolves.toMatch(/is-active/);
    await expect(page.locator('.radar-tooltip').textContent()).resolves.toMatch(/FastAPI · Adopt/);
    await expect(page.locator('.radar-tooltip').isVisible()).resolves.toBe(true);
    await screenshot(page, 'radar-hover-1280');
    // And the reverse: hovering a legend line highlights its blip.
    await page.locator('.legend li[data-entry="poetry"] a').hover();
    await expect(page.locator('a.blip[data-entry="poetry"]').getAttribute('class')).resolves.toMatch(/is-active/);
    await context.close();
  });

  it('lets the keyboard reach blips in legend order, highlighting the legend on focus', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/'));
    const legendOrder = await page.locator('.legend li[data-entry]').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')));
    await page.locator('a.blip').first().focus();
    const focused: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('data-entry') ?? null));
      await page.keyboard.press('Tab');
    }
    expect(focused).toEqual(legendOrder.slice(0, 5));
    await page.locator(`a.blip[data-entry="${legendOrder[0]}"]`).focus();
    await expect(page.locator(`.legend li[data-entry="${legendOrder[0]}"]`).getAttribute('class')).resolves.toMatch(/is-active/);
    await context.close();
  });

  it('filters blips and legend by ring, quadrant and tag, and restores the filters from the URL', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    await page.goto(at('/radar/'));
    const total = await page.locator('.legend li[data-entry]').count();
    await page.locator('select[name="ring"]').selectOption('hold');
    await page.locator('select[name="quadrant"]').selectOption('tools');
    const visible = await page.locator('.legend li[data-entry]:visible').evaluateAll((els) => els.map((el) => [el.getAttribute('data-ring'), el.getAttribute('data-quadrant')]));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    for (const [ring, quadrant] of visible) expect([ring, quadrant]).toEqual(['hold', 'tools']);
    const lit = await page.locator('a.blip:not(.is-dimmed)').count();
    expect(lit).toBe(visible.length);
    expect(new URL(page.url()).searchParams.get('ring')).toBe('hold');
    await screenshot(page, 'radar-filtered-1280');
    // A shared link restores the same view.
    await page.goto(page.url());
    await expect(page.locator('.legend li[data-entry]:visible').count()).resolves.toBe(visible.length);
    await expect(page.locator('select[name="ring"]').inputValue()).resolves.toBe('hold');
    // Tags narrow too, and clearing brings everything back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('select[name="tag"]').selectOption('testing');
    const tagged = await page.locator('.legend li[data-entry]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-tags') ?? ''));
    expect(tagged.length).toBeGreaterThan(0);
    for (const tags of tagged) expect(tags.split(' ')).toContain('testing');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.legend li[data-entry]:visible').count()).toBe(total);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('zooms into a quadrant and back', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(at('/radar/'));
    const full = await page.locator('svg.radar').getAttribute('viewBox');
    await page.locator('.radar-zoom').getByRole('button', { name: 'Tools' }).click();
    const zoomed = await page.locator('svg.radar').getAttribute('viewBox');
    expect(zoomed).not.toBe(full);
    // The Tools quadrant is the bottom right: its box starts at the centre.
    const [x, y, w, h] = (zoomed ?? '').split(' ').map(Number);
    expect(x).toBeLessThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(0);
    expect(w).toBeLessThan(500);
    expect(h).toBeLessThan(500);
    await page.locator('svg.radar').scrollIntoViewIfNeeded();
    await screenshot(page, 'radar-zoomed-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.radar-zoom').getByRole('button', { name: 'Whole radar' }).click();
    await expect(page.locator('svg.radar').getAttribute('viewBox')).resolves.toBe(full);
    await context.close();
  });

  it('ships under 20 KB of gzipped JavaScript, and no d3 bundle', async () => {
    const { page, context } = await openPage(browser);
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(at('/radar/'));
    await page.waitForLoadState('networkidle');
    let total = 0;
    for (const src of scripts) {
      const body = await (await fetch(src)).text();
      expect(body, src).not.toMatch(/d3-(selection|transition|zoom)|forceSimulation/);
      total += gzipSync(body).length;
    }
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((el) => el.textContent ?? '').join(''));
    total += gzipSync(inline).length;
    expect(total).toBeLessThan(20_000);
    await context.close();
  });

  it('prints the radar and legend without the controls', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.radar-filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('svg.radar').isVisible()).resolves.toBe(true);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    }
    await context.close();
  });
});
