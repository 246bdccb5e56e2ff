import { beforeAll, describe, expect } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { it, at } from './fixture.ts';

interface SurveyJson {
  sections: { id: string }[];
  questions: {
    id: string;
    title: string;
    section: string;
    partial: boolean;
    options: { label: string; percent: number }[];
  }[];
}

let survey: SurveyJson;
beforeAll(async () => {
  survey = (await (await fetch(at('/api/survey.json'))).json()) as SurveyJson;
});

describe('the survey overview', () => {
  it('shows every question as a small chart, grouped by section, each linking to its page', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(at('/survey/'));
    const charts = page.locator('.multiples .survey-chart');
    expect(await charts.count()).toBe(survey.questions.length);
    for (const q of survey.questions) {
      const chart = page.locator(`#chart-${q.id}`);
      expect(await chart.locator('svg rect:not(.track)').count(), q.id).toBe(q.options.length);
      const href = await chart.getByRole('link', { name: q.title, exact: true }).getAttribute('href');
      expect(new URL(href!, page.url()).pathname).toBe(new URL(at(`/survey/${q.id}/`)).pathname);
    }
    // Three charts side by side at this width: the overview is for looking, not scrolling.
    const tops = await charts.evaluateAll((els) =>
      els.slice(0, 3).map((el) => Math.round(el.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });
});

describe('survey chart pages', () => {
  it('say what the line across a bar means in plain words, linking to how to read the charts', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    const q = survey.questions[0]!;
    await page.goto(at(`/survey/${q.id}/`));
    const caption = page.locator(`#chart-${q.id} .base`).first();
    expect(await caption.textContent()).toContain('the range the share likely falls in');
    expect(await caption.textContent()).not.toMatch(/Wilson|whisker/);
    await caption.getByRole('link', { name: 'how to read the charts' }).click();
    await page.waitForURL(/\/survey\/#reading-the-charts$/);
    expect(await page.locator('#reading-the-charts').isVisible()).toBe(true);
    // The interval line has a halo in the page colour, so it reads on a dark bar too.
    await page.goto(at(`/survey/${q.id}/`));
    const halo = page.locator(`#chart-${q.id} .whisker-halo`).first();
    const [haloColour, background] = await halo.evaluate((el) => [
      getComputedStyle(el).stroke,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(haloColour).toBe(background);
    await context.close();
  });

  it('show every question as an SVG chart with a matching table, and working downloads', async ({ browser }) => {
    expect(survey.questions.length).toBeGreaterThanOrEqual(25);
    const { page, context } = await openPage(browser);
    for (const q of survey.questions) {
      await page.goto(at(`/survey/${q.id}/`));
      const figure = page.locator(`#chart-${q.id}`);
      await expect(figure.locator('svg rect:not(.track)').count(), q.id).resolves.toBe(q.options.length);
      const rows = await figure
        .locator('table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
        );
      expect(rows, q.id).toEqual(q.options.map((o) => [o.label, `${o.percent}%`]));
      if (q.partial) await expect(figure.locator('.partial').count(), `${q.id} says it is partial`).resolves.toBe(1);
      const csvHref = await figure.getByRole('link', { name: 'CSV' }).getAttribute('href');
      const csv = await (await fetch(new URL(csvHref!, page.url()))).text();
      expect(csv.trim().split('\r\n').length, `${q.id} CSV rows`).toBe(q.options.length + 1);
      const jsonHref = await figure.getByRole('link', { name: 'JSON' }).getAttribute('href');
      const json = (await (await fetch(new URL(jsonHref!, page.url()))).json()) as { options: unknown };
      expect(json.options).toEqual(q.options);
    }
    await context.close();
  });

  it('reads at 360px: the chart fits and its text stays at least 10px tall', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(at('/survey/package-managers/'));
    const sizes = await page
      .locator('#chart-package-managers svg text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'survey-chart-360');
    await context.close();
  });

  it('embeds charts on radar entries that cite them', async ({ browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1200 } });
    await page.goto(at('/radar/poetry/'));
    await expect(page.locator('#chart-package-managers svg').count()).resolves.toBe(1);
    await page.locator('#chart-package-managers').scrollIntoViewIfNeeded();
    await screenshot(page, 'entry-with-chart-1280');
    await page.goto(at('/radar/type-hints/'));
    await expect(page.locator('#chart-type-hints-usage svg').count()).resolves.toBe(1);
    await context.close();
  });

  it('anchors each chart on its section page', async ({ browser }) => {
    const { page, context } = await openPage(browser);
    const q = survey.questions[0]!;
    await page.goto(at(`/survey/sections/${q.section}/#chart-${q.id}`));
    await expect(page.locator(`#chart-${q.id}`).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
