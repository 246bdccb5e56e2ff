// Renamed pages keep their old URLs: the real alias python-3-11 of content/entries/cpython-3-11.mdx.
import { describe, expect } from 'vitest';
import { openPage } from './browser.ts';
import { at, baseUrl, it } from './fixture.ts';

const base = new URL(baseUrl).pathname;

describe('an old entry URL', () => {
  it('lands on the new URL with its query string and fragment', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(at('/radar/python-3-11/?x=1#why'));
    await page.waitForURL(/\/radar\/cpython-3-11\//);
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.search}${landed.hash}`).toBe(`${base}radar/cpython-3-11/?x=1#why`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/3\.11/);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('goes to the new URL without JavaScript too, and names it as canonical', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/radar/python-3-11/'));
    await page.waitForURL(/\/radar\/cpython-3-11\/$/);
    const html = await (await fetch(at('/radar/python-3-11/'))).text();
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/radar\/cpython-3-11\/"/);
    await context.close();
  });
});

describe('an old edition snapshot URL', () => {
  it('lands on the snapshot under the new slug', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/editions/2023/python-3-11/'));
    await page.waitForURL(/\/editions\/2023\/cpython-3-11\/$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/3\.11.*in PyRadar 2023/s);
    await context.close();
  });
});

describe('redirect pages', () => {
  it('carry one script text, the same on every page, so one CSP hash allows them all', async () => {
    const scripts = await Promise.all(
      ['/radar/python-3-11/', '/editions/2023/python-3-11/'].map(async (path) => {
        const html = await (await fetch(at(path))).text();
        return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      }),
    );
    expect(scripts[0]).toHaveLength(1);
    expect(scripts[1]).toEqual(scripts[0]);
  });
});

describe('an old preview image URL', () => {
  it('is served as the same PNG', async () => {
    const old = await fetch(at('/og/radar/python-3-11.png'));
    const current = await fetch(at('/og/radar/cpython-3-11.png'));
    expect(old.status).toBe(200);
    expect(old.headers.get('content-type')).toMatch(/^image\/png/);
    const bytes = new Uint8Array(await old.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes).toEqual(new Uint8Array(await current.arrayBuffer()));
  });
});
