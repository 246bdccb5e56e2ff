import { describe, expect } from 'vitest';
import { axeViolations, openPage, screenshot } from './browser.ts';
import { it, at, baseUrl } from './fixture.ts';

const QUESTION = 'package-managers';
const embeds: [string, string][] = [
  ['survey chart', `/embed/survey/${QUESTION}/`],
  ['radar', '/embed/radar/'],
];

/** The PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: ArrayBuffer) => {
  const png = new DataView(bytes);
  return [png.getUint32(16), png.getUint32(20)];
};

describe('embed pages', () => {
  it.for(embeds)(
    'the %s embed (%s) shows the chart and nothing of the site around it',
    async ([name, path], { browser }) => {
      const { page, context, errors, foreign } = await openPage(browser, { viewport: { width: 640, height: 900 } });
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(200);
      expect(
        await page.locator('header, nav, footer, .site-header, .site-footer').count(),
        `${name}: no site chrome`,
      ).toBe(0);
      expect(await page.locator('main h1').count()).toBe(1);
      const chart = page.locator(name === 'radar' ? 'svg.radar .blip' : '.survey-chart svg .bar');
      expect(await chart.count(), `${name}: the chart's bars or blips`).toBeGreaterThanOrEqual(2);
      expect(await page.locator('script[src]').count(), `${name}: no client JavaScript`).toBe(0);
      // Not for search engines, and canonical to the full page it comes from.
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
      expect(canonical.pathname).toMatch(name === 'radar' ? /\/radar\/$/ : new RegExp(`/survey/${QUESTION}/$`));
      expect(await page.locator('[data-pagefind-body]').count(), `${name}: outside the search index`).toBe(0);
      // Links open in the whole window, never inside the frame: the site's own pages refuse to be framed.
      expect(await page.locator('base').getAttribute('target')).toBe('_top');
      const back = page.getByRole('link', { name: /on PyRadar$/ });
      expect(await back.getAttribute('target')).toBe('_top');
      expect(new URL((await back.getAttribute('href')) ?? '').pathname).toBe(canonical.pathname);
      expect(errors, `${name} console errors (CSP included)`).toEqual([]);
      expect(foreign, `${name} requests off-site`).toEqual([]);
      await screenshot(page, `embed-${name.replace(' ', '-')}-640`);
      await context.close();
    },
  );

  it.for(embeds.flatMap(([name, path]) => (['light', 'dark'] as const).map((scheme) => [name, path, scheme] as const)))(
    'the %s embed (%s) has no WCAG 2.2 AA violation (axe-core), in %s',
    async ([name, path, scheme], { browser }) => {
      const { page, context } = await openPage(browser, { colorScheme: scheme });
      await page.goto(at(path));
      expect(await axeViolations(page), `${name} (${scheme})`).toEqual([]);
      await context.close();
    },
  );

  it.for(embeds)('the %s embed (%s) does not scroll sideways at 300px', async ([name, path], { browser }) => {
    const { page, context } = await openPage(browser, { viewport: { width: 300, height: 600 } });
    await page.goto(at(path));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at 300px`).toBeLessThanOrEqual(0);
    await screenshot(page, `embed-${name.replace(' ', '-')}-300`);
    await context.close();
  });
});

describe('the embed panel and downloads', () => {
  const panels: [string, string, string, string][] = [
    [
      'survey question',
      `/survey/${QUESTION}/`,
      `/downloads/survey/${QUESTION}.svg`,
      `/downloads/survey/${QUESTION}.png`,
    ],
    ['radar', '/radar/', '/downloads/radar.svg', '/downloads/radar.png'],
  ];

  it.for(panels)(
    'the %s page (%s) offers an embed snippet that copies and loads',
    async ([name, path], { browser }) => {
      const { page, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(at(path));
      const panel = page.locator('details.embed-panel');
      await panel.locator('summary').click();
      await expect.poll(() => panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      const snippet = (await panel.locator('pre code').textContent()) ?? '';
      expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/[^"]+" title="[^"]+" width="100%" height="\d+"/);
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      await expect.poll(() => panel.locator('[role="status"]').textContent()).toBe('Embed code copied');
      // The snippet's src, on this server, is the embed page.
      const src = new URL(snippet.match(/src="([^"]+)"/)?.[1] ?? '');
      const response = await fetch(new URL(src.pathname, baseUrl));
      expect(response.status, `${name}: ${src.pathname}`).toBe(200);
      expect(await response.text()).toContain('<meta name="robots" content="noindex">');
      await screenshot(page, `embed-panel-${name.replace(' ', '-')}`);
      await context.close();
    },
  );

  it.for(panels)('the %s page (%s) links its SVG and PNG downloads', async ([name, path, svg, png], { browser }) => {
    const { page, context } = await openPage(browser);
    await page.goto(at(path));
    await page.locator('details.embed-panel summary').click();
    for (const [text, file] of [
      ['Download SVG', svg],
      ['Download PNG', png],
    ] as const) {
      const link = page.getByRole('link', { name: text });
      expect(new URL((await link.getAttribute('href')) ?? '', page.url()).href, `${name}: ${text}`).toBe(at(file));
      expect(await link.getAttribute('download')).toMatch(/^pyradar-[\w-]+\.(svg|png)$/);
    }
    await context.close();
  });

  it.for(panels)('the %s SVG (%s) is XML with a viewBox and the chart in it', async ([name, , svg], { browser }) => {
    const response = await fetch(at(svg));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await response.text();
    const { page, context } = await openPage(browser);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        namespace: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        width: root.getAttribute('width'),
        bars: root.querySelectorAll('g.bar').length,
        blips: root.querySelectorAll('g.blip').length,
      };
    }, text);
    expect(parsed.error, `${name} parses as XML`).toBe('');
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
    expect(parsed.viewBox?.split(' ')[2]).toBe(parsed.width);
    if (name === 'radar') {
      const radar = (await (await fetch(at('/api/radar.json'))).json()) as { entries: { retired: unknown }[] };
      expect(parsed.blips).toBe(radar.entries.filter((e) => e.retired === false).length);
    } else {
      const question = (await (await fetch(at(`/api/survey/${QUESTION}.json`))).json()) as { options: unknown[] };
      expect(parsed.bars).toBe(question.options.length);
    }
    // Opened on its own, it draws and asks for nothing else.
    const { errors, foreign } = await openPage(browser).then(async (opened) => {
      await opened.page.goto(at(svg));
      await opened.context.close();
      return opened;
    });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it.for(panels)('the %s PNG (%s) is twice the SVG size', async ([name, , svg, png]) => {
    const response = await fetch(at(png));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
    const [, width, height] = (await (await fetch(at(svg))).text()).match(/width="([\d.]+)" height="([\d.]+)"/) ?? [];
    expect(pngSize(await response.arrayBuffer()), name).toEqual([Number(width) * 2, Number(height) * 2]);
  });
});

describe('the sitemap', () => {
  it('leaves the embed pages and downloads out', async () => {
    const index = await (await fetch(at('/sitemap-index.xml'))).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(new URL(m[1]!).pathname, baseUrl));
    for (const map of maps) expect(await (await fetch(map)).text()).not.toMatch(/\/(embed|downloads)\//);
  });
});
