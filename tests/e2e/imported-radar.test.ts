// A team's own radar on PyRadar's engine: radars imported from other tools' formats, built as their own sites, shown
// in the browser and exported back. One radar of three rings and six segments (hand-made: no tool's demo has that
// shape), and Zalando's real demo radar, which every format can hold.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildProject, makeProject } from '../../scripts/lib/project.ts';
import { runImport } from '../../scripts/lib/import.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { radarContent } from '../../src/lib/interop/content.ts';
import type { PortableRadar } from '../../src/lib/interop/model.ts';
import { parseAoe } from '../../src/lib/interop/aoe.ts';
import { parseBackstage } from '../../src/lib/interop/backstage.ts';
import { byorEnvironment, parseByor } from '../../src/lib/interop/byor.ts';
import { parseZalando } from '../../src/lib/interop/zalando.ts';
import { portable3x6 } from '../fixtures/interop/portable-3x6.ts';
import { axeViolations, openAxePage } from './browser.ts';
import { it } from './fixture.ts';

interface Site {
  dir: string;
  url: string;
  log: string;
  stop: () => Promise<void>;
}

async function site(write: (content: string) => void): Promise<Site> {
  const dir = makeProject(process.cwd(), new Map(), 'pyradar-imported-');
  write(join(dir, 'content'));
  const log = await buildProject(dir);
  const server = await serveDist('dist', dir);
  return { dir, url: `http://127.0.0.1:${server.port}/`, log, stop: server.stop };
}

/** What a radar is, whatever tool shows it: rings and segments in order, and each entry's ring in each edition by date. */
function essence(radar: PortableRadar) {
  const date = new Map(radar.editions.map((e) => [e.id, e.date]));
  return {
    rings: radar.rings.map((r) => [r.id, r.title]),
    segments: radar.segments.map((s) => [s.id, s.title]),
    entries: radar.entries
      .map((e) => ({
        title: e.title,
        segment: e.segment,
        history: e.history.map((h) => [date.get(h.edition), h.ring]),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

const get = async (s: Site, path: string) => fetch(new URL(path, s.url));
const text = async (s: Site, path: string) => {
  const response = await get(s, path);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('a radar of three rings and six segments', () => {
  let s: Site;
  beforeAll(async () => {
    s = await site((content) => {
      for (const [path, body] of radarContent(portable3x6, { format: 'test radar', file: 'portable-3x6.ts' }).files) {
        mkdirSync(dirname(join(content, path)), { recursive: true });
        writeFileSync(join(content, path), body);
      }
    });
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    if (s) rmSync(s.dir, { recursive: true, force: true });
  });

  it('draws six slices of three rings, titles along the circle, and colours rings by place or their own colour', async ({
    browser,
  }) => {
    const { page, errors } = await openAxePage(browser);
    await page.goto(new URL('radar/', s.url).href);
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('svg.radar')!;
      const fill = (ring: string) => getComputedStyle(svg.querySelector(`.blip.ring-${ring} path`)!).fill;
      return {
        segments: svg.querySelectorAll('.segment').length,
        titles: [...svg.querySelectorAll('.quadrant-labels textPath')].map((t) => t.textContent?.trim()),
        rings: [...new Set([...svg.querySelectorAll('.ring-labels text')].map((t) => t.textContent?.trim()))],
        blips: svg.querySelectorAll('.blip').length,
        fills: { use: fill('use'), try: fill('try'), avoid: fill('avoid') },
        label: svg.getAttribute('aria-label'),
        filter: document.querySelector('select[name="quadrant"] option')?.textContent,
      };
    });
    expect(chart.segments).toBe(18);
    expect(chart.titles).toEqual(['Languages', 'Frameworks', 'Data', 'Platforms', 'Tools', 'Practices']);
    expect(chart.rings).toEqual(['Use', 'Try', 'Avoid']);
    expect(chart.blips).toBe(portable3x6.entries.length);
    // The first and third rings take the palette of their place; the second its own colour (#7a3e9d).
    expect(chart.fills).toEqual({ use: 'rgb(27, 127, 75)', try: 'rgb(122, 62, 157)', avoid: 'rgb(138, 90, 0)' });
    expect(chart.label).toContain('six segments and three rings');
    expect(chart.filter).toBe('All segments');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('zooms to one slice, which holds every blip of it', async ({ browser }) => {
    const { page } = await openAxePage(browser);
    await page.goto(new URL('radar/', s.url).href);
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const zoomed = await page.evaluate(() => {
      const svg = document.querySelector('svg.radar')!;
      const [x, y, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      const outside = [...svg.querySelectorAll<SVGElement>('.blip[data-quadrant="data"] g')].filter((g) => {
        const [bx, by] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform')!)!.slice(1).map(Number);
        return bx! < x || bx! > x + w || by! < y || by! > y + h;
      });
      return {
        box: svg.getAttribute('viewBox'),
        outside: outside.length,
        status: document.querySelector('.radar-filter-status')?.textContent,
      };
    });
    // The view widens the slice's box to the chart's shape, so the chart keeps its height: it holds the whole box.
    const [bx, by, bw, bh] = (await page
      .getByRole('button', { name: 'Data', exact: true })
      .getAttribute('data-viewbox'))!
      .split(' ')
      .map(Number) as [number, number, number, number];
    const [x, y, w, h] = zoomed.box!.split(' ').map(Number) as [number, number, number, number];
    expect(x <= bx && y <= by && x + w >= bx + bw - 0.01 && y + h >= by + bh - 0.01, zoomed.box!).toBe(true);
    expect(w).toBeLessThan(500);
    expect(zoomed.outside).toBe(0);
    expect(zoomed.status).toMatch(/zoomed to Data/);
  });

  it('draws an entry where each edition had it: DuckDB moved from Data to Tools', async () => {
    const then = await text(s, 'editions/2025-01/');
    const now = await text(s, 'radar/');
    expect(then).toMatch(/data-entry="duckdb"[^>]*data-quadrant="data"/);
    expect(now).toMatch(/data-entry="duckdb"[^>]*data-quadrant="tools"/);
  });

  it('leaves out the parts the radar does not have: no topics, no survey, no links to them', async () => {
    expect((await get(s, 'topics/')).status).toBe(404);
    expect((await get(s, 'survey/')).status).toBe(404);
    const home = await text(s, '');
    expect(home).not.toMatch(/href="\/(topics|survey)\/"/);
  });

  it('exports to AOE and back to the same radar, and says which tools cannot draw six segments', async () => {
    const index = JSON.parse(await text(s, 'api/export/aoe/index.json')) as { files: string[] };
    const files = new Map<string, string>();
    for (const file of index.files) files.set(file, await text(s, `api/export/aoe/${file}`));
    const back = parseAoe(files).radar;
    expect(back.title).toBe(portable3x6.title);
    expect(essence(back)).toEqual(essence(portable3x6));
    for (const path of ['api/export/zalando.json', 'api/export/byor.csv', 'api/export/backstage.json'])
      expect((await get(s, path)).status, path).toBe(404);
    expect(s.log).toMatch(/\[pyradar:export\] no zalando export: /);
    expect(s.log).toMatch(/\[pyradar:export\] no byor export: /);
  });
});

describe("Zalando's demo radar, imported", () => {
  let s: Site;
  let original: PortableRadar;
  beforeAll(async () => {
    const sample = 'tests/fixtures/interop/zalando/radar.json';
    original = parseZalando((await import('node:fs')).readFileSync(sample, 'utf8'), 'radar.json').radar;
    s = await site((content) => {
      runImport({ from: 'zalando', input: sample, into: content, replace: true });
    });
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    if (s) rmSync(s.dir, { recursive: true, force: true });
  });

  it('builds a radar of every entry, in its four quadrants', async () => {
    const radar = await text(s, 'radar/');
    expect(radar.match(/class="blip /g)?.length).toBe(original.entries.length);
    for (const segment of original.segments) expect(radar).toContain(`>${segment.title.replace(/&/g, '&amp;')}</text>`);
  });

  it('exports to all four formats, each of which reads back as the same radar', async () => {
    const same = essence(original);
    const zalando = parseZalando(await text(s, 'api/export/zalando.json'), 'zalando.json').radar;
    expect(essence(zalando)).toEqual(same);
    const backstage = parseBackstage(await text(s, 'api/export/backstage.json')).radar;
    // Backstage keeps whole dates only: the month the edition is dated to comes back as its first day.
    expect(essence(backstage).entries.map((e) => [e.title, e.segment, e.history.map((h) => h[1])])).toEqual(
      same.entries.map((e) => [e.title, e.segment, e.history.map((h) => h[1])]),
    );
    // BYOR reads rings and quadrants from its deployment's settings, which byorEnvironment gives.
    const env = byorEnvironment(original);
    for (const file of ['byor.csv', 'byor.json']) {
      const byor = parseByor(await text(s, `api/export/${file}`), file, {
        date: original.editions[0]!.date,
        quadrants: JSON.parse(env.QUADRANTS) as string[],
        rings: JSON.parse(env.RINGS) as string[],
      }).radar;
      expect(essence(byor).entries.map((e) => [e.title, e.segment, e.history])).toEqual(
        same.entries.map((e) => [e.title, e.segment, e.history]),
      );
    }
    const index = JSON.parse(await text(s, 'api/export/aoe/index.json')) as { files: string[] };
    const files = new Map<string, string>();
    for (const file of index.files) files.set(file, await text(s, `api/export/aoe/${file}`));
    expect(essence(parseAoe(files).radar)).toEqual(same);
  });
});
