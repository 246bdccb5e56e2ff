import { describe, expect } from 'vitest';
import { openPage } from './browser.ts';
import { at, it } from './fixture.ts';

interface RadarJson {
  asOf: string;
  editions: { id: string; date: string }[];
  entries: {
    slug: string;
    lastReviewed: string;
    history: { edition: string; ring: string; basis: string[]; sources: string[]; kept?: true }[];
  }[];
  sources: { id: string; title: string; href?: string; date?: string }[];
}
const radar = (await (await fetch(at('/api/radar.json'))).json()) as RadarJson;

describe('the placement policy, published', () => {
  it('is linked from the radar, from an entry page and from every footer', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    for (const path of ['/radar/', '/radar/attrs/', '/topics/']) {
      await page.goto(at(path));
      const links = page.locator('a[href$="/methodology/"]');
      expect(await links.count(), path).toBeGreaterThan(0);
    }
    await page.goto(at('/radar/'));
    await page.locator('main a[href$="/methodology/"]').first().click();
    await page.waitForURL(/\/methodology\/$/);
    expect(await page.locator('h1').textContent()).toBe('How we place entries');
    await context.close();
  });

  it('names every evidence kind, what it may decide and how many placements use it', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/methodology/'));
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(7);
    const used = new Map<string, number>();
    for (const e of radar.entries)
      for (const h of e.history) for (const k of h.basis) used.set(k, (used.get(k) ?? 0) + 1);
    for (const [kind, count] of used) {
      expect(await page.locator(`#evidence-${kind} td.num`).textContent(), kind).toBe(String(count));
    }
    await context.close();
  });
});

describe('every placement records its basis and sources', () => {
  it('in the API, with the date placements stand as of and when each entry was last reviewed', () => {
    const newest = radar.editions.at(-1)!;
    expect(radar.asOf).toBe(newest.date);
    for (const e of radar.entries) {
      expect(
        radar.editions.map((ed) => ed.id),
        e.slug,
      ).toContain(e.lastReviewed);
      for (const h of e.history) {
        expect(h.basis.length, `${e.slug} ${h.edition}`).toBeGreaterThan(0);
        expect(h.sources.length, `${e.slug} ${h.edition}`).toBeGreaterThan(0);
      }
    }
  });

  it('on the entry page, each history item linking its evidence kinds to the policy', async ({ browser }) => {
    const entry = radar.entries.find((e) => e.slug === 'attrs')!;
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/attrs/'));
    const basis = page.locator('.timeline .basis');
    expect(await basis.count()).toBe(entry.history.length);
    const kind = entry.history.at(-1)!.basis[0]!;
    expect(await basis.first().locator(`a[href$="/methodology/#evidence-${kind}"]`).count()).toBe(1);
    expect(await page.locator('.as-of').textContent()).toContain(radar.asOf);
    await context.close();
  });

  it('on the radar legend, with the as-of date and carried-over entries marked', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at('/radar/'));
    expect(await page.locator('.legend-as-of').textContent()).toContain(`placements as of ${radar.asOf}`);
    const newest = radar.editions.at(-1)!.id;
    const carried = radar.entries.find((e) => e.lastReviewed !== newest && e.history.length > 0);
    if (carried) {
      const item = page.locator(`.legend li[data-entry="${carried.slug}"]`);
      if ((await item.count()) > 0) expect(await item.textContent()).toContain('last reviewed');
    }
    await context.close();
  });
});

describe('a review that keeps the ring', () => {
  it('shows on the entry page as reviewed with what it found, and in the edition as unchanged', async ({ browser }) => {
    const newest = radar.editions.at(-1)!.id;
    const entry = radar.entries.find((e) => e.history.at(-1)?.kept && e.history.at(-1)?.edition === newest);
    expect(entry, 'an entry the newest edition reviewed and kept').toBeDefined();
    const kept = entry!.history.at(-1)!;
    expect(kept.ring).toBe(entry!.history.at(-2)!.ring);
    const { page, context } = await openPage(browser);
    await page.goto(at(`/radar/${entry!.slug}/`));
    const item = page.locator('.timeline > li').first();
    expect(await item.textContent()).toContain('reviewed, ring kept');
    expect(await item.locator('.basis').textContent()).toMatch(/^The review found:/);
    // Its sources are documents read online: each page gives the address and the date of the version read.
    const source = radar.sources.find((s) => s.id === kept.sources[0])!;
    expect(source.href).toMatch(/^https:\/\//);
    await item.locator(`.basis a[href$="/sources/${source.id}/"]`).click();
    await page.waitForURL(new RegExp(`/sources/${source.id}/$`));
    expect(await page.locator(`main a[href="${source.href}"]`).count()).toBe(1);
    expect(await page.locator('main dl').textContent()).toContain(source.date!);
    await page.goto(at(`/editions/${newest}/`));
    const unchanged = page.locator('.edition-stats');
    expect(await unchanged.textContent()).toMatch(/\d+ unchanged/);
    // An edition resting on many sources lists them all, by kind, at its end.
    const listed = page.locator('#sources ~ ul li a');
    if (await page.locator('#sources').count()) {
      expect(await listed.count()).toBeGreaterThan(5);
      expect(await page.locator(`#sources ~ ul a[href$="/sources/${source.id}/"]`).count()).toBe(1);
    }
    await context.close();
  });
});

describe('survey labels', () => {
  it('say whether they are as printed in a table or our paraphrase', async ({ browser }) => {
    const survey = (await (await fetch(at('/api/survey.json'))).json()) as {
      questions: { id: string; labels: string }[];
    };
    expect(survey.questions.filter((q) => q.labels === 'table').length).toBeGreaterThan(0);
    const { page, context } = await openPage(browser);
    for (const q of [
      survey.questions.find((x) => x.labels === 'table')!,
      survey.questions.find((x) => x.labels === 'prose')!,
    ]) {
      await page.goto(at(`/survey/${q.id}/`));
      const note = page.locator(`.labels[data-labels="${q.labels}"]`);
      expect(await note.textContent(), q.id).toMatch(
        q.labels === 'table' ? /as the report prints them/ : /our paraphrase/,
      );
    }
    await context.close();
  });
});
